/**
 * The data shapes the engine exchanges with the extension, the CLI and the tests.
 * Everything here is plain JSON-serialisable data: it crosses message ports and files.
 */

/** How one corpus document relates to one claim of the page being read. */
export type Status = 'confirms' | 'contradicts' | 'leaves_out';

/** An article as extracted from a page or a text file, before it is split into claims. */
export interface Article {
  /** Headline, or a readable fallback; never blank. */
  title: string;
  /** Publisher as the page names it (site name), else the host, else null. */
  outlet: string | null;
  byline: string | null;
  /** ISO date string when the page states one. */
  publishedTime: string | null;
  url: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  /** Article text, one paragraph (or block) per entry, page furniture removed. */
  paragraphs: string[];
}

/** One document of the corpus the page is checked against. */
export interface CorpusDoc {
  /** Stable id: seed file name for bundled docs, a hash for saved pages. */
  id: string;
  /** Readable outlet label; never blank. */
  outlet: string;
  title: string;
  url: string | null;
  /** Outlets the article itself names as its sources ("according to Bloomberg"). */
  cites: string[];
  /** The article's sentences, in order. */
  sentences: string[];
  /** Shipped with the extension (read-only) or saved by the reader. */
  origin: 'bundled' | 'saved';
  /**
   * The sentences' terms as `tokenize` made them when the page was saved, so a large corpus loads without
   * re-tokenising; used only when `termsVersion` is the engine's TOKENIZER_VERSION.
   */
  terms?: string[][];
  termsVersion?: number;
}

/** One claim × one corpus document. */
export interface Verdict {
  /** Corpus document id. */
  doc: string;
  outlet: string;
  status: Status;
  /** The corpus sentence the verdict rests on, exactly as in the document; null when left out. */
  evidence: string | null;
  /** Confidence 0–1 in the status. */
  score: number;
  /** A short reason a reader understands, naming the difference ("amount differs: $600 billion vs $1 trillion"). */
  why: string;
  /** Whether the document is bundled or one of the reader's saved pages. */
  origin: 'bundled' | 'saved';
  /**
   * Set when the evidence presents the statement differently from the page: the page states flatly what this
   * outlet attributes or hedges, or the reverse. `why` names both phrasings.
   */
  drift?: { kind: 'page-flat' | 'page-hedged'; why: string };
  /** Set when the reader corrected this verdict; `status` is then the reader's, and this the engine's. */
  corrected?: { engineStatus: Status; at: string };
}

/** Confirmations that are one source: they credit the same outlet, or repeat one text. */
export interface SourceGroup {
  /** Corpus document ids in the group. */
  docs: string[];
  outlets: string[];
  /** Why they are grouped ("both credit Bloomberg", "near-identical wording"); null for a group of one. */
  reason: string | null;
  /** The outlet the group credits for the statement, if any. */
  credits: string | null;
}

/** A check-worthy statement of the page with its verdicts, one per corpus document (self-match excluded). */
export interface Claim {
  /** The claim sentence as on the page. */
  text: string;
  /** Position among the page's claims (page order). */
  index: number;
  /** No other document confirms it. */
  unverified: boolean;
  /** At least one document contradicts it. */
  contradicted: boolean;
  verdicts: Verdict[];
  /** The confirming documents grouped into independent sources; `sources.length` is the number of independent sources. */
  sources: SourceGroup[];
  /** How the page presents the claim: who it is attributed to, and its hedges ("may have", "reportedly"). */
  attribution: { source: string | null; hedges: string[] };
}

/** The engine's answer for one page. */
export interface CheckResult {
  title: string;
  outlet: string | null;
  url: string | null;
  /** Whether the page is about the AI-distillation story. */
  isTopic: boolean;
  /** Id of the corpus document that is the same article as the page (the closest copy), excluded from verdicts. */
  selfMatch: string | null;
  /** Ids of every corpus document that is a copy of the page (selfMatch first); all are excluded from verdicts. */
  copies: string[];
  claims: Claim[];
  /** What the page was checked against (self-match excluded): document counts and the outlets they are from. */
  corpus: { bundled: number; saved: number; outlets: string[] };
  /** Set when the page had more claims than the engine checks; the first `checked` were checked. */
  truncated: { checked: number; total: number } | null;
}
