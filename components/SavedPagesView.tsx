import { useMemo, useRef, useState } from 'preact/hooks';
import { formatBytes } from '@/lib/store/corpus-export';
import type { CorpusUsage } from '@/lib/store/corpus-store';
import { filterSavedPages, SAVED_PAGES_SORTS, type SavedPagesSort } from '@/lib/panel-state/filter-saved-pages';
import type { SavedCorpusStatus, SavedPageSummary } from '@/lib/panel-state/panel-corpus';

export interface SavedPagesViewProps {
  status: SavedCorpusStatus;
  /** Newest saved first. */
  pages: readonly SavedPageSummary[];
  usage: CorpusUsage | null;
  /** How many verdicts the reader corrected (they are exported and imported with the pages). */
  corrections: number;
  /** An import or export is running: their buttons wait. */
  busy: boolean;
  /** What went wrong with the last import or export, in the store's words; shown until the next attempt. */
  error: string | null;
  /** What the last import did ("2 added, 1 merged, 0 skipped"). */
  info: string | null;
  onDelete(page: SavedPageSummary): void;
  onExport(): void;
  onImport(file: File): void;
}

/** Only web pages get a link: an imported file could hold any address, and `javascript:` must never be one. */
function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

const DATE = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

function usageText(pages: number, corrections: number, usage: CorpusUsage | null): string {
  const count = `${pages} ${pages === 1 ? 'page' : 'pages'}${corrections > 0 ? ` · ${corrections} ${corrections === 1 ? 'correction' : 'corrections'}` : ''}`;
  if (!usage) return count;
  const browser =
    usage.estimate?.usage != null && usage.estimate.quota != null
      ? ` · Crosscheck uses ${formatBytes(usage.estimate.usage)} of the ${formatBytes(usage.estimate.quota)} the browser allows`
      : '';
  return `${count} · ${formatBytes(usage.bytes)} stored${browser}`;
}

/**
 * The reader's saved pages: search, sort, open, delete (the panel offers undo), storage used, export and import.
 * Page text never reaches this view; titles and outlets are rendered as text.
 */
export function SavedPagesView(props: SavedPagesViewProps) {
  const { status, pages, usage, busy } = props;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SavedPagesSort>('newest');
  const fileInput = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => filterSavedPages(pages, query, sort), [pages, query, sort]);
  const available = status.kind === 'ready';

  return (
    <section class="saved" aria-labelledby="saved-title" data-saved-status={status.kind}>
      <header class="saved-header">
        <h1 id="saved-title" class="saved-title">
          Saved pages
        </h1>
        <p class="saved-usage" data-saved-count={pages.length}>
          {status.kind === 'loading' ? 'Loading…' : usageText(pages.length, props.corrections, usage)}
        </p>
        <p class="hint">
          Every check also compares the page against these, and applies your corrections of verdicts. Both stay in this browser; export
          takes both.
        </p>
      </header>

      {status.kind === 'unavailable' && (
        <p class="notice" role="alert">
          {status.message}
        </p>
      )}

      <div class="saved-actions">
        <button
          type="button"
          class="button-quiet"
          disabled={!available || busy || (pages.length === 0 && props.corrections === 0)}
          onClick={props.onExport}
        >
          Export all
        </button>
        <button type="button" class="button-quiet" disabled={!available || busy} onClick={() => fileInput.current?.click()}>
          Import…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-label="Import saved pages from a file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so choosing the same file again (after fixing it) fires another change.
            event.currentTarget.value = '';
            if (file) props.onImport(file);
          }}
        />
      </div>
      {props.error && (
        <p class="notice is-error" role="alert" data-import-error>
          {props.error}
        </p>
      )}
      {props.info && (
        <p class="notice is-info" role="status" data-import-info>
          {props.info}
        </p>
      )}

      {pages.length > 0 && (
        <div class="saved-tools">
          <input
            type="search"
            class="saved-search"
            placeholder="Search saved pages"
            aria-label="Search saved pages"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <label class="saved-sort">
            <span>Sort</span>
            <select value={sort} onChange={(event) => setSort(event.currentTarget.value as SavedPagesSort)}>
              {SAVED_PAGES_SORTS.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}

      <ul class="saved-list" aria-label="Saved pages">
        {shown.map((page) => (
          <li key={page.id} class="saved-item" data-saved-page={page.id}>
            <div class="saved-item-text">
              {isWebAddress(page.url) ? (
                <a
                  class="saved-item-title"
                  href={page.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  title={`Open ${page.url} in a new tab`}
                >
                  {page.title}
                </a>
              ) : (
                <span class="saved-item-title">{page.title}</span>
              )}
              <p class="saved-item-meta">
                <span class="saved-item-outlet">{page.outlet}</span> · saved{' '}
                <time dateTime={page.savedAt}>{DATE.format(new Date(page.savedAt))}</time>
              </p>
            </div>
            <button
              type="button"
              class="button-quiet saved-delete"
              aria-label={`Delete “${page.title}”`}
              onClick={() => props.onDelete(page)}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      {available && pages.length === 0 && (
        <p class="empty">
          No saved pages yet. Check an article and choose “Save page”, or right-click a page and choose “Save page to Crosscheck”.
        </p>
      )}
      {pages.length > 0 && shown.length === 0 && <p class="empty">No saved page matches “{query}”.</p>}
    </section>
  );
}
