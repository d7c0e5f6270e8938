/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OutletChip } from '../../components/OutletChip';
import { SavedPagesView, type SavedPagesViewProps } from '../../components/SavedPagesView';
import type { SavedPageSummary } from '../../lib/panel-state/panel-corpus';

const summary = (id: string, title: string, outlet: string, savedAt: string, url = `https://${id}.example/story`): SavedPageSummary => ({
  id,
  url,
  canonicalUrl: url,
  title,
  outlet,
  byline: null,
  publishedTime: null,
  savedAt,
  updatedAt: savedAt,
  cites: [],
});

const pages = [
  summary('b', 'Chip stocks slide as DeepSeek rattles Wall Street', 'Market Desk', '2025-01-30T10:00:00.000Z'),
  summary('a', 'OpenAI says DeepSeek may have used its outputs', 'Business Insider', '2025-01-28T10:00:00.000Z'),
  summary('h', '<img src=x onerror="window.pwned=1">Hostile headline', 'Evil', '2025-01-20T10:00:00.000Z', 'javascript:alert(1)'),
];

function mount(overrides: Partial<SavedPagesViewProps> = {}) {
  const props: SavedPagesViewProps = {
    status: { kind: 'ready' },
    pages,
    usage: { pages: 3, bytes: 45_000, estimate: { usage: 2 * 1024 * 1024, quota: 10 * 1024 ** 3 } },
    corrections: 0,
    busy: false,
    error: null,
    info: null,
    onDelete: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    ...overrides,
  };
  const host = document.createElement('div');
  document.body.append(host);
  render(<SavedPagesView {...props} />, host);
  return { host, props };
}

const listed = (host: HTMLElement) => [...host.querySelectorAll('.saved-item-title')].map((el) => el.textContent);

describe('SavedPagesView', () => {
  afterEach(() => document.body.replaceChildren());

  it('lists pages newest first with outlet and storage used; page text is shown as text, never as HTML', () => {
    const { host } = mount();
    expect(listed(host)).toEqual([pages[0]!.title, pages[1]!.title, pages[2]!.title]);
    expect(host.querySelector('.saved-usage')!.textContent).toBe(
      '3 pages · 43.9 KB stored · Crosscheck uses 2.0 MB of the 10.0 GB the browser allows',
    );
    expect(host.querySelector('img')).toBeNull();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('opens web pages in a new tab and gives no link to any other kind of address', () => {
    const { host } = mount();
    const links = [...host.querySelectorAll<HTMLAnchorElement>('a.saved-item-title')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://b.example/story', 'https://a.example/story']);
    expect(links.every((a) => a.target === '_blank' && a.rel.includes('noopener'))).toBe(true);
  });

  it('searches and sorts', async () => {
    const { host } = mount();
    const search = host.querySelector<HTMLInputElement>('input[type="search"]')!;
    await act(() => {
      search.value = 'insider';
      search.dispatchEvent(new Event('input'));
    });
    expect(listed(host)).toEqual([pages[1]!.title]);
    await act(() => {
      search.value = 'nothing like this';
      search.dispatchEvent(new Event('input'));
    });
    expect(host.querySelector('.empty')!.textContent).toBe('No saved page matches “nothing like this”.');
    await act(() => {
      search.value = '';
      search.dispatchEvent(new Event('input'));
    });
    const sort = host.querySelector<HTMLSelectElement>('select')!;
    await act(() => {
      sort.value = 'outlet';
      sort.dispatchEvent(new Event('change'));
    });
    expect([...host.querySelectorAll('.saved-item-outlet')].map((el) => el.textContent)).toEqual([
      'Business Insider',
      'Evil',
      'Market Desk',
    ]);
  });

  it('names each delete button after its page and reports which page to delete', () => {
    const { host, props } = mount();
    const button = host.querySelector<HTMLButtonElement>(`button[aria-label="Delete “${pages[1]!.title}”"]`)!;
    button.click();
    expect(props.onDelete).toHaveBeenCalledWith(pages[1]);
  });

  it('shows the store’s message when saved pages are unavailable, with import and export off', () => {
    const message =
      'Your browser does not let Crosscheck store pages here (this happens in private windows and when site data is blocked).';
    const { host } = mount({ status: { kind: 'unavailable', code: 'unavailable', message }, pages: [], usage: null });
    expect(host.querySelector('[role="alert"]')!.textContent).toBe(message);
    expect([...host.querySelectorAll<HTMLButtonElement>('.saved-actions button')].every((b) => b.disabled)).toBe(true);
  });

  it('counts the reader’s corrections beside the pages, and lets them be exported without any saved page', () => {
    const { host, props } = mount({ pages: [], corrections: 2, usage: { pages: 0, bytes: 0, estimate: null } });
    expect(host.querySelector('.saved-usage')!.textContent).toBe('0 pages · 2 corrections · 0 bytes stored');
    const exportButton = [...host.querySelectorAll<HTMLButtonElement>('.saved-actions button')].find(
      (b) => b.textContent === 'Export all',
    )!;
    expect(exportButton.disabled).toBe(false);
    exportButton.click();
    expect(props.onExport).toHaveBeenCalled();
    document.body.replaceChildren();
    const empty = mount({ pages: [], corrections: 0, usage: { pages: 0, bytes: 0, estimate: null } });
    expect(
      [...empty.host.querySelectorAll<HTMLButtonElement>('.saved-actions button')].find((b) => b.textContent === 'Export all')!.disabled,
    ).toBe(true);
  });

  it('shows an import error as an alert', () => {
    const { host } = mount({ error: 'This file is not valid JSON, so it is not a Crosscheck export. Nothing was imported.' });
    expect(host.querySelector('[data-import-error]')!.getAttribute('role')).toBe('alert');
  });
});

describe('OutletChip for a saved page', () => {
  afterEach(() => document.body.replaceChildren());

  it('says “your saved page” beside the outlet, to the eye and to screen readers', () => {
    const host = document.createElement('ul');
    document.body.append(host);
    render(<OutletChip verdict={{ outlet: 'Market Desk', status: 'confirms', origin: 'saved' }} />, host);
    const chip = host.querySelector('li')!;
    expect(chip.querySelector('.visually-hidden')!.textContent).toBe('Market Desk (your saved page): confirms');
    expect(chip.querySelector('.chip-origin')!.getAttribute('aria-hidden')).toBe('true');
    expect(chip.querySelector('.chip-origin')!.textContent).toBe('your saved page');
    render(<OutletChip verdict={{ outlet: 'Business Insider', status: 'confirms', origin: 'bundled' }} />, host);
    expect(host.querySelector('li .visually-hidden')!.textContent).toBe('Business Insider: confirms');
    expect(host.querySelector('.chip-origin')).toBeNull();
  });
});
