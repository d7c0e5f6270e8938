import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import type { CheckResult, Claim } from '../../lib/types';
import { seedText } from './seeds';

const checker = createChecker(bundledCorpus());
const results = new Map<string, CheckResult>(
  ['000', '001', '002', '003', '004'].map((seed) => [seed, checker.check(articleFromText(seedText(seed)))]),
);

function claimContaining(seed: string, words: string): Claim {
  const claim = results.get(seed)!.claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim of ${seed} contains "${words}"`);
  return claim;
}

function verdict(claim: Claim, outletPrefix: string) {
  return claim.verdicts.find((v) => v.doc.startsWith(outletPrefix))!;
}

describe('a page that is one of the corpus articles', () => {
  it('is recognised as that article, which is left out of the verdicts', () => {
    for (const [seed, result] of results) {
      expect(result.selfMatch).toMatch(new RegExp(`^${seed}_`));
      for (const claim of result.claims) {
        expect(claim.verdicts).toHaveLength(4);
        expect(claim.verdicts.some((v) => v.doc === result.selfMatch)).toBe(false);
      }
    }
  });

  it('leaves out every copy of the page: a reader may have saved the article twice', () => {
    const corpus = bundledCorpus();
    const bi = corpus.find((d) => d.id.startsWith('003'))!;
    const savedCopy = { ...bi, id: 'saved-bi-copy', origin: 'saved' as const, sentences: bi.sentences.slice(1) };
    const result = createChecker([...corpus, savedCopy]).check(articleFromText(seedText('003')));
    expect(result.selfMatch).toBe(bi.id);
    expect(result.copies).toEqual([bi.id, 'saved-bi-copy']);
    expect(result.corpus).toMatchObject({ bundled: 4, saved: 0 });
    for (const claim of result.claims) expect(claim.verdicts.map((v) => v.doc)).toEqual(corpus.filter((d) => d !== bi).map((d) => d.id));
  });

  it('reports each verdict with evidence exactly as the other article has it', () => {
    const corpus = bundledCorpus();
    for (const result of results.values()) {
      for (const v of result.claims.flatMap((c) => c.verdicts)) {
        if (v.status === 'leaves_out') expect(v.evidence).toBeNull();
        else expect(corpus.find((d) => d.id === v.doc)!.sentences).toContain(v.evidence);
        expect(v.score).toBeGreaterThanOrEqual(0);
        expect(v.score).toBeLessThanOrEqual(1);
        expect(v.why.length).toBeGreaterThan(5);
      }
    }
  });
});

describe('a claim that differs in the direction of an action', () => {
  it('"uploading" (004) against "siphoning" (003) is reported as contradicting, naming both words', () => {
    const claim = claimContaining('004', 'uploading data en masse');
    const bi = verdict(claim, '003');
    expect(bi.status).toBe('contradicts');
    expect(bi.why).toMatch(/uploading/);
    expect(bi.why).toMatch(/siphoning/);
    expect(bi.evidence).toContain('siphoning a large amount of data');
    expect(claim.contradicted).toBe(true);
  });

  it('and the other way round: 003 against 004', () => {
    const claim = claimContaining('003', 'siphoning a large amount of data');
    expect(verdict(claim, '004').status).toBe('contradicts');
    expect(verdict(claim, '004').why).toMatch(/siphoning vs uploading/);
  });
});

describe('a claim that names a person spelt differently', () => {
  it('"David Sacks" (003) and "David Sachs" (004) are recognised as the same statement', () => {
    const sacks = claimContaining('003', 'David Sacks');
    expect(verdict(sacks, '004').status).toBe('confirms');
    expect(verdict(sacks, '004').evidence).toContain('David Sachs');
    const sachs = claimContaining('004', 'David Sachs');
    expect(verdict(sachs, '003').status).toBe('confirms');
    expect(verdict(sachs, '003').evidence).toContain('David Sacks');
  });

  it('is left out by the outlets that never mention him', () => {
    const sacks = claimContaining('003', 'David Sacks');
    for (const outlet of ['000', '001', '002']) expect(verdict(sacks, outlet).status).toBe('leaves_out');
  });
});

describe('a figure no other outlet gives', () => {
  it('the $1 trillion loss (002) is unverified', () => {
    const claim = claimContaining('002', '$1 trillion');
    expect(claim.unverified).toBe(true);
    expect(claim.verdicts.some((v) => v.status === 'confirms')).toBe(false);
  });
});

describe('a claim only one outlet reports', () => {
  it('the "Tier One" ban (000) is left out by the other four', () => {
    const claim = claimContaining('000', 'Tier One');
    expect(claim.verdicts.map((v) => v.status)).toEqual(['leaves_out', 'leaves_out', 'leaves_out', 'leaves_out']);
    expect(claim.unverified).toBe(true);
  });

  it('the warning to the House Select Committee (001) is left out even by outlets reporting the accusation', () => {
    const claim = claimContaining('001', 'Select Committee');
    expect(claim.verdicts.every((v) => v.status === 'leaves_out')).toBe(true);
    expect(verdict(claim, '003').why).toMatch(/House of Representatives Select Committee/);
  });
});

describe('a claim every outlet reports', () => {
  it('the accusation of distillation (004) is confirmed by all four others', () => {
    const claim = claimContaining('004', 'OpenAI says it has evidence');
    expect(claim.verdicts.map((v) => v.status)).toEqual(['confirms', 'confirms', 'confirms', 'confirms']);
    expect(claim.unverified).toBe(false);
  });
});

describe('a claim disputed by another outlet', () => {
  it('low training costs (002) against "contradicting DeepSeek\'s self-reported low training costs" (001)', () => {
    const claim = claimContaining('002', 'significantly less cost and hardware');
    const newzvia = verdict(claim, '001');
    expect(newzvia.status).toBe('contradicts');
    expect(newzvia.why).toContain('contradicting DeepSeek');
  });

  it('only when the outlet states what the page disputes, typographic apostrophes and all', () => {
    const page = articleFromText('Chip analysts disputed reports that DeepSeek trained its V3 model for just $6 million.');
    const outlet = (sentence: string) => ({
      id: 'outlet',
      outlet: 'outlet',
      title: 't',
      url: null,
      cites: [],
      sentences: [sentence],
      origin: 'saved' as const,
    });
    // Conflict facts hold sentences normalised (’ → '): the dispute must still be read against this outlet's words.
    const unrelated = createChecker([outlet('DeepSeek’s V3 model topped Apple’s App Store chart in the US this week.')]);
    expect(unrelated.check(page).claims[0]!.verdicts[0]!.status).not.toBe('contradicts');
    const stating = createChecker([outlet('DeepSeek’s engineers trained its V3 model for just $6 million, the company’s paper says.')]);
    expect(stating.check(page).claims[0]!.verdicts[0]).toMatchObject({
      status: 'contradicts',
      why: expect.stringContaining('the page disputes this'),
    });
  });
});

describe('documents past the best few', () => {
  const doc = (id: string, sentences: string[]) => ({
    id,
    outlet: id,
    title: id,
    url: null,
    cites: [],
    sentences,
    origin: 'saved' as const,
  });
  // The dispute shares fewer of the claim's words than the restatement, so it ranks second in its document.
  const critic = doc('critic', [
    'DeepSeek trained its V3 model for just $6 million in computing costs, the company said on Monday.',
    'Chip analysts at SemiAnalysis disputed that DeepSeek trained the V3 model for $6 million.',
    'The company did not respond to a request for comment.',
  ]);
  const page = articleFromText('For just $6 million in computing costs, DeepSeek says it trained its V3 model.');

  it('compare only their best sentences, yet any sentence that disputes something, wherever it ranks', () => {
    // Every document is "past the best few" and compares one sentence: the dispute, ranked second, still counts.
    const frugal = createChecker([critic], { fullyComparedDocs: 0, candidatesPerLaterDoc: 1 });
    const found = frugal.check(page).claims[0]!.verdicts[0]!;
    expect(found).toMatchObject({ status: 'contradicts', evidence: critic.sentences[1] });
  });

  it('the restatement alone would have confirmed the claim', () => {
    const restatementOnly = createChecker([doc('critic', [critic.sentences[0]!, critic.sentences[2]!])]);
    expect(restatementOnly.check(page).claims[0]!.verdicts[0]!.status).toBe('confirms');
  });
});

describe('claims on an unrelated topic', () => {
  it('are still checked, report isTopic false, and find nothing confirmed', () => {
    const article = articleFromText(
      'City council approves new bike lanes\nThe city council voted 7-2 on Tuesday to approve 40 miles of protected bike lanes across the downtown core.\nThe plan, which will cost $12 million, is expected to be completed by 2027, officials said.',
    );
    const result = checker.check(article);
    expect(result.isTopic).toBe(false);
    expect(result.selfMatch).toBeNull();
    expect(result.claims.length).toBe(2);
    expect(result.claims.every((c) => c.unverified && c.verdicts.every((v) => v.status === 'leaves_out'))).toBe(true);
  });
});

describe('a page with more claims than the engine checks', () => {
  it('checks the first N and says so', () => {
    const all = results.get('001')!.claims;
    const result = createChecker(bundledCorpus(), { maxClaims: 10 }).check(articleFromText(seedText('001')));
    expect(result.claims.map((c) => c.text)).toEqual(all.slice(0, 10).map((c) => c.text));
    expect(result.truncated).toEqual({ checked: 10, total: all.length });
  });
});
