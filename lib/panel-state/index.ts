/** The side panel's state without the view: its corpus, the tab check's state machine, the check worker's protocol, wording. */
export { createPanelCorpus } from './panel-corpus';
export * from './tab-check';
