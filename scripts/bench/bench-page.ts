import type { Article, CorpusDoc } from '../../lib/types';
import { fnc1DocId } from './fnc1-corpus';

/** Words the benchmark page should have: the "1,000-word page". */
const PAGE_WORDS = 1000;
/** Largest share of the page one body may supply: at half, the engine would take the page for that article itself. */
const MAX_SHARE_PER_BODY = 0.45;

function words(sentence: string): number {
  return sentence.split(/\s+/).filter(Boolean).length;
}

/** The benchmark page and where its text came from. */
export interface BenchPage {
  article: Article;
  words: number;
  /** Corpus document ids the page's sentences were taken from. */
  sources: string[];
}

/**
 * A ~1,000-word news page about one FNC-1 story, written from sentences of the bodies FNC-1 relates to that story
 * (taken in turn, so no single body dominates). Only bodies among `available` are used — the real bodies every
 * benchmark corpus contains — so its claims are stated by corpus sentences at every size.
 */
export function benchPage(available: readonly CorpusDoc[], stories: ReadonlyMap<string, readonly string[]>): BenchPage {
  const byId = new Map(available.map((doc) => [doc.id, doc]));
  const ranked = [...stories]
    .map(([headline, ids]) => ({ headline, docs: ids.map((id) => byId.get(fnc1DocId(id))).filter((d): d is CorpusDoc => !!d) }))
    .filter((story) => story.docs.length >= 2)
    .map((story) => ({
      ...story,
      supply: story.docs.reduce((sum, doc) => sum + Math.min(PAGE_WORDS * MAX_SHARE_PER_BODY, words(doc.sentences.join(' '))), 0),
    }))
    // One story if any can fill the page alone, as a real article is; the richest first, ties by headline for determinism.
    .sort((a, b) => b.supply - a.supply || a.headline.localeCompare(b.headline));
  const paragraphs: string[] = [];
  const sources: string[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const story of ranked) {
    if (total >= PAGE_WORDS) break;
    const cursors = story.docs.map(() => 0);
    const supplied = story.docs.map(() => 0);
    let progressed = true;
    while (total < PAGE_WORDS && progressed) {
      progressed = false;
      story.docs.forEach((doc, d) => {
        if (total >= PAGE_WORDS || supplied[d]! >= PAGE_WORDS * MAX_SHARE_PER_BODY) return;
        const sentence = doc.sentences[cursors[d]!];
        if (sentence === undefined) return;
        cursors[d]!++;
        progressed = true;
        if (seen.has(sentence)) return;
        seen.add(sentence);
        paragraphs.push(sentence);
        supplied[d]! += words(sentence);
        total += words(sentence);
        if (!sources.includes(doc.id)) sources.push(doc.id);
      });
    }
  }
  if (total < PAGE_WORDS / 2) throw new Error(`benchPage: only ${total} words of related bodies available`);
  const title = ranked[0]!.headline;
  return {
    article: { title, outlet: 'Bench page', byline: null, publishedTime: null, url: null, canonicalUrl: null, lang: 'en', paragraphs },
    words: total,
    sources,
  };
}
