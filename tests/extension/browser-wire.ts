/**
 * WXT's `fakeBrowser` keeps listeners but delivers no message the way @webext-core/messaging sends it (a callback
 * after the message). These stand-ins route `runtime.sendMessage` and `tabs.sendMessage` to the fake
 * `runtime.onMessage` listeners as a browser does, answering `undefined` ("No response") when nobody answers.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { removeAllListeners } from '../../lib/extension/messaging';

type Respond = (response: unknown) => void;

function deliver(message: unknown, sender: object, respond: Respond): void {
  let answered = false;
  const once: Respond = (response) => {
    if (answered) return;
    answered = true;
    respond(response);
  };
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  void trigger(message, sender, once).then((results) => {
    // A listener that returned true answers later through `once`; without one, the sender hears nothing back.
    if (!results.includes(true)) once(undefined);
  });
}

/** Delivers messages to the fake listeners; `tabMessages` records what was sent to which tab. */
export function wireMessaging(): { tabMessages: Array<{ tabId: number; type: string }> } {
  const tabMessages: Array<{ tabId: number; type: string }> = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown, respond: Respond) => {
    deliver(message, { id: fakeBrowser.runtime.id }, respond);
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((
    tabId: number,
    message: { type: string },
    _options: unknown,
    respond: Respond,
  ) => {
    tabMessages.push({ tabId, type: message.type });
    deliver(message, { id: fakeBrowser.runtime.id, tab: { id: tabId } }, respond);
  }) as never);
  return { tabMessages };
}

/**
 * Forgets every listener: the messaging module's (it would keep a dead root listener) and then the fake browser's.
 * Also drops the fake's placeholder `runtime.lastError`, which is truthy: a browser sets it only after a failed call.
 */
export function resetBrowser(): void {
  removeAllListeners();
  fakeBrowser.reset();
  Reflect.deleteProperty(fakeBrowser.runtime, 'lastError');
}
