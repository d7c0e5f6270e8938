/**
 * The whole engine (rules + verifier, as the extension runs it) on the verifier's generated training documents:
 *   npx tsx scripts/eval/engine-on-training.ts [--data ../shared] [--max-bodies N] [--set key=value ...]
 *
 * Each synthetic document (FNC-1 bodies only, never the seeds or the dev pages) becomes one corpus article; each claim
 * (a rewording, a perturbation of one conflict kind, a same-story sentence, a claim with an extra detail) is checked
 * as a one-sentence page against all of them, and the verdict of its own document is scored. Real outlet paraphrase
 * (FNC-1 bodies agreeing with one headline, `fnc-pair-docs.ts`; weak labels) is scored the same way, on its own. This measures the
 * engine's decisions — the rules' confirmation threshold and the verifier's guard — on text nothing was tuned on, by
 * the same split as training: `train` documents may choose a setting, `held-out` ones report it.
 * `--set statesClaim=0.25` overrides a CheckOptions value (repeatable).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import type { CorpusDoc, Status } from '../../lib/types';
import type { CheckOptions } from '../../lib/verdict/check-options';
import { loadLexiconNode, loadVerifierModel } from '../../lib/verdict/verifier/load-verifier-node';
import { withStandIn } from '../../lib/verdict/verifier/create-stand-in-lexicon';
import { createVerifier } from '../../lib/verdict/verifier/create-verifier';
import { fncPairDocs } from '../../lib/verdict/verifier/train/fnc-pair-docs';
import { loadFnc } from '../../lib/verdict/verifier/train/load-training-data';
import { createAnalysisCache } from '../../lib/verdict/verifier/train/train-verifier';
import { syntheticDocs } from '../../lib/verdict/verifier/train/build-training-docs';
import { createPrng } from '../../lib/verdict/verifier/train/create-prng';
import type { TrainingDoc } from '../../lib/verdict/verifier/train/build-training-docs';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared' },
    'max-bodies': { type: 'string', default: 'Infinity' },
    set: { type: 'string', multiple: true, default: [] },
    seed: { type: 'string', default: '1' },
    // Prints each wrong verdict of this kind (e.g. agree-pair) with claim, evidence and reason, to find missing evidence.
    errors: { type: 'string' },
  },
});

const tuning: Partial<Record<keyof CheckOptions, number | string>> = {};
for (const kv of values.set!) {
  const [key, value] = kv.split('=');
  if (!key || value === undefined) throw new Error(`--set wants key=value, got "${kv}"`);
  tuning[key as keyof CheckOptions] = Number.isNaN(Number(value)) ? value : Number(value);
}

const LABELS: readonly Status[] = ['confirms', 'contradicts', 'leaves_out'];
const analyse = createAnalysisCache();
const fnc = loadFnc(resolve(values.data!));
const lexicon = await loadLexiconNode();
const lex = withStandIn(lexicon);
const maxBodies = Number(values['max-bodies']);
// Generated pairs, and real outlet paraphrase (two FNC-1 bodies agreeing with one headline; weak labels).
const docs = [...syntheticDocs(fnc, analyse, createPrng(Number(values.seed)), maxBodies), ...fncPairDocs(fnc, analyse, lex, maxBodies)];

// One corpus article per distinct document (several claims are made from the same real sentence and neighbours).
const corpus: CorpusDoc[] = [];
const docOf = new Map<string, string>();
for (const d of docs) {
  const key = d.sentences.join('\n');
  if (docOf.has(key)) continue;
  const id = `t${corpus.length}`;
  docOf.set(key, id);
  corpus.push({ id, outlet: id, title: '', url: null, cites: [], sentences: d.sentences, origin: 'saved' });
}

// the same lexicon the pairs were made with, read once
const verifier = createVerifier(loadVerifierModel(), lexicon);
// The page is one sentence made from a corpus sentence: it is not "the same article" as that document.
const checker = createChecker(corpus, { ...tuning, sameArticle: 2, verifier } as Partial<CheckOptions>);

interface Tally {
  n: number;
  skipped: number;
  confusion: number[][];
  byKind: Map<string, number[]>;
}
const tally = (): Tally => ({ n: 0, skipped: 0, confusion: LABELS.map(() => [0, 0, 0]), byKind: new Map() });
const split: Record<string, Tally> = {};

const t0 = performance.now();
for (const d of docs as TrainingDoc[]) {
  const t = (split[`${d.source === 'synthetic' ? 'synthetic' : 'FNC-1 paraphrase'} ${d.heldOut ? 'held-out' : 'train'}`] ??= tally());
  const claims = checker.check(articleFromText(d.claim)).claims;
  if (claims.length !== 1) {
    t.skipped++;
    continue;
  }
  const id = docOf.get(d.sentences.join('\n'))!;
  const status = claims[0]!.verdicts.find((v) => v.doc === id)?.status ?? 'leaves_out';
  const got = LABELS.indexOf(status);
  if (values.errors === d.kind && got !== d.label) {
    const v = claims[0]!.verdicts.find((x) => x.doc === id);
    console.log(`- ${d.kind}: want ${LABELS[d.label]}, got ${status} (${v?.why ?? 'not shortlisted'})`);
    console.log(`    claim: ${d.claim}\n    evidence: ${v?.evidence ?? '—'}`);
  }
  t.n++;
  t.confusion[d.label]![got]!++;
  const k = t.byKind.get(d.kind) ?? [0, 0, 0];
  k[got]!++;
  t.byKind.set(d.kind, k);
}

const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
console.log(`settings: ${JSON.stringify(tuning)}  corpus ${corpus.length} articles  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
for (const [name, t] of Object.entries(split)) {
  const c = t.confusion;
  const per = LABELS.map((_, i) => {
    const tp = c[i]![i]!;
    const p = tp / c.reduce((s, row) => s + row[i]!, 0);
    const r = tp / c[i]!.reduce((s, x) => s + x, 0);
    return { p, r, f1: (2 * p * r) / (p + r) };
  });
  const macro = per.reduce((s, x) => s + (Number.isFinite(x.f1) ? x.f1 : 0), 0) / 3;
  console.log(
    `${name}: n=${t.n} (skipped ${t.skipped})  macro-F1 ${f(macro)}  ` +
      LABELS.map((l, i) => `${l} P ${f(per[i]!.p)} R ${f(per[i]!.r)}`).join('  '),
  );
  console.log(`  by kind (confirms/contradicts/leaves_out): ${[...t.byKind].map(([k, v]) => `${k} ${v.join('/')}`).join(', ')}`);
}
