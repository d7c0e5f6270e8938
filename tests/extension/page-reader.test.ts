/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onMessage, sendMessage } from '../../lib/extension/messaging';
import { startPageReader, type PageReader } from '../../lib/extension/page-reader';
import { probePage } from '../../lib/extract/probe-page';
import { randomHighlightNames, type HighlightNames } from '../../lib/page/highlight-styles';
import { seed004Page } from '../e2e/fixtures';
import { resetBrowser, wireMessaging } from './browser-wire';

const TAB = 3;
const DECLINED = 'OpenAI declined to provide further details about its allegations.';

/** happy-dom has no CSS Custom Highlight API: a registry of the same shape stands in for the browser's. */
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
function installHighlightApi(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  return registry;
}

describe('the page reader (the content script’s logic)', () => {
  let registry: Map<string, FakeHighlight>;
  let names: HighlightNames;
  let reader: PageReader;
  let styled: Mock<(names: HighlightNames) => boolean>;
  let announced: Mock<(what: unknown) => void>;

  beforeEach(() => {
    resetBrowser();
    wireMessaging();
    registry = installHighlightApi();
    const parsed = new DOMParser().parseFromString(seed004Page(), 'text/html');
    document.head.replaceChildren(...[...parsed.head.childNodes].map((node) => document.adoptNode(node)));
    document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
    // Whatever the page could hear: window messages and events dispatched on the document or the window.
    announced = vi.fn<(what: unknown) => void>();
    vi.spyOn(window, 'postMessage').mockImplementation((message: unknown) => announced(message));
    vi.spyOn(document, 'dispatchEvent').mockImplementation((event) => (announced(event.type), true));
    vi.spyOn(window, 'dispatchEvent').mockImplementation((event) => (announced(event.type), true));
    // The background's answer to "paint these names".
    styled = vi.fn<(names: HighlightNames) => boolean>(() => true);
    onMessage('styleHighlights', ({ data }) => styled(data));
    names = randomHighlightNames();
    reader = startPageReader(document, { probe: probePage(document), names });
  });
  afterEach(() => {
    reader.stop();
    resetBrowser();
  });

  const show = (enabled: boolean) =>
    sendMessage('showHighlights', { claims: enabled ? [{ index: 2, text: DECLINED, kind: 'unverified' }] : [], enabled }, TAB);

  it('starts without a word to the page: no window message, no DOM event, nothing in the highlight registry', () => {
    expect(announced).not.toHaveBeenCalled();
    expect(registry.size).toBe(0);
  });

  it('answers the panel: alive, and the page’s article', async () => {
    await expect(sendMessage('ping', undefined, TAB)).resolves.toBe(true);
    const report = await sendMessage('readPage', undefined, TAB);
    expect(report).toMatchObject({ kind: 'article', topic: true });
  });

  it('draws claims only under its own random names, after the background painted them', async () => {
    await expect(show(true)).resolves.toEqual({ supported: true, found: [2], missing: [] });
    expect(styled).toHaveBeenCalledExactlyOnceWith(names);
    expect([...registry.keys()]).toEqual([names.unverified]);
    await show(true);
    // Styles are inserted once per page load.
    expect(styled).toHaveBeenCalledTimes(1);
    expect(announced).not.toHaveBeenCalled();
  });

  it('leaves nothing in the registry once highlights are switched off', async () => {
    await show(true);
    await expect(show(false)).resolves.toEqual({ supported: true, found: [], missing: [] });
    expect(registry.size).toBe(0);
  });

  it('draws nothing when its highlights could not be painted (unpainted, they would only tell the page)', async () => {
    styled.mockReturnValue(false);
    await expect(show(true)).rejects.toThrow(/could not style/);
    expect(registry.size).toBe(0);
    // It asks again next time.
    styled.mockReturnValue(true);
    await expect(show(true)).resolves.toMatchObject({ found: [2] });
  });

  it('ignores pointer moves the page made up (untrusted events)', async () => {
    const pointed = vi.fn();
    onMessage('claimPointed', ({ data }) => pointed(data.index));
    await show(true);
    const claimAt = vi.spyOn(Range.prototype, 'getClientRects');
    // The page's own dispatch (the spy above only listened).
    vi.mocked(window.dispatchEvent).mockRestore();
    window.dispatchEvent(new MouseEvent('mousemove', { clientX: 10, clientY: 10, bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The reader never even looked where the made-up pointer was.
    expect(claimAt).not.toHaveBeenCalled();
    expect(pointed).not.toHaveBeenCalled();
  });

  it('stops: removes its highlights and answers nothing more', async () => {
    await show(true);
    reader.stop();
    expect(registry.size).toBe(0);
    expect(reader.alive()).toBe(false);
    await expect(sendMessage('ping', undefined, TAB)).rejects.toThrow();
  });

  it('counts as gone once the extension that injected it is (reloaded, updated, removed)', () => {
    expect(reader.alive()).toBe(true);
    const id = fakeBrowser.runtime.id;
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    try {
      expect(reader.alive()).toBe(false);
    } finally {
      fakeBrowser.runtime.id = id;
    }
  });
});
