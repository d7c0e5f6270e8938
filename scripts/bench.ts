/**
 * `npm run bench -- [--quick] [--sizes 100,1000,10000] [--fuse-sizes 20,100] …` (`--help` lists every option)
 *
 * Measures the cross-check engine warm, in one process: each seed against the bundled corpus; then, at each corpus
 * size, our build and check of a ~1,000-word page beside bare MiniSearch retrieval and the naive fuse.js baseline;
 * then the built bundle sizes. Prints readable tables on stdout (progress on stderr) and, LAST on stdout, exactly
 * one JSON line with every figure. Run node with --expose-gc for heap figures (they are null without it).
 *
 * The JSON line — other tools parse it; these keys are stable (add keys, never rename; bump `schema` if a meaning
 * changes). Times are wall-clock milliseconds; p50/p95 are nearest-rank over warm runs; null = not measured.
 *   schema                 1
 *   node, quick, gc        node version; whether --quick ran; whether heap figures are real (--expose-gc)
 *   totalMs                wall time of the whole bench
 *   loadAverage            [1-minute load average at start, at end]: other work on the machine skews every time
 *   git                    { commit, libChanged }: HEAD, and whether lib/ has uncommitted changes (the engine measured)
 *   seeds[]                { id, claims, selfMatch, p50Ms, p95Ms, cpuP50Ms, runs } — the seed as the page, bundled corpus
 *   page                   { title, words, claims, checkedClaims, sources[] } — the scale page; claims = splitClaims
 *                          count, checkedClaims = those the engine checks (maxClaims); sources = corpus ids its
 *                          sentences come from
 *   scale[]                one entry per corpus size:
 *     size, realDocs, syntheticDocs, sentences   corpus make-up (FNC-1 bodies first, then recombinations)
 *     skipped              null, or why our engine was not built at this size (estimated build over the cap)
 *     buildMs, buildMsPerDoc                     createChecker(corpus) time, total and per document
 *     heapUsedMB           process heapUsed after a gc with our checker built (the corpus array included)
 *     checkerHeapMB        heapUsedMB minus heapUsed after a gc just before the build: what the checker holds
 *     checkSkipped         null, or why checks were not timed (estimated check over the cap)
 *     checkP50Ms, checkP95Ms, checkRuns          warm checker.check(page)
 *     checkCpuP50Ms        median CPU time of a check (process user+system, all threads): steadier on busy cores
 *     confirmedClaims, contradictedClaims        claims with ≥1 confirming / contradicting verdict (the page matches)
 *     verdicts             verdicts in one check result (claims × documents with the current engine)
 *     miniSearchBuildMs    MiniSearch over every corpus sentence (same tokenizer as ours)
 *     miniSearchQueryP50Ms, miniSearchQueryP95Ms, miniSearchQueryCpuP50Ms, miniSearchRuns
 *                          top-k search of every checked claim of the page (wall p50/p95, CPU p50)
 *     oursOverMiniSearch   checkP50Ms / miniSearchQueryP50Ms: what the comparisons cost on top of retrieval
 *     rulesOnlyCheckP50Ms, verifierShare   the check without the verifier, timed in alternation with it; the
 *                          verifier's share of a check = 1 − rulesOnly / with
 *     fusePerClaimMs       fuse.js search of one claim over every corpus sentence
 *     fusePageMs           fusePerClaimMs × checkedClaims
 *     fuseExtrapolated     true when fusePerClaimMs is scaled linearly (by sentences) from the largest fuse size
 *     speedupOverFuse      fusePageMs / checkP50Ms
 *   fuse[]                 { size, sentences, claimsTimed, buildMs, perClaimMs } — fuse.js really run (first claims)
 *   fuseMsPerSentence      perClaimMs / sentences at the largest fuse size: the slope extrapolations use
 *   bundle                 { dir, note, contentScript, sidePanel, background, worker, models, largestScript,
 *                          stanceModel }; each size is
 *                          { raw, gzip, files[] } in bytes (gzip -9) or null (note says why: no build found: run
 *                          npm run build first); stanceModel is data/stance-model.json, which the side panel bundle inlines
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledCorpus } from '../lib/bundled-corpus';
import { CHECK_OPTIONS } from '../lib/create-checker';
import { createEngine, type EngineModels } from '../lib/create-engine';
import { loadEngineModelsFromDisk } from '../lib/load-models-node';
import { articleFromText } from '../lib/extract/article-from-text';
import { splitClaims } from '../lib/claims/split-claims';
import { BENCH_USAGE, parseBenchArgs, type BenchOptions } from './bench/bench-options';
import { benchPage } from './bench/bench-page';
import { bundleSizes, type BundleSizes, type SizeOf } from './bench/bundle-sizes';
import { loadFnc1Corpus } from './bench/fnc1-corpus';
import { formatNumber, formatTable } from './bench/format-table';
import { fuseMsPerSentence, measureFuse, type FuseMeasurement } from './bench/fuse-measurement';
import { measureSize, type SizeEstimate, type SizeResult } from './bench/measure-size';
import { scaleCorpus } from './bench/scale-corpus';
import { timeRuns } from './bench/time-runs';

const ROOT = join(import.meta.dirname, '..');
/** The page is written from bodies among the first 100 real ones, so every corpus of ≥ 100 documents states its claims. */
const PAGE_POOL = 100;

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

interface SeedResult {
  id: string;
  claims: number;
  selfMatch: string | null;
  p50Ms: number;
  p95Ms: number;
  cpuP50Ms: number;
  runs: number;
}

function benchSeeds(options: BenchOptions, models: EngineModels): SeedResult[] {
  const checker = createEngine(bundledCorpus(), models);
  const seedDir = resolve(ROOT, options.dataDir, 'seeds');
  const seeds = readdirSync(seedDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, article: articleFromText(readFileSync(join(seedDir, file), 'utf8')) }));
  // One pass over every seed first: the first seed timed must not pay for compiling the engine.
  const results = seeds.map(({ article }) => checker.check(article));
  return seeds.map(({ file, article }, i) => {
    const result = results[i]!;
    const times = timeRuns(() => checker.check(article), {
      warmups: options.seedWarmups,
      runs: options.seedRuns,
      budgetMs: options.budgetMs,
      minRuns: options.minRuns,
    });
    progress(`seed ${file}: p50 ${formatNumber(times.p50)} ms`);
    return {
      id: file.replace(/\.txt$/, ''),
      claims: result.claims.length,
      selfMatch: result.selfMatch,
      p50Ms: times.p50,
      p95Ms: times.p95,
      cpuP50Ms: times.cpuP50,
      runs: times.runs,
    };
  });
}

/**
 * Whether another `wxt build` is running now (its output may be half-written). The pattern is the wxt executable's:
 * `npm run bench` itself runs in a shell whose command line reads "wxt build … && node …".
 */
function buildRunning(): boolean {
  try {
    return execFileSync('pgrep', ['-f', String.raw`\.bin/wxt build`], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false; // pgrep exits 1 when nothing matches
  }
}

/** The engine version measured: HEAD and whether lib/ differs from it (read-only git; null outside a repository). */
function gitState(): { commit: string | null; libChanged: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'lib'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return { commit, libChanged: changed.length > 0 };
  } catch {
    return { commit: null, libChanged: null };
  }
}

function kb(size: SizeOf | null): [number | null, number | null] {
  return size ? [size.raw / 1024, size.gzip / 1024] : [null, null];
}

function printTables(
  seeds: readonly SeedResult[],
  scale: readonly SizeResult[],
  fuse: readonly FuseMeasurement[],
  bundle: BundleSizes,
  page: { words: number; checkedClaims: number },
): void {
  console.log('Seeds as the page, against the bundled corpus (warm check, ms)');
  console.log(
    formatTable(
      ['seed', 'claims', 'p50 ms', 'p95 ms', 'CPU p50 ms', 'runs'],
      seeds.map((s) => [s.id, s.claims, s.p50Ms, s.p95Ms, s.cpuP50Ms, s.runs]),
    ),
  );
  console.log();
  console.log(`Scale: a ${page.words}-word page (${page.checkedClaims} claims checked) against FNC-1 bodies, then recombinations`);
  console.log(
    formatTable(
      [
        'docs',
        'sentences',
        'build ms/doc',
        'heap MB',
        'checker MB',
        'check p50',
        'check p95',
        'check CPU p50',
        'runs',
        'confirmed',
        'MiniSearch build ms',
        'MiniSearch p50',
        'ours/MiniSearch',
        'verifier share',
        'fuse ms/claim',
        'fuse page ms',
        'speedup vs fuse',
      ],
      scale.map((s) => [
        s.size,
        s.sentences,
        s.buildMsPerDoc,
        s.heapUsedMB,
        s.checkerHeapMB,
        s.checkP50Ms,
        s.checkP95Ms,
        s.checkCpuP50Ms,
        s.checkRuns,
        s.confirmedClaims,
        s.miniSearchBuildMs,
        s.miniSearchQueryP50Ms,
        s.oursOverMiniSearch,
        s.verifierShare === null ? null : `${Math.round(s.verifierShare * 100)}%`,
        s.fusePerClaimMs,
        s.fusePageMs === null ? null : `${formatNumber(s.fusePageMs)}${s.fuseExtrapolated ? ' (extrapolated)' : ''}`,
        s.speedupOverFuse,
      ]),
    ),
  );
  for (const s of scale) {
    if (s.skipped) console.log(`  ${s.size} docs: ours ${s.skipped}`);
    if (s.checkSkipped) console.log(`  ${s.size} docs: check ${s.checkSkipped}`);
  }
  console.log('  check and MiniSearch columns are ms per page (all checked claims), timed in alternation; heap needs --expose-gc.');
  console.log('  builds are warm: word caches persist across sizes, and recombined documents reuse real sentences.');
  console.log();
  console.log('Naive baseline: fuse.js over every corpus sentence, measured (larger sizes above are extrapolated linearly in sentences)');
  console.log(
    formatTable(
      ['docs', 'sentences', 'claims timed', 'index build ms', 'ms per claim'],
      fuse.map((f) => [f.size, f.sentences, f.claimsTimed, f.buildMs, f.perClaimMs]),
    ),
  );
  console.log();
  console.log(`Bundle sizes (${bundle.dir}; ${bundle.note ?? ''})`);
  const parts: Array<[string, SizeOf | null]> = [
    ['content script (page reader)', bundle.contentScript],
    ['side panel JS', bundle.sidePanel],
    ['check worker JS (loads wink-nlp when first needed)', bundle.worker],
    ['background', bundle.background],
    ['model files (read when the first check needs them)', bundle.models],
    ['stance model (data/stance-model.json; fnc1 command only, not shipped)', bundle.stanceModel],
  ];
  console.log(
    formatTable(
      ['part', 'raw KB', 'gzip KB', 'files'],
      parts.map(([name, size]) => [name, ...kb(size), size ? size.files.join(' ') : 'null']),
    ),
  );
  console.log();
}

async function main(): Promise<void> {
  // The engine as it ships: the verifier and its lexicon from data/.
  const models = await loadEngineModelsFromDisk();
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  let parsed: ReturnType<typeof parseBenchArgs>;
  try {
    parsed = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${BENCH_USAGE}\n`);
    process.exit(2);
  }
  if (parsed === 'help') {
    console.log(BENCH_USAGE);
    return;
  }
  const options = parsed;
  if (!globalThis.gc) progress('node runs without --expose-gc: heap figures will be null (use npm run bench)');

  const seeds = benchSeeds(options, models);

  const maxSize = options.sizes.at(-1)!;
  const fnc1Dir = resolve(ROOT, options.dataDir, 'fnc-1');
  const fnc1 = loadFnc1Corpus(join(fnc1Dir, 'train_bodies.csv'), join(fnc1Dir, 'train_stances.csv'));
  progress(`loaded ${fnc1.docs.length} FNC-1 bodies`);
  const built = benchPage(fnc1.docs.slice(0, PAGE_POOL), fnc1.stories);
  const allClaims = splitClaims(built.article).claims;
  const claims = allClaims.slice(0, CHECK_OPTIONS.maxClaims);

  const fuse = options.fuseSizes.map((size, i) => {
    const measured = measureFuse(scaleCorpus(fnc1.docs, size), claims.slice(0, options.fuseClaims), { warmup: i === 0 });
    progress(`fuse.js at ${size} docs: ${formatNumber(measured.perClaimMs)} ms per claim`);
    return measured;
  });
  const slope = fuseMsPerSentence(fuse);

  const scale: SizeResult[] = [];
  let previous: SizeEstimate | null = null;
  for (const size of options.sizes) {
    const corpus = scaleCorpus(fnc1.docs, size);
    const measured = measureSize(corpus, fnc1.docs.length, built.article, claims, options, previous, models);
    const direct = fuse.find((f) => f.size === size);
    const fusePerClaimMs = direct ? direct.perClaimMs : slope === null ? null : slope * measured.sentences;
    const fusePageMs = fusePerClaimMs === null ? null : fusePerClaimMs * claims.length;
    scale.push({
      ...measured,
      fusePerClaimMs,
      fusePageMs,
      fuseExtrapolated: fusePerClaimMs === null ? null : !direct,
      speedupOverFuse: fusePageMs === null || measured.checkP50Ms === null ? null : fusePageMs / measured.checkP50Ms,
    });
    if (measured.buildMsPerDoc !== null) previous = { size, buildMsPerDoc: measured.buildMsPerDoc, checkP50Ms: measured.checkP50Ms };
    progress(
      `${size} docs: ${measured.skipped ?? `build ${formatNumber(measured.buildMsPerDoc ?? 0)} ms/doc, check p50 ${measured.checkP50Ms === null ? measured.checkSkipped : `${formatNumber(measured.checkP50Ms)} ms`}`}`,
    );
  }
  if (maxSize > fnc1.docs.length) progress(`sizes past ${fnc1.docs.length} include recombined documents`);

  const bundle = bundleSizes(ROOT, { building: buildRunning(), dir: options.buildDir });
  const page = {
    title: built.article.title,
    words: built.words,
    claims: allClaims.length,
    checkedClaims: claims.length,
    sources: built.sources,
  };
  printTables(seeds, scale, fuse, bundle, page);
  const report = {
    schema: 1,
    node: process.version,
    quick: options.quick,
    gc: typeof globalThis.gc === 'function',
    totalMs: performance.now() - started,
    loadAverage: [loadBefore, loadavg()[0]!],
    git: gitState(),
    seeds,
    page,
    scale,
    fuse,
    fuseMsPerSentence: slope,
    bundle,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();
