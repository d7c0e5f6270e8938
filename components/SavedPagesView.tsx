import { useMemo, useRef, useState } from 'preact/hooks';
import { formatBytes } from '@/lib/store/corpus-export';
import { message } from '@/lib/extension/i18n';
import { plural } from '@/lib/extension/plural';
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

/** "12 pages · 3 corrections · 1.2 MB stored · Crosscheck uses 1.4 MB of the 2 GB the browser allows". */
function usageText(pages: number, corrections: number, usage: CorpusUsage | null): string {
  const parts = [plural('pageCount', pages)];
  if (corrections > 0) parts.push(plural('correctionCount', corrections));
  if (usage) parts.push(message('storageStored', [formatBytes(usage.bytes)]));
  if (usage?.estimate?.usage != null && usage.estimate.quota != null)
    parts.push(message('storageQuota', [formatBytes(usage.estimate.usage), formatBytes(usage.estimate.quota)]));
  return parts.join(' · ');
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
          {message('savedPagesTitle')}
        </h1>
        <p class="saved-usage" data-saved-count={pages.length}>
          {status.kind === 'loading' ? message('loading') : usageText(pages.length, props.corrections, usage)}
        </p>
        <p class="hint">{message('savedPagesHint')}</p>
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
          {message('exportAll')}
        </button>
        <button type="button" class="button-quiet" disabled={!available || busy} onClick={() => fileInput.current?.click()}>
          {message('importButton')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-label={message('importFileLabel')}
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
            placeholder={message('searchSavedPages')}
            aria-label={message('searchSavedPages')}
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <label class="saved-sort">
            <span>{message('sortLabel')}</span>
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

      <ul class="saved-list" aria-label={message('savedPagesTitle')}>
        {shown.map((page) => (
          <li key={page.id} class="saved-item" data-saved-page={page.id}>
            <div class="saved-item-text">
              {isWebAddress(page.url) ? (
                <a
                  class="saved-item-title"
                  href={page.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  title={message('openSavedPageTitle', [page.url])}
                >
                  {page.title}
                </a>
              ) : (
                <span class="saved-item-title">{page.title}</span>
              )}
              <p class="saved-item-meta">
                <span class="saved-item-outlet">{page.outlet}</span> · {message('savedOn')}{' '}
                <time dateTime={page.savedAt}>{DATE.format(new Date(page.savedAt))}</time>
              </p>
            </div>
            <button
              type="button"
              class="button-quiet saved-delete"
              aria-label={message('deleteSavedPageLabel', [page.title])}
              onClick={() => props.onDelete(page)}
            >
              {message('deleteButton')}
            </button>
          </li>
        ))}
      </ul>
      {available && pages.length === 0 && <p class="empty">{message('savedPagesEmpty', [message('savePage'), message('menuSavePage')])}</p>}
      {pages.length > 0 && shown.length === 0 && <p class="empty">{message('savedPagesNoMatch', [query])}</p>}
    </section>
  );
}
