/** Browser glue: the message protocol, settings, auto mode, reading a tab, opening the panel, the background's service, strings. */
export { message } from './i18n';
export { openPanel } from './open-panel';
export { readTab } from './read-tab';
