/**
 * Labels every row of an FNC-1 stances file with the stance model.
 *
 *   npm run --silent fnc1 -- --bodies <bodies.csv> --stances <stances.csv> --out <pred.csv> [--model <model.json>]
 *
 * Writes Headline, Body ID, Stance in input order. When the stances file has a Stance column, prints the
 * relative FNC-1 score, macro-F1 and per-class F1 on stdout. Bad input: one line on stderr, exit code 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createStanceModel } from '../lib/stance/create-stance-model.ts';
import { formatScore } from '../lib/stance/train/format-score.ts';
import { labelPairs } from '../lib/stance/train/label-pairs.ts';
import { formatCsv } from '../lib/stance/train/parse-csv.ts';
import { Fnc1InputError, parseFnc1 } from '../lib/stance/train/parse-fnc1.ts';
import { scoreFnc1 } from '../lib/stance/train/score-fnc1.ts';
import type { StanceModelJson } from '../lib/stance/stance-model-json.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: fnc1 --bodies <bodies.csv> --stances <stances.csv> --out <pred.csv> [--model <model.json>]';

function fail(message: string): never {
  process.stderr.write(`fnc1: ${message}\n`);
  process.exit(2);
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: {
        bodies: { type: 'string' },
        stances: { type: 'string' },
        out: { type: 'string' },
        model: { type: 'string', default: path.join(repoRoot, 'data/stance-model.json') },
      },
      strict: true,
    }).values;
  } catch (e) {
    fail(`${(e as Error).message}; ${USAGE}`);
  }
  if (!args.bodies || !args.stances || !args.out) fail(USAGE);

  let data;
  try {
    data = parseFnc1(read(args.bodies), read(args.stances));
  } catch (e) {
    if (e instanceof Fnc1InputError) fail(e.message);
    throw e;
  }
  let model;
  try {
    model = createStanceModel(JSON.parse(read(args.model)) as StanceModelJson);
  } catch (e) {
    fail(`cannot load model ${args.model}: ${(e as Error).message}`);
  }

  const t0 = performance.now();
  const predicted = labelPairs(model, data.bodies, data.pairs);
  const seconds = (performance.now() - t0) / 1000;
  try {
    writeFileSync(
      args.out,
      formatCsv([['Headline', 'Body ID', 'Stance'], ...data.pairs.map((p, i) => [p.headline, p.bodyId, predicted[i]!])]),
    );
  } catch (e) {
    fail(`cannot write ${args.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  process.stdout.write(`labelled ${data.pairs.length} pairs (${data.bodies.size} bodies) in ${seconds.toFixed(2)} s\n`);
  if (data.hasGold) {
    const score = scoreFnc1(
      data.pairs.map((p) => p.stance!),
      predicted,
    );
    process.stdout.write(`${formatScore(score)}\n`);
  }
}

main();
