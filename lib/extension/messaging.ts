import { defineExtensionMessaging } from '@webext-core/messaging';
import type { HighlightNames, HighlightReport, HighlightRequest } from '../page/page-highlighter';
import type {
  Article,
  Correction,
  CorpusReply,
  CorrectionInput,
  ImportResult,
  ProbeTiming,
  RestoreResult,
  SavedPage,
  SavedPageRef,
  SavedPagesChange,
  SaveOutcome,
} from '../types';

/** The content script's answer to "what is on this page?". */
export type PageReport =
  | { kind: 'article'; article: Article; topic: boolean; probe: ProbeTiming }
  | { kind: 'not-article'; title: string; url: string; probe: ProbeTiming };

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
  /**
   * Content script → background: paint the highlights registered under these names in the sender's frame (the
   * names are random per page load, so their styles are inserted with them; see docs/privacy.md).
   */
  styleHighlights(names: HighlightNames): boolean;
  /** Test builds only — content script → background: open the panel page for the sender's tab. */
  e2eOpenPanel(): void;
  /** Test builds only — content script → background: which of the extension's context-menu items exist now. */
  e2eMenuIds(): string[];
  /** Test builds only — panel → content script: what the panel rendered, written into the page for the test. */
  e2eReport(data: { state: string; text: string }): void;
}

/** Typed `sendMessage` / `onMessage` for every context of the extension. */
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
