import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Correction } from '../verdict/apply-corrections';
import type { CorrectionInput, ImportResult, RestoreResult, SaveOutcome } from '../store/corpus-store';
import type { SavedPage } from '../store/corpus-export';
import type { Article } from '../types';

/** What the content script measured while deciding whether a page is worth checking (auto mode's bail-out). */
export interface ProbeTiming {
  /** `isProbablyReaderable` said the page looks like an article. */
  readerable: boolean;
  /** Milliseconds spent in `isProbablyReaderable`. */
  readerableMs: number;
  /** Milliseconds spent extracting the article and testing the topic; null when the probe stopped earlier. */
  topicMs: number | null;
}

/** The content script's answer to "what is on this page?". */
export type PageReport =
  | { kind: 'article'; article: Article; topic: boolean; probe: ProbeTiming }
  | { kind: 'not-article'; title: string; url: string; probe: ProbeTiming };

/** How a claim is drawn on the page. Confirmed claims are not drawn. */
export type HighlightKind = 'unverified' | 'contradicted';

/** One claim the panel asks the page to highlight. */
export interface HighlightRequest {
  /** Claim.index, echoed back when the reader points at the highlight. */
  index: number;
  text: string;
  kind: HighlightKind;
}

/** What the page could do with a highlight request. */
export interface HighlightReport {
  /** The browser has the CSS Custom Highlight API; without it nothing is drawn (the panel says so). */
  supported: boolean;
  /** Claim indices found on the page. */
  found: number[];
  /** Claim indices not found on the page (text re-flowed beyond matching, or inside an iframe). */
  missing: number[];
}

/** A saved-pages operation's answer: its value, or the store's error (`message` is what to show the reader). */
export type CorpusReply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** A page as the panel lists it after a save, without its text. */
export interface SavedPageRef {
  id: string;
  title: string;
  outlet: string;
}

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

/**
 * The one message protocol of the extension. Tab-bound messages (panel → content script) are sent with a tab id;
 * the others go to the extension's own pages (content script or background → panel, and content script → background).
 */
export interface ProtocolMap {
  /** Panel → content script: answers true when a live content script is in the tab. */
  ping(): true;
  /** Panel → content script: extract the article (cached per page load). */
  readPage(): PageReport;
  /** Panel → content script: draw these claims (replacing earlier ones); `enabled: false` clears them. */
  showHighlights(data: { claims: HighlightRequest[]; enabled: boolean }): HighlightReport;
  /** Panel → content script: scroll to a claim and flash it. Answers whether the claim is on the page. */
  flashClaim(index: number): boolean;
  /** Content script → panel: the reader hovered or clicked a highlighted claim. */
  claimPointed(data: { index: number }): void;
  /** Background → panel: the reader asked to check this tab (toolbar button, shortcut, context menu). */
  checkRequested(data: { tabId: number }): void;
  /**
   * Panel → background, the only writer of the saved pages: save this article (read from the tab it was checked in).
   * Terms are stored with it; `tabId` is echoed in the change broadcast.
   */
  savePage(data: { article: Article; tabId: number | null }): CorpusReply<{ outcome: SaveOutcome; page: SavedPageRef }>;
  /** Panel → background: delete a saved page; answers the deleted page (for undo), null when it was already gone. */
  deleteSavedPage(data: { id: string }): CorpusReply<SavedPage | null>;
  /** Panel → background: undo a delete. */
  restoreSavedPage(data: { page: SavedPage }): CorpusReply<RestoreResult>;
  /** Panel → background: import an export file's text, all or nothing. */
  importSavedPages(data: { text: string }): CorpusReply<ImportResult>;
  /** Panel → background: store the reader's verdict for one claim × document ("Wrong? → confirms"). */
  saveCorrection(data: { correction: CorrectionInput }): CorpusReply<Correction>;
  /** Panel → background: remove the correction of one claim × document (undo). */
  deleteCorrection(data: { claim: string; doc: string }): CorpusReply<Correction | null>;
  /** Background → every panel: the saved pages or corrections changed (reload, update the checker, re-check). */
  savedPagesChanged(change: SavedPagesChange): void;
  /** Content script → background (auto mode): an on-topic article loaded in the sender's tab. */
  topicPageFound(): void;
  /** Test builds only — content script → background: open the panel page for the sender's tab. */
  e2eOpenPanel(): void;
  /** Test builds only — panel → content script: what the panel rendered, written into the page for the test. */
  e2eReport(data: { state: string; text: string }): void;
}

/** Typed `sendMessage` / `onMessage` for every context of the extension. */
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
