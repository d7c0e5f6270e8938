import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article } from './types';

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
  /** Content script → background (auto mode): an on-topic article loaded in the sender's tab. */
  topicPageFound(): void;
  /** Test builds only — content script → background: open the panel page for the sender's tab. */
  e2eOpenPanel(): void;
  /** Test builds only — panel → content script: what the panel rendered, written into the page for the test. */
  e2eReport(data: { state: string; text: string }): void;
}

/** Typed `sendMessage` / `onMessage` for every context of the extension. */
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
