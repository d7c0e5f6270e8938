/**
 * Measures the verifier (never trains or tunes):
 *   npx tsx scripts/eval-verifier.ts [--data ../shared] [--model data/verifier.bin] [--seed 1] [--max-bodies N] [--errors]
 * Prints held-out FEVER (by claim), COVID-Fact (by real claim), FEVER-Symmetric, synthetic held-out per-kind recall
 * (by FNC-1 body), and a pair-level probe of gold/dev against the five seed articles.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCovidFact, loadFever, loadFnc } from '../lib/verdict/verifier/train/load-training-data.ts';
import { buildDocs, createAnalysisCache } from '../lib/verdict/verifier/train/train-verifier.ts';
import { scoreLabels } from '../lib/verdict/verifier/train/fit-doc-bias.ts';
import { loadVerifierModel, loadLexiconNode } from '../lib/verdict/verifier/load-verifier-node.ts';
import { createVerifier } from '../lib/verdict/verifier/create-verifier.ts';
import { withStandIn } from '../lib/verdict/verifier/create-stand-in-lexicon.ts';
import { analyseText, type TextAnalysis } from '../lib/verdict/verifier/analyse-text.ts';
import { splitEvidence } from '../lib/verdict/verifier/split-evidence.ts';
import type { TrainingDoc } from '../lib/verdict/verifier/train/build-training-docs.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? String(process.argv[i + 1]) : fallback;
}
const dataDir = resolve(arg('data', '../shared'));
const seed = Number(arg('seed', '1'));
const showErrors = process.argv.includes('--errors');
const lexicon = await loadLexiconNode();
const verifier = createVerifier(loadVerifierModel(resolve(arg('model', 'data/verifier.bin'))), lexicon);
const analyse = createAnalysisCache();
const LABELS = ['confirms', 'contradicts', 'leaves_out'] as const;
const idx = (l: string): number => LABELS.indexOf(l as (typeof LABELS)[number]);
const fmt = (x: number): string => x.toFixed(3);

function runDocs(docs: readonly TrainingDoc[]): { pred: number[]; two: number[]; raw: number[]; gold: number[] } {
  const pred: number[] = [];
  const two: number[] = [];
  const raw: number[] = [];
  const gold: number[] = [];
  for (const d of docs) {
    const claim = analyse(d.claim);
    const sents = d.sentences.map((s) => analyse(s));
    const v = verifier.verifyDocument(claim, sents);
    pred.push(idx(v.label));
    two.push(v.p.confirms >= v.p.contradicts ? 0 : 1);
    // the pair model alone: the most decisive sentence's p_confirms vs p_contradicts, before the document gates and biases
    let pc = 0;
    let px = 0;
    for (const sc of verifier.scoreCandidates(claim, sents))
      if (Math.max(sc.p[0], sc.p[1]) > Math.max(pc, px)) {
        pc = sc.p[0];
        px = sc.p[1];
      }
    raw.push(pc >= px ? 0 : 1);
    gold.push(d.label);
  }
  return { pred, two, raw, gold };
}
function report(name: string, docs: readonly TrainingDoc[]): void {
  const r = runDocs(docs);
  const s = scoreLabels(r.pred, r.gold);
  const twoIdx = r.gold.map((g, i) => (g < 2 ? i : -1)).filter((i) => i >= 0);
  const twoAcc = twoIdx.filter((i) => r.two[i] === r.gold[i]).length / Math.max(1, twoIdx.length);
  const threeOnTwo = twoIdx.filter((i) => r.pred[i] === r.gold[i]).length / Math.max(1, twoIdx.length);
  const rawTwo = twoIdx.filter((i) => r.raw[i] === r.gold[i]).length / Math.max(1, twoIdx.length);
  console.log(
    `${name}: n=${docs.length}  2-way acc (confirms vs contradicts, supports/refutes pairs) ${fmt(twoAcc)} (pair model before document biases ${fmt(rawTwo)})  3-way acc on those ${fmt(threeOnTwo)}  3-way macro-F1 (incl. generated leaves_out) ${fmt(s.macroF1)}  P/R confirms ${fmt(s.precision[0]!)}/${fmt(s.recall[0]!)} contradicts ${fmt(s.precision[1]!)}/${fmt(s.recall[1]!)} leaves_out ${fmt(s.precision[2]!)}/${fmt(s.recall[2]!)}`,
  );
}

const t0 = performance.now();
const data = { fever: loadFever(dataDir), covid: loadCovidFact(dataDir), fnc: loadFnc(dataDir) };
// stance documents are appended after the others, so including them (held out by body) changes no other set
const lexLike = withStandIn(lexicon);
const docs = buildDocs(data, seed, analyse, Number(arg('max-bodies', 'Infinity')), true, lexLike);
const held = docs.filter((d) => d.heldOut);
report(
  'FEVER held-out by claim',
  held.filter((d) => d.source === 'fever'),
);
report(
  'COVID-Fact held-out by real claim',
  held.filter((d) => d.source === 'covidfact'),
);
const sym = loadFever(dataDir, 'fever-symmetric-dev.jsonl').map((r): TrainingDoc => ({
  source: 'fever',
  claim: r.claim,
  sentences: r.evidence,
  evidenceIndex: -1,
  label: r.label === 'confirms' ? 0 : 1,
  kind: 'nli',
  group: r.group,
  heldOut: true,
}));
report('FEVER-Symmetric dev (measuring only)', sym);
const stance = held.filter((d) => d.source === 'fnc-stance');
if (stance.length > 0) report('FNC-1 stances held-out by body (agree/disagree/unrelated)', stance);
const fncPairs = held.filter((d) => d.source === 'fnc-pair');
report('FNC-1 paraphrase pairs held-out by body (weak labels)', fncPairs);
{
  const r = runDocs(fncPairs);
  const kinds = [...new Set(fncPairs.map((d) => d.kind))];
  console.log(
    `  fnc-pair per-kind recall: ${kinds
      .map((k) => {
        const ii = fncPairs.map((d, i) => (d.kind === k ? i : -1)).filter((i) => i >= 0);
        return `${k} ${fmt(ii.filter((i) => r.pred[i] === r.gold[i]).length / ii.length)} (n=${ii.length})`;
      })
      .join(', ')}`,
  );
}
const synth = held.filter((d) => d.source === 'synthetic');
report('Synthetic held-out by FNC-1 body', synth);
{
  const r = runDocs(synth);
  const kinds = [...new Set(synth.map((d) => d.kind))];
  console.log(
    `  synthetic per-kind recall: ${kinds
      .map((k) => {
        const ii = synth.map((d, i) => (d.kind === k ? i : -1)).filter((i) => i >= 0);
        return `${k} ${fmt(ii.filter((i) => r.pred[i] === r.gold[i]).length / ii.length)} (n=${ii.length})`;
      })
      .join(', ')}`,
  );
}
console.error(`(held-out sets ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

// ---- dev probe: page claim sentence × each seed (measuring only) ----
const devDir = join(dataDir, 'gold', 'dev');
if (existsSync(join(devDir, 'dev-claims.json'))) {
  interface Fact {
    id: string;
    versions: Record<string, string>[];
    omitted_by: string[];
    either: Record<string, string[]>;
    note: string;
  }
  const gold = JSON.parse(readFileSync(join(devDir, 'dev-claims.json'), 'utf8')) as { facts: Fact[] };
  const manifest = JSON.parse(readFileSync(join(dataDir, 'seeds', 'manifest.json'), 'utf8')) as {
    documents: { id: string; file: string; title: string | null }[];
  };
  const seeds = manifest.documents.map((d) => {
    const sentences = readFileSync(join(dataDir, 'seeds', d.file), 'utf8')
      .split(/\n+/)
      .flatMap((p) => splitEvidence(p))
      .filter((s) => s.split(' ').length >= 4);
    return { key: d.id.slice(0, 3), analyses: sentences.map((s) => analyseText(s)), title: d.title ? analyseText(d.title) : undefined };
  });
  const pageDates = new Map<string, string | null>();
  for (const f of readdirSync(join(devDir, 'pages'))) {
    const html = readFileSync(join(devDir, 'pages', f), 'utf8');
    pageDates.set(
      f.replace(/\.html$/, ''),
      /published_time" content="([^"]+)"/.exec(html)?.[1] ?? /datetime="([^"]+)"/.exec(html)?.[1] ?? null,
    );
  }
  const keySet = (a: TextAnalysis): Set<string> => new Set(a.content.map((i) => a.keys[i] ?? ''));
  const pred: number[] = [];
  const goldL: number[] = [];
  const kindOf: string[] = [];
  let eitherOk = 0;
  let eitherN = 0;
  const errors: string[] = [];
  for (const fact of gold.facts) {
    const first = fact.versions[0] ?? {};
    const page = Object.keys(first).find((k) => /^d\d$/.test(k));
    if (!page) continue;
    const claim = analyseText(first[page] ?? '', { date: pageDates.get(page) ?? null });
    const ck = keySet(claim);
    const kind = /Contradiction type: ([a-z/-]+)/i.exec(fact.note)?.[1]?.toLowerCase() ?? '';
    for (const seed of seeds) {
      let g: number | null = null;
      fact.versions.forEach((v, vi) => {
        if (seed.key in v) g = vi === 0 ? 0 : 1;
      });
      if (fact.omitted_by.includes(seed.key)) g = 2;
      const either = fact.either[seed.key];
      const ranked = seed.analyses
        .map((a, i) => {
          let o = 0;
          for (const j of a.content) if (ck.has(a.keys[j] ?? '')) o++;
          return { i, o };
        })
        .sort((x, y) => y.o - x.o || x.i - y.i)
        .slice(0, 6)
        .sort((x, y) => x.i - y.i);
      const v = verifier.verifyDocument(
        claim,
        ranked.map((r) => seed.analyses[r.i] as TextAnalysis),
        { title: seed.title },
      );
      const p = idx(v.label);
      if (either) {
        eitherN++;
        if (either.includes(v.label)) eitherOk++;
        continue;
      }
      if (g === null) continue;
      pred.push(p);
      goldL.push(g);
      kindOf.push(g === 1 ? kind : '');
      if (p !== g && showErrors) {
        const ev = v.evidenceIndex !== null ? ranked[v.evidenceIndex] : undefined;
        errors.push(
          `${fact.id} × ${seed.key}: gold ${LABELS[g]} got ${v.label} [${v.why}] ${kind ? `(${kind})` : ''}\n   claim: ${claim.text}\n   ev:    ${ev ? seed.analyses[ev.i]?.text.slice(0, 200) : '-'}`,
        );
      }
    }
  }
  const s = scoreLabels(pred, goldL);
  console.log(
    `Dev probe (pair level, ${pred.length} scored pairs + ${eitherN} 'either'): macro-F1 ${fmt(s.macroF1)}  confirms P ${fmt(s.precision[0]!)} R ${fmt(s.recall[0]!)} F1 ${fmt(s.f1[0]!)}  contradicts P ${fmt(s.precision[1]!)} R ${fmt(s.recall[1]!)} F1 ${fmt(s.f1[1]!)}  leaves_out P ${fmt(s.precision[2]!)} R ${fmt(s.recall[2]!)} F1 ${fmt(s.f1[2]!)}  either-ok ${eitherOk}/${eitherN}`,
  );
  const kinds = [...new Set(kindOf.filter(Boolean))].sort();
  console.log(
    `  contradiction recall per kind: ${kinds
      .map((k) => {
        const ii = kindOf.map((x, i) => (x === k ? i : -1)).filter((i) => i >= 0);
        return `${k} ${ii.filter((i) => pred[i] === 1).length}/${ii.length}`;
      })
      .join(', ')}`,
  );
  if (showErrors) console.log(errors.join('\n'));
}

// ---- speed: sentence analysis and per-pair cost after both sides are analysed ----
{
  const texts = docs
    .filter((d) => d.heldOut && d.source === 'synthetic')
    .flatMap((d) => [d.claim, ...d.sentences])
    .slice(0, 3000);
  for (const t of texts.slice(0, 200)) analyseText(t);
  let t0s = performance.now();
  const analyses = texts.map((t) => analyseText(t));
  const perAnalysis = ((performance.now() - t0s) * 1000) / texts.length;
  const claims = analyses.slice(0, 40);
  const sentences = analyses.slice(40, 440);
  for (const c of claims.slice(0, 5)) for (const s of sentences) verifier.verifyPair(c, s);
  t0s = performance.now();
  let n = 0;
  for (const c of claims)
    for (const s of sentences) {
      verifier.verifyPair(c, s);
      n++;
    }
  const perPair = ((performance.now() - t0s) * 1000) / n;
  // pairs that share content (what the engine's shortlist passes): each synthetic claim against its own document
  const related: [TextAnalysis, TextAnalysis][] = [];
  for (const d of docs) {
    if (!d.heldOut || d.source !== 'synthetic') continue;
    const c = analyse(d.claim);
    for (const s of d.sentences) related.push([c, analyse(s)]);
    if (related.length >= 20000) break;
  }
  for (const [c, s] of related.slice(0, 2000)) verifier.verifyPair(c, s);
  t0s = performance.now();
  for (const [c, s] of related) verifier.verifyPair(c, s);
  const perRelated = ((performance.now() - t0s) * 1000) / related.length;
  const groups: TextAnalysis[][] = [];
  for (let i = 0; i + 5 <= sentences.length && groups.length < 20; i += 5) groups.push(sentences.slice(i, i + 5));
  t0s = performance.now();
  for (const c of claims) for (const g of groups) verifier.verifyDocument(c, g);
  const perCheck = performance.now() - t0s;
  console.log(
    `Speed: ${perAnalysis.toFixed(0)} µs per sentence analysis (n=${texts.length}), ${perPair.toFixed(1)} µs per verifyPair after analysis (n=${n}, mostly unrelated), ${perRelated.toFixed(1)} µs per verifyPair on same-document pairs (n=${related.length}), ${perCheck.toFixed(1)} ms for 40 claims × 20 documents × 5 sentences (verifyDocument, with neighbour context)`,
  );
}
