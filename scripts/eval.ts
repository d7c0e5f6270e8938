/**
 * `npm run eval [-- --no-model] [--json] [--nli] [--dev <dir>] [--errors] [--gold <file>] [--seeds <dir>] [--corrections <export>]`
 * runs the engine on each seed as the page being read and scores it against the hand-labelled seed gold, then on each
 * page of the dev set (../shared/gold/dev: per-label P/R/F1, macro-F1, confirms precision, contradiction recall and
 * recall per contradiction kind). --no-model: the rules alone. --nli: the verifier on the NLI sets' held-out parts.
 * --corrections: also scores the engine against a corpus export's corrections. --json: one JSON document on stdout.
 * --set statesClaim=0.3: measures another CheckOptions value (repeatable).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { bundledCorpus } from '../lib/bundled-corpus';
import { createEngine, NO_MODELS } from '../lib/create-engine';
import { CHECK_OPTIONS, type CheckOptions } from '../lib/verdict/check-options';
import { loadEngineModelsFromDisk } from '../lib/load-models-node';
import { articleFromText } from '../lib/extract/article-from-text';
import type { CheckResult } from '../lib/types';
import { parseCorpusExport } from '../lib/store/corpus-export';
import { savedPageToCorpusDoc } from '../lib/store/saved-page';
import { isCorrection } from '../lib/verdict/apply-corrections';
import { scoreCorrections } from './score-corrections';
import { goldPairs, scoreGold, type GoldFact } from './score-seed-gold';
import { scorePages, type NotedFact, type PagesScore } from './eval/score-pages';
import { readPageFile } from './read-page-file';
import { existsSync } from 'node:fs';

const USAGE =
  'usage: npm run eval [-- --no-model] [--role guards|flags|decides] [--json] [--nli] [--dev <dir>] [--no-dev] [--errors]\n' +
  '       [--gold <file>] [--seeds <dir>] [--data <dir>] [--corrections <export>] [--set key=value ...]';

/** Ends the run on bad input: one line on stderr (and whatever follows it), exit 2. */
function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

/** The options, or a one-line error and the usage (exit 2) for an unknown or malformed one; --help prints the usage. */
function readOptions() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
}

const OPTIONS = {
  help: { type: 'boolean', default: false },
  gold: { type: 'string', default: '../shared/gold/seed-claims.json' },
  seeds: { type: 'string', default: '../shared/seeds' },
  json: { type: 'boolean', default: false },
  corrections: { type: 'string' },
  'no-model': { type: 'boolean', default: false },
  dev: { type: 'string', default: '../shared/gold/dev' },
  'no-dev': { type: 'boolean', default: false },
  nli: { type: 'boolean', default: false },
  role: { type: 'string' },
  // Lists the dev set's wrong pairs with the claim, the evidence and the reason (to find missing kinds of evidence).
  errors: { type: 'boolean', default: false },
  data: { type: 'string', default: '../shared' },
  // Overrides a CheckOptions value to measure it (repeatable, key=value); defaults are chosen on training data only.
  set: { type: 'string', multiple: true, default: [] as string[] },
} as const;
const values = readOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

// --nli: the verifier on the held-out parts of the NLI sets (FEVER by claim, COVID-Fact by real claim) and on
// FEVER-Symmetric (never trained on), as scripts/eval-verifier.ts measures them.
if (values.nli) {
  const run = spawnSync(process.execPath, [...process.execArgv, join(import.meta.dirname, 'eval-verifier.ts'), '--data', values.data!], {
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}

const tuning: Record<string, number | string> = {};
for (const kv of values.set ?? []) {
  const [key, value] = kv.split('=');
  if (!key || value === undefined || value === '') fail(`--set wants key=value, got "${kv}"`);
  if (!(key in CHECK_OPTIONS)) fail(`--set: no setting "${key}" (settings: ${Object.keys(CHECK_OPTIONS).join(', ')})`);
  tuning[key] = Number.isNaN(Number(value)) ? value : Number(value);
}
const gold = JSON.parse(readFileSync(resolve(values.gold!), 'utf8')) as { facts: GoldFact[] };
const seedDir = resolve(values.seeds!);
const seedFiles = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const outlets = seedFiles.map((f) => f.slice(0, 3));

// The extension's engine; --no-model measures the rules alone.
const models = values['no-model'] ? NO_MODELS : await loadEngineModelsFromDisk();
const role = values.role as CheckOptions['verifierRole'] | undefined;
if (role && !['guards', 'flags', 'decides'].includes(role)) fail('--role must be guards, flags or decides');
const checker = createEngine(bundledCorpus(), models, { ...(tuning as Partial<CheckOptions>), ...(role ? { verifierRole: role } : {}) });
const results = new Map<string, CheckResult>();
for (const file of seedFiles) results.set(file.slice(0, 3), checker.check(articleFromText(readFileSync(join(seedDir, file), 'utf8'))));

const score = scoreGold(goldPairs(gold.facts, outlets), results);

/** The dev set (../shared/gold/dev): pages written for the project, scored as score_crosscheck.py scores them. */
async function scoreDev(dir: string): Promise<PagesScore | null> {
  const goldFile = join(dir, 'dev-claims.json');
  if (values['no-dev'] || !existsSync(goldFile)) return null;
  const dev = JSON.parse(readFileSync(goldFile, 'utf8')) as { facts: NotedFact[]; topic: Record<string, boolean> };
  const pages = new Map<string, CheckResult>();
  for (const file of readdirSync(join(dir, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const { article } = await readPageFile(join(dir, 'pages', file));
    if (article) pages.set(file.replace(/\.html$/, ''), checker.check(article));
  }
  return scorePages(dev.facts, pages, dev.topic);
}
const devScore = await scoreDev(resolve(values.dev!));

function loadCorrections(path: string) {
  const parsed = parseCorpusExport(readFileSync(resolve(path), 'utf8'));
  if (!parsed.ok) fail(`${path}: ${parsed.error.message}`);
  const corrections = parsed.value.corrections.filter(isCorrection);
  const ignored = parsed.value.corrections.length - corrections.length;
  if (ignored > 0) process.stderr.write(`eval: ignored ${ignored} malformed correction(s) in ${path}\n`);
  const withSaved = createEngine([...bundledCorpus(), ...parsed.value.pages.map(savedPageToCorpusDoc)], models);
  return scoreCorrections(withSaved, corrections);
}
const corrected = values.corrections ? loadCorrections(values.corrections) : null;
const pct = (x: number) => x.toFixed(3);

if (values.json) {
  console.log(
    JSON.stringify({
      macroF1: score.macroF1,
      accuracy: score.accuracy,
      labels: score.labels,
      contradictions: score.contradictions,
      pairs: score.pairs.length,
      wrong: score.pairs.filter((p) => !p.right),
      ...(devScore ? { dev: devScore } : {}),
      ...(corrected
        ? {
            corrections: {
              macroF1: corrected.macroF1,
              accuracy: corrected.accuracy,
              labels: corrected.labels,
              pairs: corrected.pairs.length,
              wrong: corrected.pairs.filter((p) => !p.right),
            },
          }
        : {}),
    }),
  );
} else {
  console.log('label        precision  recall  f1     support');
  for (const [label, s] of Object.entries(score.labels)) {
    console.log(
      `${label.padEnd(12)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}  ${String(s.support).padStart(7)}`,
    );
  }
  console.log(
    `macro-F1 ${pct(score.macroF1)}   accuracy ${pct(score.accuracy)} over ${score.pairs.length} pairs   contradictions found ${score.contradictions.found}/${score.contradictions.total}`,
  );
  const wrong = score.pairs.filter((p) => !p.right);
  if (wrong.length > 0) console.log(`\nwrong (${wrong.length}):`);
  for (const p of wrong) {
    console.log(
      `- ${p.fact}  page ${p.page} vs ${p.outlet}: expected ${p.allowed.join('|')}, got ${p.predicted}${p.why ? ` (${p.why})` : ''}`,
    );
    if (!p.claim) console.log(`    no claim contains: "${p.evidence}"`);
    else if (values.errors) console.log(`    claim: ${p.claim}\n    evidence: ${p.quoted ?? '—'}`);
  }
}
if (corrected && !values.json) {
  console.log(
    `\nreader corrections: the engine agrees with ${corrected.pairs.filter((p) => p.right).length} of ${corrected.pairs.length} (macro-F1 ${pct(corrected.macroF1)})`,
  );
  for (const p of corrected.pairs.filter((pair) => !pair.right))
    console.log(`- ${p.doc}: reader says ${p.allowed[0]}, engine says ${p.predicted}: "${p.claim.slice(0, 90)}"`);
}

if (devScore && !values.json) {
  const d = devScore;
  console.log(`\ndev set (${values.dev}): ${d.claims.found}/${d.claims.total} claims found`);
  console.log('label        precision  recall  f1     support');
  for (const [label, l] of Object.entries(d.labels)) {
    console.log(
      `${label.padEnd(12)} ${pct(l.precision).padStart(9)}  ${pct(l.recall).padStart(6)}  ${pct(l.f1)}  ${String(l.support).padStart(7)}`,
    );
  }
  const kinds = Object.entries(d.kinds)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, k]) => `${kind} ${k.found}/${k.total}`)
    .join(', ');
  console.log(`contradictions caught by kind: ${kinds}`);
  if (values.errors) console.log(`\nwrong (${d.errors.length}):\n${d.errors.map((e) => `- ${e}`).join('\n')}\n`);
  console.log(`either pairs answered with an allowed label: ${d.either.right}/${d.either.total}`);
  console.log(`topic: ${d.topicWrong.length === 0 ? 'every page right (d7, d8 off the story)' : `wrong on ${d.topicWrong.join(', ')}`}`);
  console.log(
    `dev macro-F1 ${pct(d.macroF1)}   confirms precision ${pct(d.confirmsPrecision)}   contradiction recall ${pct(d.contradictionRecall)} (${d.contradictions.found}/${d.contradictions.total})`,
  );
}
