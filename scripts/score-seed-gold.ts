/**
 * Scoring of the engine against the hand-labelled seed gold (../shared/gold/seed-claims.json).
 * The gold's `about` defines the expected label of each (page, outlet) pair; this module applies it.
 */
import type { CheckResult, Status } from '../lib/types';
import { normalizeText } from '../lib/text/normalize-text';

export interface GoldFact {
  id: string;
  fact: string;
  versions: Array<Record<string, string>>;
  omitted_by: string[];
  either: Record<string, Status[]>;
  skip_pages: string[];
}

export interface GoldPair {
  fact: string;
  page: string;
  outlet: string;
  evidence: string;
  /** Labels that count as right (more than one for 'either' pairs). */
  allowed: Status[];
}

export interface ScoredPair extends GoldPair {
  predicted: Status | 'missing';
  claim: string | null;
  why: string | null;
  /** The sentence of the other outlet the verdict rests on. */
  quoted: string | null;
  right: boolean;
}

export interface LabelScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface GoldScore {
  pairs: ScoredPair[];
  labels: Record<Status, LabelScore>;
  macroF1: number;
  accuracy: number;
  contradictions: { found: number; total: number };
}

const LABELS: readonly Status[] = ['confirms', 'contradicts', 'leaves_out'];

/** Every scored (page, outlet) pair the gold defines. */
export function goldPairs(facts: readonly GoldFact[], outlets: readonly string[]): GoldPair[] {
  const pairs: GoldPair[] = [];
  for (const fact of facts) {
    fact.versions.forEach((version, versionIndex) => {
      for (const [page, evidence] of Object.entries(version)) {
        if (fact.skip_pages.includes(page)) continue;
        for (const outlet of outlets) {
          if (outlet === page) continue;
          const otherVersion = fact.versions.findIndex((v) => outlet in v);
          const allowed: Status[] =
            fact.either[outlet] ??
            (otherVersion === versionIndex
              ? ['confirms']
              : otherVersion >= 0
                ? ['contradicts']
                : fact.omitted_by.includes(outlet)
                  ? ['leaves_out']
                  : []);
          if (allowed.length > 0) pairs.push({ fact: fact.id, page, outlet, evidence, allowed });
        }
      }
    });
  }
  return pairs;
}

function squash(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Scores the engine's results (one per page, keyed by outlet code such as "003") against the gold pairs. */
export function scoreGold(pairs: readonly GoldPair[], results: ReadonlyMap<string, CheckResult>): GoldScore {
  const scored: ScoredPair[] = pairs.map((pair) => {
    const result = results.get(pair.page);
    const needle = squash(pair.evidence);
    const claim = result?.claims.find((c) => squash(c.text).includes(needle)) ?? null;
    const verdict = claim?.verdicts.find((v) => v.doc.startsWith(`${pair.outlet}_`)) ?? null;
    const predicted = verdict?.status ?? 'missing';
    return {
      ...pair,
      predicted,
      claim: claim?.text ?? null,
      why: verdict?.why ?? null,
      quoted: verdict?.evidence ?? null,
      right: pair.allowed.includes(predicted as Status),
    };
  });
  const { labels, macroF1 } = labelScores(scored);
  const contradictionPairs = scored.filter((p) => p.allowed.length === 1 && p.allowed[0] === 'contradicts');
  return {
    pairs: scored,
    labels,
    macroF1,
    accuracy: scored.filter((p) => p.right).length / Math.max(1, scored.length),
    contradictions: { found: contradictionPairs.filter((p) => p.right).length, total: contradictionPairs.length },
  };
}

/** Per-label precision / recall / F1 and their macro average, over pairs with one or more allowed labels. */
export function labelScores(scored: ReadonlyArray<Pick<ScoredPair, 'allowed' | 'predicted' | 'right'>>): {
  labels: Record<Status, LabelScore>;
  macroF1: number;
} {
  const labels = {} as Record<Status, LabelScore>;
  for (const label of LABELS) {
    // A pair answered with an allowed label counts as that label; otherwise as its first allowed label.
    const expectedOf = (p: (typeof scored)[number]) => (p.right ? (p.predicted as Status) : p.allowed[0]!);
    const tp = scored.filter((p) => p.right && p.predicted === label).length;
    const predictedCount = scored.filter((p) => p.predicted === label).length;
    const support = scored.filter((p) => expectedOf(p) === label).length;
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    labels[label] = { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), support };
  }
  return { labels, macroF1: LABELS.reduce((sum, label) => sum + labels[label].f1, 0) / LABELS.length };
}
