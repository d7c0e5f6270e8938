/** @vitest-environment happy-dom */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimItem } from '../../components/ClaimItem';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import type { Claim, Status, Verdict } from '../../lib/types';

const hostile = '<img src=x onerror="window.pwned=1">DeepSeek was uploading data en masse.';
const claim: Claim = {
  text: hostile,
  index: 3,
  unverified: true,
  contradicted: true,
  sources: [],
  attribution: { source: null, hedges: [] },
  verdicts: [
    {
      doc: '003',
      outlet: 'Business Insider',
      status: 'contradicts',
      evidence: 'DeepSeek was siphoning a large amount of data <b>using</b> the API.',
      score: 0.8,
      why: 'action differs: uploading vs siphoning',
      origin: 'bundled',
    },
    {
      doc: '001',
      outlet: 'Newzvia',
      status: 'leaves_out',
      evidence: null,
      score: 0.6,
      why: 'not found in this article',
      origin: 'bundled',
    },
  ],
};
const docs = new Map([['003', { title: 'OpenAI says DeepSeek…', cites: ['Bloomberg', 'Fox News'] }]]);

/** What a screen reader reads of an element: its text outside aria-hidden subtrees (no aria-label fallback). */
function spokenText(element: Element): string {
  if (element.getAttribute('aria-hidden') === 'true') return '';
  return [...element.childNodes]
    .map((node) => (node.nodeType === 3 ? node.textContent : node instanceof Element ? spokenText(node) : ''))
    .join('');
}

function mount(expanded: boolean) {
  const host = document.createElement('ol');
  document.body.append(host);
  render(<ClaimItem claim={claim} docs={docs} expanded={expanded} pointed={false} onPage onToggle={() => undefined} />, host);
  return host;
}

describe('ClaimItem', () => {
  afterEach(() => document.body.replaceChildren());

  it('names each outlet chip with outlet and status for screen readers, with an icon beside the colour', () => {
    const host = mount(false);
    const chips = [...host.querySelectorAll('.chip')];
    // Real text content, not an aria-label on a plain <li> (which many screen readers ignore).
    expect(chips.map((chip) => spokenText(chip))).toEqual(['Business Insider: contradicts', 'Newzvia: leaves out']);
    expect(chips.every((chip) => !chip.hasAttribute('aria-label'))).toBe(true);
    // The same text names the item: aria-labelledby points at it.
    expect(chips.map((chip) => document.getElementById(chip.getAttribute('aria-labelledby')!)?.textContent)).toEqual([
      'Business Insider: contradicts',
      'Newzvia: leaves out',
    ]);
    expect(chips.map((chip) => chip.querySelector('.chip-icon')?.textContent)).toEqual(['✗', '–']);
  });

  it('points aria-controls only at details that exist: none while collapsed, the details while expanded', () => {
    const collapsed = mount(false);
    const toggle = collapsed.querySelector('.claim-text')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.hasAttribute('aria-controls')).toBe(false);
    document.body.replaceChildren();
    const expanded = mount(true);
    const open = expanded.querySelector('.claim-text')!;
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const controlled = document.getElementById(open.getAttribute('aria-controls')!);
    expect(controlled?.classList.contains('claim-details')).toBe(true);
  });

  it('renders page and corpus text as text, never as markup', () => {
    const host = mount(true);
    expect(host.querySelector('img, b')).toBeNull();
    expect(host.querySelector('.claim-sentence')?.textContent).toBe(hostile);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('expanded, shows the evidence with the differing words marked, the reason and what the article cites', () => {
    const host = mount(true);
    const evidence = host.querySelector('.evidence-item.is-contradicts')!;
    expect([...evidence.querySelectorAll('mark')].map((mark) => mark.textContent).join(' ')).toMatch(/siphoning/);
    expect(evidence.querySelector('.why')?.textContent).toBe('action differs: uploading vs siphoning');
    expect(evidence.querySelector('.cites')?.textContent).toBe('This article cites Bloomberg, Fox News.');
    expect(host.querySelector('.evidence-item.is-leaves-out .why')?.textContent).toBe('not found in this article');
    expect(host.querySelector('.claim-text')?.getAttribute('aria-expanded')).toBe('true');
  });
});

/** The flat accusation of the e2e drift page, checked against the bundled seeds: five confirm, Business Insider hedges. */
const flat = createChecker(bundledCorpus()).check(articleFromText("Opinion\nDeepSeek stole OpenAI's technology to build its chatbot."))
  .claims[0]!;

function mountReal(target: Claim, onCorrect?: (claim: Claim, verdict: Verdict, status: Status | null) => Promise<void>) {
  const host = document.createElement('ol');
  document.body.append(host);
  render(
    <ClaimItem claim={target} docs={new Map()} expanded pointed={false} onPage onToggle={() => undefined} onCorrect={onCorrect} />,
    host,
  );
  return host;
}

const evidenceOf = (host: Element, outlet: string) =>
  [...host.querySelectorAll('.evidence-item')].find((item) => item.querySelector('strong')?.textContent === outlet)!;

describe('ClaimItem: sources, drift and corrections', () => {
  afterEach(() => document.body.replaceChildren());

  it('says how many outlets confirm and how many independent sources they are, and flags drift in words', () => {
    const host = mountReal(flat);
    expect(host.querySelector('.claim-confirmation')?.textContent).toBe(
      `${flat.verdicts.filter((v) => v.status === 'confirms').length} outlets confirm — ${flat.sources.length} independent sources`,
    );
    const badge = host.querySelector('.drift-badge')!;
    expect(badge.textContent).toBe('⚑ stated more strongly than sources');
    // Business Insider hedges it; so does the outlet whose only stronger-looking match was a question (no evidence).
    expect(badge.getAttribute('title')).toMatch(
      /Business Insider and “OpenAI accuses China's DeepSeek of using its…” attribute or hedge it/,
    );
    expect(evidenceOf(host, 'Business Insider').querySelector('.drift')?.textContent).toMatch(
      /^⚑ Hedge drift: the page states it flatly, "DeepSeek stole/,
    );
  });

  it('words the sources in the singular for one and the plural for more', () => {
    const many = mountReal(flat);
    expect(flat.sources.length).toBeGreaterThan(1);
    expect(many.querySelector('.sources-head')?.textContent).toBe(`${flat.sources.length} independent sources confirm it:`);
    document.body.replaceChildren();
    const one = mountReal({ ...flat, sources: flat.sources.slice(0, 1) });
    expect(one.querySelector('.sources-head')?.textContent).toBe('1 independent source confirms it:');
  });

  it('calls an unconfirmed claim "not found in your corpus", with what that means', () => {
    const host = mount(false);
    const flag = host.querySelector('.claim-flag')!;
    // That claim is contradicted as well: its flag says so, and the expanded view says no article confirms it.
    expect(flag.textContent).toBe('Contradicted');
    document.body.replaceChildren();
    const uncovered = mountReal({ ...claim, contradicted: false, verdicts: [claim.verdicts[1]!] });
    expect(uncovered.querySelector('.claim-flag')?.textContent).toBe('Not found in your corpus');
    expect(uncovered.querySelector('.claim-flag')?.getAttribute('title')).toMatch(/That does not make it false/);
    expect(uncovered.querySelector('.sources-head')?.textContent).toMatch(/^Not found in your corpus: no article you have states it/);
  });

  it('offers "Wrong?" with the other two verdicts, and hands the reader’s choice over', async () => {
    const onCorrect = vi.fn(() => Promise.resolve());
    const host = mountReal(flat, onCorrect);
    const evidence = evidenceOf(host, 'Business Insider');
    const wrong = evidence.querySelector<HTMLButtonElement>('.correction button')!;
    expect(wrong.getAttribute('aria-label')).toBe('Wrong? Correct what Business Insider says');
    wrong.click();
    const group = await vi.waitFor(() => {
      const found = evidence.querySelector('[role="group"]');
      if (!found) throw new Error('the choice is not open yet');
      return found;
    });
    expect(group.getAttribute('aria-label')).toBe('What Business Insider really does with this claim');
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['✗ contradicts', '– leaves out', 'Cancel']);
    // Focus moves into the choice (Preact runs the effect after painting).
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('✗ contradicts'));
    group.querySelector<HTMLButtonElement>('[data-correct="leaves_out"]')!.click();
    const verdict = flat.verdicts.find((v) => v.outlet === 'Business Insider')!;
    expect(onCorrect).toHaveBeenCalledWith(flat, verdict, 'leaves_out');
  });

  it('Escape closes the choice without correcting anything', async () => {
    const onCorrect = vi.fn(() => Promise.resolve());
    const host = mountReal(flat, onCorrect);
    const evidence = evidenceOf(host, 'Newzvia');
    evidence.querySelector<HTMLButtonElement>('.correction button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    evidence.querySelector('[role="group"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(evidence.querySelector('[role="group"]')).toBeNull();
    expect(onCorrect).not.toHaveBeenCalled();
  });

  it('a corrected verdict says so on its chip and evidence, and offers to undo the correction', () => {
    const onCorrect = vi.fn(() => Promise.resolve());
    const verdicts = flat.verdicts.map((v) =>
      v.outlet === 'Business Insider'
        ? {
            ...v,
            status: 'contradicts' as const,
            drift: undefined,
            corrected: { engineStatus: 'confirms' as const, at: '2026-11-01T10:00:00.000Z' },
          }
        : v,
    );
    const corrected = { ...flat, verdicts };
    const host = mountReal(corrected, onCorrect);
    expect(spokenText(host.querySelector('.chip.is-corrected')!)).toBe('Business Insider: contradicts (corrected by you)');
    expect(host.querySelector('.claim-corrected')?.textContent).toBe('✎ 1 verdict corrected by you');
    const evidence = evidenceOf(host, 'Business Insider');
    expect(evidence.querySelector('.tag.is-corrected')?.textContent).toBe('corrected by you');
    const undo = evidence.querySelector<HTMLButtonElement>('.correction button')!;
    expect(undo.getAttribute('aria-label')).toBe('Undo your correction of Business Insider (the engine said it confirms)');
    undo.click();
    expect(onCorrect).toHaveBeenCalledWith(
      corrected,
      verdicts.find((v) => v.outlet === 'Business Insider'),
      null,
    );
  });
});
