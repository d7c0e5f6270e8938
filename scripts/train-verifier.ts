/**
 * Trains the claim × sentence verifier and writes `data/verifier.bin`.
 *   npm run train:verifier -- [--data ../shared] [--out data/verifier.bin] [--seed 1] [--max-bodies N] [--with-stances]
 * Reproducible: the same data and seed give identical bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadCovidFact, loadFever, loadFnc } from '../lib/verdict/verifier/train/load-training-data.ts';
import { trainVerifier } from '../lib/verdict/verifier/train/train-verifier.ts';
import { loadLexiconNode } from '../lib/verdict/verifier/load-verifier-node.ts';
import { isLexiconLike } from '../lib/verdict/verifier/lexicon-like.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? String(process.argv[i + 1]) : fallback;
}

const dataDir = resolve(arg('data', '../shared'));
const out = resolve(arg('out', 'data/verifier.bin'));
const seed = Number(arg('seed', '1'));
const maxBodies = Number(arg('max-bodies', 'Infinity'));
const t0 = performance.now();
const lexicon = await loadLexiconNode();
const data = { fever: loadFever(dataDir), covid: loadCovidFact(dataDir), fnc: loadFnc(dataDir) };
process.stderr.write(`lexicon: ${isLexiconLike(lexicon) ? 'WordNet (lib/text/lexicon.ts)' : 'stand-in'}\n`);
const { bytes } = trainVerifier(data, {
  seed,
  maxBodies,
  withStances: process.argv.includes('--with-stances'),
  lexicon: isLexiconLike(lexicon) ? lexicon : undefined,
  log: (l) => process.stderr.write(`${l}\n`),
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
process.stderr.write(`wrote ${out} (${bytes.length} bytes) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
