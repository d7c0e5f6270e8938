import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { createChecker } from '../../lib/create-checker';
import { detectAttribution, findDrift } from '../../lib/claims/detect-attribution';
import { articleFromText } from '../../lib/extract/article-from-text';
import { creditedOutlet, groupSources } from '../../lib/verdict/group-sources';
import { seedText } from './seeds';

const corpus = bundledCorpus();
const checker = createChecker(corpus);
const doc = (prefix: string) => corpus.find((d) => d.id.startsWith(prefix))!;
const sentence = (prefix: string, words: string) => doc(prefix).sentences.find((s) => s.includes(words))!;

describe('independent confirmation', () => {
  it('003 and 004 both credit Bloomberg for the Microsoft API report: one source', () => {
    const bi = sentence('003', 'siphoning a large amount of data');
    const other = sentence('004', 'uploading data en masse');
    expect(creditedOutlet(bi, doc('003').cites)).toBe('Bloomberg');
    expect(creditedOutlet(other, doc('004').cites)).toBe('Bloomberg');
    const groups = groupSources([
      { doc: doc('003').id, outlet: 'Business Insider', evidence: bi, cites: doc('003').cites },
      { doc: doc('004').id, outlet: doc('004').outlet, evidence: other, cites: doc('004').cites },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ docs: [doc('003').id, doc('004').id], reason: 'both credit Bloomberg', credits: 'Bloomberg' });
  });

  it('a page reporting the API activity neutrally: three outlets confirm, two independent sources', () => {
    const page = articleFromText(
      "Tech desk\nMicrosoft security researchers saw people linked to DeepSeek move a large amount of data through OpenAI's API last fall, Bloomberg reported.",
    );
    const claim = checker.check(page).claims[0]!;
    const confirming = claim.verdicts.filter((v) => v.status === 'confirms').map((v) => v.doc);
    expect(confirming).toEqual(expect.arrayContaining([doc('003').id, doc('004').id]));
    const bloomberg = claim.sources.find((g) => g.docs.includes(doc('003').id))!;
    expect(bloomberg.docs).toContain(doc('004').id);
    expect(bloomberg.reason).toBe('both credit Bloomberg');
    expect(claim.sources.length).toBeLessThan(confirming.length);
  });

  it('groups near-identical wording even without a credited outlet', () => {
    const text = 'DeepSeek built top-performing AI models using less-advanced chips and for a fraction of the cost of its rivals.';
    const groups = groupSources([
      { doc: 'a', outlet: 'A', evidence: text, cites: [] },
      { doc: 'b', outlet: 'B', evidence: `Analysts said ${text}`, cites: [] },
      { doc: 'c', outlet: 'C', evidence: 'OpenAI is reviewing indications that DeepSeek may have distilled its models.', cites: [] },
    ]);
    expect(groups.map((g) => g.docs)).toEqual([['a', 'b'], ['c']]);
    expect(groups[0]!.reason).toBe('near-identical wording');
  });

  it('does not group outlets that merely quote the same party (OpenAI says)', () => {
    expect(creditedOutlet('OpenAI says it has evidence that DeepSeek used its models.', [])).toBeNull();
  });
});

describe('attribution and hedging', () => {
  it('finds who a statement is attributed to and its hedges, on the seeds', () => {
    expect(detectAttribution(sentence('003', 'David Sacks'))).toMatchObject({ source: 'David Sacks', hedges: ["it's possible"] });
    expect(detectAttribution(sentence('004', 'OpenAI says it has evidence')).source).toBe('OpenAI');
    expect(detectAttribution(sentence('003', 'A spokesperson for OpenAI')).source).toBe('spokesperson for OpenAI');
    expect(detectAttribution(sentence('003', 'siphoning')).source).toBe('Bloomberg');
    expect(detectAttribution("DeepSeek stole OpenAI's technology.")).toEqual({ source: null, sourceWords: null, hedges: [] });
  });

  it('a flat "DeepSeek stole OpenAI\'s technology" page against 003: hedge drift, quoting both phrasings', () => {
    const result = checker.check(articleFromText("Opinion\nDeepSeek stole OpenAI's technology to build its chatbot."));
    const bi = result.claims[0]!.verdicts.find((v) => v.doc === doc('003').id)!;
    expect(bi.status).toBe('confirms');
    expect(bi.drift?.kind).toBe('page-flat');
    expect(bi.drift?.why).toContain(`"DeepSeek stole OpenAI's technology to build its chatbot."`);
    expect(bi.drift?.why).toMatch(/hedges it: "(probing whether|may have|it's possible)/);
  });

  it('the reverse: a hedged page against a flat statement', () => {
    expect(
      findDrift(
        'DeepSeek may have used less-advanced chips to build its models.',
        'DeepSeek built top-performing AI models using less-advanced chips.',
      )?.kind,
    ).toBe('page-hedged');
  });

  it('no drift when both hedge alike', () => {
    expect(
      findDrift(
        'OpenAI says DeepSeek may have distilled its models.',
        'OpenAI said DeepSeek may have inappropriately distilled its models.',
      ),
    ).toBeNull();
  });

  it("every claim reports the page's own attribution", () => {
    const claims = checker.check(articleFromText(seedText('003'))).claims;
    const sacks = claims.find((c) => c.text.includes('David Sacks'))!;
    expect(sacks.attribution).toEqual({ source: 'David Sacks', hedges: ["it's possible"] });
  });
});

describe('honest coverage', () => {
  it('lists the outlets and counts of what the page was checked against', () => {
    const result = checker.check(articleFromText(seedText('003')));
    expect(result.corpus.bundled).toBe(4);
    expect(result.corpus.saved).toBe(0);
    expect(result.corpus.outlets).toHaveLength(4);
    expect(result.corpus.outlets).not.toContain('Business Insider');
    expect(result.corpus.outlets).toContain('Newzvia');
  });
});
