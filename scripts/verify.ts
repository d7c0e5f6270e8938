/**
 * Batch verifier: one claim × evidence pair per input line, one verdict per output line, in input order.
 *   npm run --silent verify -- --pairs in.jsonl --out out.jsonl [--model data/verifier.bin] [--date 2025-01-30]
 * Input lines: {"claim": "...", "evidence": "...", "date"?: "<page ISO date>", "title"?: "..."}; the evidence may hold
 * several sentences and is decided as a document by `verifyDocument`, the function the extension uses.
 * Output lines: {"label", "p": {confirms, contradicts, leaves_out}, "why", "evidence_index", "aligned", "conflicting"}.
 * A bad line: a one-line error naming its line number on stderr, exit 2 (nothing is written).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseText, type TextAnalysis } from '../lib/verdict/verifier/analyse-text.ts';
import { loadVerifierNode } from '../lib/verdict/verifier/load-verifier-node.ts';
import { splitEvidence } from '../lib/verdict/verifier/split-evidence.ts';

function arg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? String(process.argv[i + 1]) : null;
}
function fail(msg: string): never {
  process.stderr.write(`verify: ${msg}\n`);
  process.exit(2);
}

const pairsPath = arg('pairs');
const outPath = arg('out');
if (!pairsPath || !outPath) fail('usage: verify --pairs in.jsonl --out out.jsonl');
let text: string;
try {
  text = readFileSync(resolve(pairsPath), 'utf8');
} catch (e) {
  fail(`cannot read ${pairsPath}: ${(e as Error).message}`);
}
interface Pair {
  claim: string;
  evidence: string;
  date: string | null;
  title: string | null;
}
const pairs: Pair[] = [];
const lines = text.split('\n');
if (lines[lines.length - 1] === '') lines.pop();
lines.forEach((line, i) => {
  const n = i + 1;
  if (!line.trim()) fail(`line ${n}: empty line`);
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    fail(`line ${n}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`line ${n}: expected an object with "claim" and "evidence"`);
  const o = v as Record<string, unknown>;
  if (typeof o.claim !== 'string' || !o.claim.trim()) fail(`line ${n}: "claim" must be a non-empty string`);
  if (typeof o.evidence !== 'string') fail(`line ${n}: "evidence" must be a string`);
  if (o.date !== undefined && o.date !== null && typeof o.date !== 'string') fail(`line ${n}: "date" must be a string`);
  if (o.title !== undefined && o.title !== null && typeof o.title !== 'string') fail(`line ${n}: "title" must be a string`);
  pairs.push({
    claim: o.claim,
    evidence: o.evidence,
    date: (o.date as string | undefined) ?? arg('date'),
    title: (o.title as string | undefined) ?? null,
  });
});

const verifier = await loadVerifierNode(arg('model') ?? undefined);
// a corpus sentence is analysed once however many claims it is checked against
const cache = new Map<string, TextAnalysis>();
const analyse = (s: string, date: string | null = null): TextAnalysis => {
  const k = `${date ?? ''}\u0000${s}`;
  let a = cache.get(k);
  if (!a) {
    a = analyseText(s, { date });
    cache.set(k, a);
  }
  return a;
};
const out: string[] = [];
for (const p of pairs) {
  const claim = analyse(p.claim, p.date);
  const candidates = splitEvidence(p.evidence).map((s) => analyse(s));
  const v = verifier.verifyDocument(claim, candidates, p.title ? { title: analyse(p.title) } : undefined);
  const r = (x: number): number => Math.round(x * 1e4) / 1e4;
  out.push(
    JSON.stringify({
      label: v.label,
      p: { confirms: r(v.p.confirms), contradicts: r(v.p.contradicts), leaves_out: r(v.p.leaves_out) },
      why: v.why,
      evidence_index: v.evidenceIndex,
      aligned: v.aligned,
      conflicting: v.conflicting,
    }),
  );
}
writeFileSync(resolve(outPath), out.length ? `${out.join('\n')}\n` : '');
