/** @vitest-environment happy-dom */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimItem } from '../../components/ClaimItem';
import type { Claim } from '../../lib/types';

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
    { doc: '001', outlet: 'Newzvia', status: 'leaves_out', evidence: null, score: 0.6, why: 'not found in this article', origin: 'bundled' },
  ],
};
const docs = new Map([['003', { title: 'OpenAI says DeepSeek…', cites: ['Bloomberg', 'Fox News'] }]]);

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
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).toEqual(['Business Insider: contradicts', 'Newzvia: leaves out']);
    expect(chips.map((chip) => chip.querySelector('.chip-icon')?.textContent)).toEqual(['✗', '–']);
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
