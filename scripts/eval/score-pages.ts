/**
 * Scores check results against a gold facts file the way `../shared/gold/score_crosscheck.py` does (the scorer the
 * held-out evaluation uses): a fact's page sentence is found among the page's claims by word coverage (≥ 0.6), each
 * seed outlet's verdict is compared with the gold label, "either" pairs are counted apart, and each contradiction's
 * kind (from the fact's note, "Contradiction type: scope.") gets its own recall.
 */
import type { CheckResult, Status } from '../../lib/types';
import type { GoldFact, LabelScore } from '../score-seed-gold';

const LABELS: readonly Status[] = ['confirms', 'contradicts', 'leaves_out'];
/** The scorer's claim-matching rule: a claim holding this share of the evidence's words is that fact's claim. */
const MIN_COVERAGE = 0.6;

/** A dev fact: a seed-gold fact with the note that names a contradiction's kind. */
export interface NotedFact extends GoldFact {
  note?: string;
}

export interface PagesScore {
  labels: Record<Status, LabelScore>;
  macroF1: number;
  confirmsPrecision: number;
  contradictionRecall: number;
  contradictions: { found: number; total: number };
  /** Per contradiction kind: caught of total. */
  kinds: Record<string, { found: number; total: number }>;
  either: { right: number; total: number };
  claims: { found: number; total: number };
  /** isTopic answers that differ from the gold's topic map. */
  topicWrong: string[];
  errors: string[];
}

const toks = (s: string) =>
  s
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .match(/[a-z0-9$%]+/g) ?? [];

function coverage(evidence: string, claim: string): number {
  const e = toks(evidence);
  const c = new Set(toks(claim));
  return e.filter((t) => c.has(t)).length / Math.max(1, e.length);
}

/** The kind a contradiction fact's note names ("Contradiction type: number-date."), or "unnamed". */
export function contradictionKind(note: string | undefined): string {
  return /Contradiction type:\s*([\w-]+)/i.exec(note ?? '')?.[1]?.toLowerCase() ?? 'unnamed';
}

/** Scores `results` (keyed by page: "d1", …) against the gold facts, optionally checking each page's isTopic. */
export function scorePages(
  facts: readonly NotedFact[],
  results: ReadonlyMap<string, CheckResult>,
  topic?: Readonly<Record<string, boolean>>,
): PagesScore {
  const tp = { confirms: 0, contradicts: 0, leaves_out: 0 };
  const fp = { ...tp };
  const fn = { ...tp };
  const kinds: Record<string, { found: number; total: number }> = {};
  const either = { right: 0, total: 0 };
  const claims = { found: 0, total: 0 };
  const errors: string[] = [];
  for (const fact of facts) {
    fact.versions.forEach((version) => {
      for (const [page, evidence] of Object.entries(version)) {
        const result = results.get(page);
        if (!result || fact.skip_pages.includes(page)) continue;
        claims.total++;
        let best: CheckResult['claims'][number] | null = null;
        let bestCoverage = 0;
        for (const claim of result.claims) {
          const k = coverage(evidence, claim.text);
          if (k > bestCoverage) [best, bestCoverage] = [claim, k];
        }
        if (bestCoverage < MIN_COVERAGE) best = null;
        else claims.found++;
        const verdicts = new Map((best?.verdicts ?? []).map((v) => [v.doc.slice(0, 3), v.status]));
        const byOutlet = new Map((best?.verdicts ?? []).map((v) => [v.doc.slice(0, 3), v]));
        const outlets = new Set([...fact.versions.flatMap((v) => Object.keys(v)), ...fact.omitted_by, ...Object.keys(fact.either)]);
        for (const outlet of [...outlets].sort()) {
          if (outlet === page || !/^\d{3}$/.test(outlet)) continue;
          const predicted = verdicts.get(outlet) ?? 'missing';
          const allowedEither = fact.either[outlet];
          if (allowedEither) {
            either.total++;
            if (allowedEither.includes(predicted as Status)) either.right++;
            continue;
          }
          const want: Status = fact.omitted_by.includes(outlet) ? 'leaves_out' : outlet in version ? 'confirms' : 'contradicts';
          if (want === 'contradicts') {
            const kind = (kinds[contradictionKind(fact.note)] ??= { found: 0, total: 0 });
            kind.total++;
            if (predicted === want) kind.found++;
          }
          if (predicted === want) tp[want]++;
          else {
            fn[want]++;
            if (predicted !== 'missing') fp[predicted]++;
            const verdict = byOutlet.get(outlet);
            errors.push(
              `${fact.id}: page ${page} vs ${outlet}: want ${want}${want === 'contradicts' ? ` (${contradictionKind(fact.note)})` : ''}, got ${predicted}` +
                (verdict ? ` (${verdict.why})\n    claim: ${best!.text}\n    evidence: ${verdict.evidence ?? '—'}` : ''),
            );
          }
        }
      }
    });
  }
  const labels = {} as Record<Status, LabelScore>;
  for (const label of LABELS) {
    const precision = tp[label] / Math.max(1, tp[label] + fp[label]);
    const recall = tp[label] / Math.max(1, tp[label] + fn[label]);
    labels[label] = {
      precision,
      recall,
      f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
      support: tp[label] + fn[label],
    };
  }
  return {
    labels,
    macroF1: LABELS.reduce((sum, label) => sum + labels[label].f1, 0) / LABELS.length,
    confirmsPrecision: labels.confirms.precision,
    contradictionRecall: labels.contradicts.recall,
    contradictions: { found: tp.contradicts, total: tp.contradicts + fn.contradicts },
    kinds,
    either,
    claims,
    topicWrong: Object.entries(topic ?? {})
      .filter(([page, want]) => results.has(page) && results.get(page)!.isTopic !== want)
      .map(([page]) => page),
    errors,
  };
}
