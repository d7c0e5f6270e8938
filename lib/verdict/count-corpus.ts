import type { CheckResult, CorpusDoc } from '../types';

/** What a page was checked against: the corpus's counts, less the page's own copies. */
export interface CorpusCounter {
  /** After a document is added. */
  corpusChanged(): void;
  summary(copies: readonly number[]): CheckResult['corpus'];
}

/** Counts the corpus once per change: a check only takes its copies of the page away. */
export function createCorpusCounter(docs: readonly CorpusDoc[]): CorpusCounter {
  let counted: { bundled: number; outlets: Map<string, number>; all: CheckResult['corpus'] } | null = null;
  return {
    corpusChanged() {
      counted = null;
    },
    summary(copies) {
      if (!counted) {
        const outlets = new Map<string, number>();
        for (const doc of docs) outlets.set(doc.outlet, (outlets.get(doc.outlet) ?? 0) + 1);
        const bundled = docs.filter((d) => d.origin === 'bundled').length;
        counted = { bundled, outlets, all: { bundled, saved: docs.length - bundled, outlets: [...outlets.keys()] } };
      }
      if (copies.length === 0) return { ...counted.all, outlets: counted.all.outlets.slice() };
      const outlets = new Map(counted.outlets);
      let bundled = counted.bundled;
      for (const copy of copies) {
        const doc = docs[copy]!;
        if (doc.origin === 'bundled') bundled--;
        outlets.set(doc.outlet, outlets.get(doc.outlet)! - 1);
      }
      return {
        bundled,
        saved: docs.length - copies.length - bundled,
        outlets: [...outlets].filter(([, count]) => count > 0).map(([outlet]) => outlet),
      };
    },
  };
}
