/**
 * Who a statement is attributed to and how it is hedged: "OpenAI says DeepSeek may have …" is OpenAI's claim,
 * hedged; "DeepSeek stole OpenAI's technology" is a flat statement of fact. A page that states flatly what the
 * other outlets attribute or hedge — or the reverse — has drifted, even when every outlet "confirms" it.
 */
import { normalizeText } from '../text/normalize-text';

/** How a sentence presents its statement. */
export interface Attribution {
  /** Who it is attributed to ("OpenAI", "a spokesperson", "Bloomberg", "people familiar with the matter"); null when stated as fact. */
  source: string | null;
  /** The words of the attribution as written ("OpenAI says", "Bloomberg reported"). */
  sourceWords: string | null;
  /** Hedging words as written ("may have", "allegedly", "it's possible"). */
  hedges: string[];
}

const NAME = String.raw`(?:the\s+)?(?:[A-Z][\w'’.&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.&-]*){0,4})`;
const SPEAKER = String.raw`(?:${NAME}|(?:[Aa]|[Aa]n|[Tt]he)\s+(?:\w+\s+){0,2}(?:spokesperson|spokesman|spokeswoman|representative|official|officials|source|sources|executive|engineer|researchers?|analysts?|adviser|advisor)(?:\s+for\s+${NAME})?|people\s+familiar\s+with\s+(?:the\s+)?\w+|(?:he|she|they|it|the\s+company|the\s+publication|the\s+report))`;
const SAY = String.raw`(?:says?|said|claims?|claimed|alleges?|alleged|accuses|accused|argues|argued|believes?|believed|reports?|reported|told\s+(?:[A-Z][\w.]*\s*){1,3}|wrote|writes|notes|noted|stated|states|insists?|insisted|warned|warns|suspects?|suspected|thinks?)`;

/** "According to X", "X reported", "X says (that)", "as X told Y", "X, the spokesperson wrote". */
const ATTRIBUTIONS: readonly RegExp[] = [
  new RegExp(String.raw`\baccording\s+to\s+(${SPEAKER})`, 'i'),
  // "David Sacks, the White House's AI czar, told Fox News": the speaker, an apposition, then the verb.
  new RegExp(String.raw`(?:^|[,;:]\s*)(${NAME}),\s+[^,]{3,90},\s+${SAY}`),
  new RegExp(String.raw`(?:^|[,;:]\s*|\bas\s+)(${SPEAKER})\s+(?:has\s+|had\s+)?${SAY}\b`),
  new RegExp(String.raw`,\s*(${SPEAKER})\s+${SAY}\s*(?:on\s+\w+)?\s*[.]?$`),
  new RegExp(String.raw`\b(${SPEAKER})\s+(?:has\s+|had\s+)?${SAY}\s+(?:that\s+)?`),
];

/** Hedging: the statement is possible, alleged or reported rather than asserted. */
const HEDGES =
  /\b(may|might|could)\s+(?:have\s+)?(?:been\s+)?\w+|\b(?:allegedly|alleged|reportedly|apparently|possibly|potentially|purportedly|supposedly|likely|unlikely|perhaps|suspected)\b|\bit['’]?s\s+possible\b|\bit\s+is\s+possible\b|\b(?:a|the)\s+possibility\b|\bindications?\s+that\b|\bseems?\s+to\b|\bappears?\s+to\b|\b(?:probing|investigating|reviewing|examining|looking\s+into)\s+whether\b/gi;

function clean(name: string): string {
  return name
    .replace(/^(the|a|an)\s+/i, (article) => (/^the\s+/i.test(article) && /^the\s+(company|publication|report)/i.test(name) ? article : ''))
    .replace(/[’']s$/, '')
    .trim();
}

/** The attribution and hedges of one sentence. */
export function detectAttribution(sentence: string): Attribution {
  const text = normalizeText(sentence);
  let source: string | null = null;
  let sourceWords: string | null = null;
  for (const pattern of ATTRIBUTIONS) {
    const match = pattern.exec(text);
    if (match?.[1]) {
      source = clean(match[1]);
      sourceWords = match[0].replace(/^[,;:]\s*/, '').trim();
      break;
    }
  }
  // Quotation marks around most of the sentence make it somebody's words even without "said".
  if (!source && /^["“]/.test(text) && /["”]\s*$/.test(text)) {
    source = 'a quoted speaker';
    sourceWords = 'quoted';
  }
  const hedges = [...text.matchAll(HEDGES)].map((m) => m[0]);
  return { source, sourceWords, hedges };
}

/** Whether a sentence states its content flatly: no attribution, no hedge. */
export function isFlat(attribution: Attribution): boolean {
  return attribution.source === null && attribution.hedges.length === 0;
}

/** A difference in how two outlets present one statement. */
export interface Drift {
  kind: 'page-flat' | 'page-hedged';
  /** A reader-facing sentence naming both phrasings. */
  why: string;
}

function phrasing(attribution: Attribution): string {
  const parts: string[] = [];
  if (attribution.hedges.length > 0) parts.push(attribution.hedges.map((h) => `"${h}"`).join(', '));
  if (attribution.source) parts.push(`attributed to ${attribution.source}`);
  return parts.join(', ');
}

/** Longest stretch of the page's claim quoted in a drift reason. */
const QUOTE_CHARS = 80;

function quote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `"${clean.length > QUOTE_CHARS ? `${clean.slice(0, QUOTE_CHARS - 1)}…` : clean}"`;
}

/**
 * Drift between the page's claim and another outlet's evidence for it: the page states flatly what the outlet
 * attributes or hedges ("DeepSeek stole …" vs "it's possible", per David Sacks), or hedges what the outlet states
 * flatly. The reason quotes both phrasings.
 */
export function findDrift(claim: string, evidence: string): Drift | null {
  return driftBetween(claim, detectAttribution(claim), evidence, detectAttribution(evidence));
}

/** `findDrift` on attributions already detected (the engine detects each sentence's once). */
export function driftBetween(claim: string, mine: Attribution, evidence: string, theirs: Attribution): Drift | null {
  if (isFlat(mine) && theirs.hedges.length > 0) {
    return {
      kind: 'page-flat',
      why: `hedge drift: the page states it flatly, ${quote(claim)}; this outlet hedges it: ${phrasing(theirs)}`,
    };
  }
  if (isFlat(mine) && theirs.source) {
    return {
      kind: 'page-flat',
      why: `attribution drift: the page states it as fact, ${quote(claim)}; this outlet reports it as a claim ${phrasing(theirs)}`,
    };
  }
  if (mine.hedges.length > 0 && isFlat(theirs)) {
    return {
      kind: 'page-hedged',
      why: `hedge drift: the page hedges it (${phrasing(mine)}); this outlet states it flatly, ${quote(evidence)}`,
    };
  }
  return null;
}
