/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPageHighlighter, HIGHLIGHT_NAMES } from '../../lib/page/page-highlighter';
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

describe('createPageHighlighter', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'Highlight');
    if (originalCss) Object.defineProperty(window, 'CSS', originalCss);
    else Reflect.deleteProperty(window, 'CSS');
  });

  it('puts each claim in the highlight of its kind and reports what it found', () => {
    const registry = installHighlightApi();
    loadSeedPage();
    const highlighter = createPageHighlighter(document);
    const report = highlighter.apply([
      { index: 4, text: uploading, kind: 'contradicted' },
      { index: 1, text: declined, kind: 'unverified' },
      { index: 9, text: 'A sentence that is nowhere on this page at all.', kind: 'unverified' },
    ]);
    expect(report).toEqual({ supported: true, found: [4, 1], missing: [9] });
    expect(registry.get(HIGHLIGHT_NAMES.contradicted)?.size).toBe(1);
    expect([...registry.get(HIGHLIGHT_NAMES.unverified)!][0]!.toString()).toBe(declined);
  });

  it('replaces earlier highlights and clears them all', () => {
    const registry = installHighlightApi();
    loadSeedPage();
    const highlighter = createPageHighlighter(document);
    highlighter.apply([{ index: 4, text: uploading, kind: 'contradicted' }]);
    expect(registry.get(HIGHLIGHT_NAMES.contradicted)?.size).toBe(1);
    highlighter.apply([{ index: 1, text: declined, kind: 'unverified' }]);
    expect(registry.has(HIGHLIGHT_NAMES.contradicted)).toBe(false);
    expect(registry.get(HIGHLIGHT_NAMES.unverified)?.size).toBe(1);
    highlighter.clear();
    expect(registry.size).toBe(0);
  });

  it('flashes a claim and ends the flash on its own timer', () => {
    const registry = installHighlightApi();
    loadSeedPage();
    const timers: Array<() => void> = [];
    const highlighter = createPageHighlighter(document, { setTimeout: (callback) => timers.push(callback) });
    highlighter.apply([{ index: 1, text: declined, kind: 'unverified' }]);
    expect(highlighter.flash(1)).toBe(true);
    expect(registry.get(HIGHLIGHT_NAMES.flash)?.size).toBe(1);
    timers.forEach((run) => run());
    expect(registry.has(HIGHLIGHT_NAMES.flash)).toBe(false);
    expect(highlighter.flash(7)).toBe(false);
  });

  it('without the API draws nothing, says so, and still finds the claims', () => {
    loadSeedPage();
    const highlighter = createPageHighlighter(document);
    expect(highlighter.apply([{ index: 1, text: declined, kind: 'unverified' }])).toEqual({ supported: false, found: [1], missing: [] });
  });

  it('uses the highlight names public/highlights.css styles', () => {
    const css = readFileSync(join(import.meta.dirname, '../../public/highlights.css'), 'utf8');
    for (const name of Object.values(HIGHLIGHT_NAMES)) expect(css).toContain(`::highlight(${name})`);
  });
});
