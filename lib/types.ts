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
  /** The evidence's words the verifier aligned with the claim and those in conflict with it (the panel marks them). */
  marks?: { aligned: string[]; conflicting: string[] };
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

/** What the content script measured while deciding whether a page is worth checking (auto mode's bail-out). */
export interface ProbeTiming {
  /** `isProbablyReaderable` said the page looks like an article. */
  readerable: boolean;
  /** Milliseconds spent in `isProbablyReaderable`. */
  readerableMs: number;
  /** Milliseconds spent extracting the article and testing the topic; null when the probe stopped earlier. */
  topicMs: number | null;
}

/** The reader's own verdict for one claim × document ("Wrong? → confirms"), applied after every check. */
export interface Correction {
  /** The claim sentence as the page states it. */
  claim: string;
  /** Corpus document id. */
  doc: string;
  /** The right status, as the reader says. */
  status: Status;
  /** ISO instant the correction was made. */
  at: string;
  /** The page the claim was read on, when known. */
  url?: string | null;
}

/** What `saveCorrection` stores: the reader's verdict for one claim × document; `at` defaults to now. */
export type CorrectionInput = Omit<Correction, 'at'> & { at?: string };

/** A page the reader saved, as stored and exported (`terms` stored only, never exported). */
export interface SavedPage {
  /** Stable id, unique in the store; a hash of the canonical URL for pages saved by this version. */
  id: string;
  /** The address the page was (last) saved from. */
  url: string;
  /** The page's canonical address, normalised (no fragment, no tracking parameters); unique in the store. */
  canonicalUrl: string;
  /** Headline; never blank. */
  title: string;
  /** Site name from the page's metadata, else its host; never blank. */
  outlet: string;
  byline: string | null;
  /** ISO date string when the page states one. */
  publishedTime: string | null;
  /** ISO instant the page was first saved; kept when the page is saved again. */
  savedAt: string;
  /** ISO instant of the latest save or merge. */
  updatedAt: string;
  /** Article text, paragraphs separated by a blank line. */
  text: string;
  /** The text's sentences, in order (from the engine's sentence splitter). */
  sentences: string[];
  /** `contentHash(text)`: identical content under another URL is not stored twice. */
  contentHash: string;
  /** Outlets the article names as its sources. */
  cites: string[];
  /**
   * The sentences' terms as the engine's `tokenize` made them at save time, so a large saved corpus loads without
   * re-tokenising. Stored only, never exported: they are derived data, recomputed on import.
   */
  terms?: string[][];
  /** The engine's TOKENIZER_VERSION when `terms` were made; terms of another version are ignored by the engine. */
  termsVersion?: number;
}

/** What a save did: `created` a new page, `updated` one in place, or nothing (`duplicate`: the text is already saved). */
export type SaveOutcome = 'created' | 'updated' | 'duplicate';

/** `restored`: back as it was; `merged`: the page was saved again meanwhile, merged; `duplicate`: its text is saved under another URL. */
export type RestoreOutcome = 'restored' | 'merged' | 'duplicate';
/** What undoing a delete did, and the page as it now stands. */
export interface RestoreResult {
  page: SavedPage;
  outcome: RestoreOutcome;
}

/**
 * Counts of an import. `added`: new pages; `merged`: pages that matched a saved page by canonical URL and
 * changed it (newer text or an earlier first-saved time); `skipped`: pages already present as they are, or
 * whose text is already saved under another URL (including repeats within the file).
 */
export interface ImportResult {
  added: number;
  merged: number;
  skipped: number;
  /**
   * The file's corrections. `added`: for a claim × document with no correction yet; `merged`: replaced an older
   * correction of the same pair; `skipped`: the store already had it, or a newer correction of that pair.
   */
  corrections: { added: number; merged: number; skipped: number };
}

/** A page as the panel lists it after a save, without its text. */
export interface SavedPageRef {
  id: string;
  title: string;
  outlet: string;
}

/** A saved-pages operation's answer: its value, or the store's error (`message` is what to show the reader). */
export type CorpusReply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** What changed in the saved pages or the reader's corrections; the background tells every open panel after each write. */
export type SavedPagesChange =
  /** `created`: a new page the checker can add as is; `updated`: replaced in place; `duplicate`: nothing changed. */
  | { kind: 'saved'; outcome: SaveOutcome; page: SavedPageRef; tabId: number | null }
  /** A save from the context menu failed (the panel shows why). */
  | { kind: 'save-failed'; message: string; tabId: number | null }
  | { kind: 'deleted'; id: string }
  | { kind: 'restored'; id: string }
  | { kind: 'imported'; result: ImportResult }
  /** The reader corrected a verdict (or changed a correction): panels re-check with it. */
  | { kind: 'corrected'; correction: Correction }
  /** A correction was removed (undo): panels re-check without it. */
  | { kind: 'uncorrected'; correction: Correction };
