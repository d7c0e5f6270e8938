/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { highlightStyles, isHighlightNames, randomHighlightNames } from '../../lib/page/highlight-styles';
import { createPageHighlighter } from '../../lib/page/page-highlighter';
import { seed004Page } from '../e2e/fixtures';

/** happy-dom has no CSS Custom Highlight API: a registry with the same shape stands in for the browser's. */
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const originalCss = Object.getOwnPropertyDescriptor(window, 'CSS');
function installHighlightApi() {
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  return registry;
}

function loadSeedPage() {
  const parsed = new DOMParser().parseFromString(seed004Page(), 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}

const uploading =
  "According to Bloomberg, security researchers at Microsoft, which is OpenAI's largest investor, noticed that in the fall of 2024, people they believed to be connected to DeepSeek were uploading data en masse through the OpenAI application programming interface (API).";
const declined = 'OpenAI declined to provide further details about its allegations.';
/** One page load's names. */
const NAMES = randomHighlightNames();

describe('createPageHighlighter', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'Highlight');
    if (originalCss) Object.defineProperty(window, 'CSS', originalCss);
    else Reflect.deleteProperty(window, 'CSS');
  });

  it('puts each claim in the highlight of its kind and reports what it found', () => {
    const registry = installHighlightApi();
    loadSeedPage();
    const highlighter = createPageHighlighter(document, { names: NAMES });
    const report = highlighter.apply([
      { index: 4, text: uploading, kind: 'contradicted' },
      { index: 1, text: declined, kind: 'unverified' },
      { index: 9, text: 'A sentence that is nowhere on this page at all.', kind: 'unverified' },
    ]);
    expect(report).toEqual({ supported: true, found: [4, 1], missing: [9] });
    expect(registry.get(NAMES.contradicted)?.size).toBe(1);
    expect([...registry.get(NAMES.unverified)!][0]!.toString()).toBe(declined);
  });

  it('replaces earlier highlights and clears them all', () => {
    const registry = installHighlightApi();
    loadSeedPage();
    const highlighter = createPageHighlighter(document, { names: NAMES });
    highlighter.apply([{ index: 4, text: uploading, kind: 'contradicted' }]);
    expect(registry.get(NAMES.contradicted)?.size).toBe(1);
    highlighter.apply([{ index: 1, text: declined, kind: 'unverified' }]);
    expect(registry.has(NAMES.contradicted)).toBe(false);
    expect(registry.get(NAMES.unverified)?.size).toBe(1);
    highlighter.clear();
    expect(registry.size).toBe(0);
  });

  it('flashes a claim and ends the flash on its own timer', () => {
    const registry = installHighlightApi();
    loadSeedPage();
    const timers: Array<() => void> = [];
    const highlighter = createPageHighlighter(document, { names: NAMES, setTimeout: (callback) => timers.push(callback) });
    highlighter.apply([{ index: 1, text: declined, kind: 'unverified' }]);
    expect(highlighter.flash(1)).toBe(true);
    expect(registry.get(NAMES.flash)?.size).toBe(1);
    timers.forEach((run) => run());
    expect(registry.has(NAMES.flash)).toBe(false);
    expect(highlighter.flash(7)).toBe(false);
  });

  it('without the API draws nothing, says so, and still finds the claims', () => {
    loadSeedPage();
    const highlighter = createPageHighlighter(document, { names: NAMES });
    expect(highlighter.apply([{ index: 1, text: declined, kind: 'unverified' }])).toEqual({ supported: false, found: [1], missing: [] });
  });

  it('registers only the names it was given, so a page learns nothing from the names themselves', () => {
    const registry = installHighlightApi();
    loadSeedPage();
    const highlighter = createPageHighlighter(document, { names: NAMES });
    highlighter.apply([
      { index: 4, text: uploading, kind: 'contradicted' },
      { index: 1, text: declined, kind: 'unverified' },
    ]);
    highlighter.flash(1);
    expect([...registry.keys()].sort()).toEqual([NAMES.contradicted, NAMES.flash, NAMES.unverified].sort());
    for (const name of registry.keys()) expect(name).not.toMatch(/crosscheck|unverified|contradicted|flash/i);
  });
});

describe('highlight names and styles', () => {
  it('are random per page load: letters only, three distinct names, new each time', () => {
    const loads = Array.from({ length: 50 }, () => randomHighlightNames());
    for (const names of loads) expect(isHighlightNames(names)).toBe(true);
    expect(new Set(loads.flatMap((names) => Object.values(names))).size).toBe(150);
  });

  it('refuse a random source that repeats itself rather than paint one kind as another', () => {
    expect(() => randomHighlightNames((bytes) => bytes.fill(7))).toThrow(/collided/);
  });

  it('paint each name with ::highlight() rules only, never an element', () => {
    const css = highlightStyles(NAMES);
    for (const name of Object.values(NAMES)) expect(css).toContain(`::highlight(${name}) {`);
    // One rule per name and nothing else: no selector that could restyle (and move) the page's elements.
    expect(css.match(/[^{}]+\{/g)?.map((selector) => selector.trim())).toEqual(
      ['unverified', 'contradicted', 'flash'].map((kind) => `::highlight(${NAMES[kind as keyof typeof NAMES]}) {`),
    );
    expect(css).not.toMatch(/display|position|margin|padding|width|height|font|content|url\(/);
  });

  it('are checked before they reach a style sheet: nothing but letters gets in', () => {
    for (const bad of [
      { ...NAMES, flash: 'x) } body { display: none } ::highlight(y' },
      { ...NAMES, flash: NAMES.unverified },
      { ...NAMES, unverified: 'ABCDEFGHIJKL' },
      { unverified: NAMES.unverified },
      null,
      'abc',
    ]) {
      expect(isHighlightNames(bad)).toBe(false);
      expect(() => highlightStyles(bad as never)).toThrow();
    }
  });
});
