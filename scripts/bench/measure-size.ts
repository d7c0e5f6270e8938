import type { Checker } from '../../lib/create-checker';
import { createEngine, NO_MODELS, type EngineModels } from '../../lib/create-engine';
import type { Article, CorpusDoc } from '../../lib/types';
import type { BenchOptions } from './bench-options';
import { miniSearchRetrieval } from './mini-search-retrieval';
import { timeOnce, timeRuns, timeRunsAlternating, type RunTimes } from './time-runs';

/** Everything measured at one corpus size (the JSON `scale[]` entry; figures are null when not measured). */
export interface SizeResult {
  size: number;
  realDocs: number;
  syntheticDocs: number;
  sentences: number;
  /** Why our engine was not built at this size, else null. */
  skipped: string | null;
  buildMs: number | null;
  buildMsPerDoc: number | null;
  heapUsedMB: number | null;
  checkerHeapMB: number | null;
  /** Why checks were not timed at this size (the build was), else null. */
  checkSkipped: string | null;
  checkP50Ms: number | null;
  checkP95Ms: number | null;
  checkCpuP50Ms: number | null;
  checkRuns: number | null;
  confirmedClaims: number | null;
  contradictedClaims: number | null;
  verdicts: number | null;
  miniSearchBuildMs: number;
  miniSearchQueryP50Ms: number;
  miniSearchQueryP95Ms: number;
  miniSearchQueryCpuP50Ms: number;
  miniSearchRuns: number;
  oursOverMiniSearch: number | null;
  /** The same check without the verifier (the rules alone), timed in alternation with it: p50 ms. */
  rulesOnlyCheckP50Ms: number | null;
  /** Share of a check's time that is the verifier's: 1 − rulesOnly / with (both p50 of the alternated runs). */
  verifierShare: number | null;
  fusePerClaimMs: number | null;
  fusePageMs: number | null;
  fuseExtrapolated: boolean | null;
  speedupOverFuse: number | null;
}

/** What the previous (smaller) size cost, to estimate whether this one fits the time caps. */
export interface SizeEstimate {
  size: number;
  buildMsPerDoc: number;
  checkP50Ms: number | null;
}

const MB = 1024 * 1024;

/** Heap in use after a full collection, MB; null when node runs without --expose-gc (a figure with garbage in it is no figure). */
export function heapAfterGc(): number | null {
  if (!globalThis.gc) return null;
  globalThis.gc();
  return process.memoryUsage().heapUsed / MB;
}

/**
 * Measures our engine (build, heap) and bare MiniSearch retrieval at one corpus, then times warm checks of the page and
 * MiniSearch queries of its claims in alternation, so both see the same machine (heap is read before MiniSearch is
 * built, so it is of our index alone).
 */
export function measureSize(
  corpus: readonly CorpusDoc[],
  realDocs: number,
  page: Article,
  claims: readonly string[],
  options: BenchOptions,
  previous: SizeEstimate | null,
  models: EngineModels,
): Omit<SizeResult, 'fusePerClaimMs' | 'fusePageMs' | 'fuseExtrapolated' | 'speedupOverFuse'> {
  const size = corpus.length;
  const sentences = corpus.reduce((sum, doc) => sum + doc.sentences.length, 0);
  const base = { size, realDocs: Math.min(realDocs, size), syntheticDocs: Math.max(0, size - realDocs), sentences };
  const { checker, ...built } = buildOurs(corpus, options, previous, models);
  const { ms: miniSearchBuildMs, value: retrieval } = timeOnce(() => miniSearchRetrieval(corpus));
  const retrieve = () => retrieval.retrieve(claims);
  let query: RunTimes;
  let ours: OursFigures = built;
  if (checker) {
    const result = checker.check(page);
    const [times, queried] = timeRunsAlternating(() => checker.check(page), retrieve, options);
    query = queried;
    ours = {
      ...built,
      checkP50Ms: times.p50,
      checkP95Ms: times.p95,
      checkCpuP50Ms: times.cpuP50,
      checkRuns: times.runs,
      confirmedClaims: result.claims.filter((claim) => !claim.unverified).length,
      contradictedClaims: result.claims.filter((claim) => claim.contradicted).length,
      verdicts: result.claims.reduce((sum, claim) => sum + claim.verdicts.length, 0),
    };
  } else {
    query = timeRuns(retrieve, options);
  }
  const share = checker && models.verifier ? verifierShare(checker, createEngine(corpus, NO_MODELS), page, options) : null;
  return {
    ...base,
    ...ours,
    miniSearchBuildMs,
    miniSearchQueryP50Ms: query.p50,
    miniSearchQueryP95Ms: query.p95,
    miniSearchQueryCpuP50Ms: query.cpuP50,
    miniSearchRuns: query.runs,
    oursOverMiniSearch: ours.checkP50Ms === null ? null : ours.checkP50Ms / query.p50,
    rulesOnlyCheckP50Ms: share?.rulesOnlyP50 ?? null,
    verifierShare: share?.share ?? null,
  };
}

/** Our engine's figures at one size. */
type OursFigures = Pick<
  SizeResult,
  | 'skipped'
  | 'buildMs'
  | 'buildMsPerDoc'
  | 'heapUsedMB'
  | 'checkerHeapMB'
  | 'checkSkipped'
  | 'checkP50Ms'
  | 'checkP95Ms'
  | 'checkCpuP50Ms'
  | 'checkRuns'
  | 'confirmedClaims'
  | 'contradictedClaims'
  | 'verdicts'
>;

/** Builds our engine at one corpus and reads its heap; `checker` is null when the build or the checks are skipped. */
function buildOurs(
  corpus: readonly CorpusDoc[],
  options: BenchOptions,
  previous: SizeEstimate | null,
  models: EngineModels,
): OursFigures & { checker: Checker | null } {
  const size = corpus.length;
  const none: OursFigures = {
    skipped: null,
    buildMs: null,
    buildMsPerDoc: null,
    heapUsedMB: null,
    checkerHeapMB: null,
    checkSkipped: null,
    checkP50Ms: null,
    checkP95Ms: null,
    checkCpuP50Ms: null,
    checkRuns: null,
    confirmedClaims: null,
    contradictedClaims: null,
    verdicts: null,
  };
  const estimatedBuildMs = previous ? previous.buildMsPerDoc * size : 0;
  if (estimatedBuildMs > options.maxBuildMs) {
    const reason = `skipped: build estimated at ${seconds(estimatedBuildMs)} (> ${seconds(options.maxBuildMs)} cap; ${previous!.buildMsPerDoc.toFixed(2)} ms/doc at ${previous!.size} docs)`;
    return { ...none, skipped: reason, checker: null };
  }
  const heapBefore = heapAfterGc();
  const build = timeOnce(() => createEngine(corpus, models));
  const heapUsedMB = heapAfterGc();
  const built = {
    ...none,
    skipped: null,
    buildMs: build.ms,
    buildMsPerDoc: build.ms / size,
    heapUsedMB,
    checkerHeapMB: heapUsedMB === null || heapBefore === null ? null : heapUsedMB - heapBefore,
  };
  const estimatedCheckMs = previous?.checkP50Ms ? (previous.checkP50Ms * size) / previous.size : 0;
  if (estimatedCheckMs > options.maxCheckMs) {
    return {
      ...built,
      checkSkipped: `skipped: one check estimated at ${seconds(estimatedCheckMs)} (> ${seconds(options.maxCheckMs)} cap, linear from ${previous!.size} docs)`,
      checker: null,
    };
  }
  return { ...built, checker: build.value };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** The verifier's share of a check: the check with it and the rules alone, timed in alternation over one page. */
function verifierShare(
  withVerifier: Checker,
  rulesOnly: Checker,
  page: Article,
  options: BenchOptions,
): { rulesOnlyP50: number; share: number } {
  rulesOnly.check(page);
  const [ours, rules] = timeRunsAlternating(
    () => withVerifier.check(page),
    () => rulesOnly.check(page),
    options,
  );
  return { rulesOnlyP50: rules.p50, share: Math.max(0, 1 - rules.p50 / ours.p50) };
}
