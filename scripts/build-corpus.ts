/**
 * Builds the bundled corpus (data/corpus.json) and the demo page (data/demo/) from the seed articles, and the
 * news-English term weights (data/term-weights.json) from FNC-1's bodies.
 * Run from the repository: `npm run corpus [-- --data <shared dir>]` (default ../shared; `--seeds` overrides its
 * seeds/ folder). Its output is committed:
 * the build and the extension never read ../shared.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderDemoPage } from './render-demo-page';
import { writeTermWeights } from './build-term-weights';
import { readSeedManifest, seedCorpusDocs } from './seed-corpus';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared' },
    seeds: { type: 'string' },
    fnc1: { type: 'string' },
    out: { type: 'string', default: 'data' },
  },
});
const seedDir = resolve(values.seeds ?? join(values.data!, 'seeds'));
const outDir = resolve(values.out!);

const documents = seedCorpusDocs(seedDir);

writeFileSync(join(outDir, 'corpus.json'), `${JSON.stringify({ format: 'crosscheck-bundled-corpus', version: 1, documents }, null, 1)}\n`);

// The demo article: seed 004 dressed as a news page with site chrome, for the README's first command and the browser tests.
const demo = readSeedManifest(seedDir).find((entry) => entry.id.startsWith('004'))!;
mkdirSync(join(outDir, 'demo'), { recursive: true });
writeFileSync(
  join(outDir, 'demo', '004-article.html'),
  renderDemoPage(readFileSync(join(seedDir, demo.file), 'utf8'), demo.title ?? 'Article'),
);

console.log(
  `wrote ${documents.length} documents (${documents.reduce((n, d) => n + d.sentences.length, 0)} sentences) to ${join(outDir, 'corpus.json')}`,
);
console.log(writeTermWeights(resolve(values.fnc1 ?? join(values.data!, 'fnc-1')), outDir));
