/**
 * `npm run eval [-- --gold <file>] [--seeds <dir>] [--json]`: runs the engine on each seed as the page being read
 * and scores it against the hand-labelled gold, printing per-label precision / recall / F1, macro-F1 and the
 * pairs it got wrong. With --json, stdout is one JSON document with the same figures.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledCorpus } from '../lib/bundled-corpus';
import { createChecker } from '../lib/create-checker';
import { articleFromText } from '../lib/extract-article';
import type { CheckResult } from '../lib/types';
import { goldPairs, scoreGold, type GoldFact } from './score-seed-gold';

const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: '../shared/gold/seed-claims.json' },
    seeds: { type: 'string', default: '../shared/seeds' },
    json: { type: 'boolean', default: false },
  },
});

const gold = JSON.parse(readFileSync(resolve(values.gold!), 'utf8')) as { facts: GoldFact[] };
const seedDir = resolve(values.seeds!);
const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const outlets = seedFiles.map((f) => f.slice(0, 3));

const checker = createChecker(bundledCorpus());
const results = new Map<string, CheckResult>();
for (const file of seedFiles) results.set(file.slice(0, 3), checker.check(articleFromText(readFileSync(join(seedDir, file), 'utf8'))));

const score = scoreGold(goldPairs(gold.facts, outlets), results);
const pct = (x: number) => x.toFixed(3);

if (values.json) {
  console.log(JSON.stringify({ macroF1: score.macroF1, accuracy: score.accuracy, labels: score.labels, contradictions: score.contradictions, pairs: score.pairs.length, wrong: score.pairs.filter((p) => !p.right) }));
} else {
  console.log('label        precision  recall  f1     support');
  for (const [label, s] of Object.entries(score.labels)) {
    console.log(`${label.padEnd(12)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  ${String(s.support).padStart(7)}`);
  }
  console.log(`macro-F1 ${pct(score.macroF1)}   accuracy ${pct(score.accuracy)} over ${score.pairs.length} pairs   contradictions found ${score.contradictions.found}/${score.contradictions.total}`);
  const wrong = score.pairs.filter((p) => !p.right);
  if (wrong.length > 0) console.log(`\nwrong (${wrong.length}):`);
  for (const p of wrong) {
    console.log(`- ${p.fact}  page ${p.page} vs ${p.outlet}: expected ${p.allowed.join('|')}, got ${p.predicted}${p.why ? ` (${p.why})` : ''}`);
    if (!p.claim) console.log(`    no claim contains: "${p.evidence}"`);
  }
}
