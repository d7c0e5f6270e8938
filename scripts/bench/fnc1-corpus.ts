import { readFileSync } from 'node:fs';
import { corpusDocFromText } from '../../lib/store/corpus-doc-from-text';
import { parseFnc1Bodies, parseFnc1Stances } from '../../lib/stance/train/parse-fnc1';
import type { CorpusDoc } from '../../lib/types';

/** FNC-1 article bodies as corpus documents (saved pages), in file order, plus which bodies tell one story. */
export interface Fnc1Corpus {
  docs: CorpusDoc[];
  /** Headline → ids of the bodies FNC-1 labels as related to it (agree, disagree, discuss): one story each. */
  stories: Map<string, string[]>;
}

/** Id a body gets as a corpus document. */
export function fnc1DocId(bodyId: string): string {
  return `fnc1-${bodyId}`;
}

/** Reads the FNC-1 training bodies (and, for story grouping, stances) into corpus documents. */
export function loadFnc1Corpus(bodiesPath: string, stancesPath: string): Fnc1Corpus {
  const bodies = parseFnc1Bodies(readFileSync(bodiesPath, 'utf8'), bodiesPath);
  const docs = [...bodies].map(([id, text]) =>
    corpusDocFromText(text, { id: fnc1DocId(id), outlet: `FNC-1 body ${id}`, title: null, origin: 'saved' }),
  );
  const { pairs } = parseFnc1Stances(readFileSync(stancesPath, 'utf8'), stancesPath);
  const stories = new Map<string, string[]>();
  for (const pair of pairs) {
    if (pair.stance === 'unrelated') continue;
    const ids = stories.get(pair.headline) ?? [];
    if (!ids.includes(pair.bodyId)) ids.push(pair.bodyId);
    stories.set(pair.headline, ids);
  }
  return { docs: docs.filter((doc) => doc.sentences.length > 0), stories };
}
