import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CONTENT_SCRIPT_FILE, setAutoCheck, syncAutoCheck } from '../../lib/extension/auto-check';
import { autoCheckEnabled } from '../../lib/extension/settings';
import { resetBrowser } from './browser-wire';

type Registration = { id: string; js?: string[]; css?: string[]; matches?: string[]; runAt?: string; persistAcrossSessions?: boolean };

/**
 * The browser's side of auto mode: the optional `<all_urls>` grant (the reader's answer to the prompt decides it)
 * and the registered content scripts, kept as the browser keeps them.
 */
function fakeAutoModeBrowser({ answer = true }: { answer?: boolean } = {}) {
  const state = { granted: false, scripts: new Map<string, Registration>(), prompts: 0 };
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
    state.prompts++;
    state.granted ||= answer;
    return answer;
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => state.granted);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async () => {
    const had = state.granted;
    state.granted = false;
    return had;
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async (filter?: { ids?: string[] }) =>
    [...state.scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id))) as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (scripts: Registration[]) => {
    for (const script of scripts) {
      if (state.scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      state.scripts.set(script.id, structuredClone(script));
    }
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async (filter?: { ids?: string[] }) => {
    for (const id of filter?.ids ?? [...state.scripts.keys()]) state.scripts.delete(id);
  }) as never);
  return state;
}

describe('auto mode (check news pages automatically)', () => {
  beforeEach(resetBrowser);
  afterEach(resetBrowser);

  it('when switched on and allowed, runs the page reader on every site once the page settles, and remembers it', async () => {
    const browser = fakeAutoModeBrowser();
    await expect(setAutoCheck(true)).resolves.toBe(true);
    expect(browser.prompts).toBe(1);
    expect([...browser.scripts.values()]).toEqual([
      { id: 'crosscheck-auto', js: ['page-reader.js'], matches: ['<all_urls>'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    // No style sheet with it: highlight names are random per page load, so their styles come with them.
    expect(CONTENT_SCRIPT_FILE).toBe('/page-reader.js');
    await expect(autoCheckEnabled.getValue()).resolves.toBe(true);
  });

  it('when the reader declines the permission, stays off and registers nothing', async () => {
    const browser = fakeAutoModeBrowser({ answer: false });
    await expect(setAutoCheck(true)).resolves.toBe(false);
    expect(browser.scripts.size).toBe(0);
    await expect(autoCheckEnabled.getValue()).resolves.toBe(false);
  });

  it('when switched off, unregisters the script and gives the permission back', async () => {
    const browser = fakeAutoModeBrowser();
    await setAutoCheck(true);
    await expect(setAutoCheck(false)).resolves.toBe(false);
    expect(browser.scripts.size).toBe(0);
    expect(browser.granted).toBe(false);
    await expect(autoCheckEnabled.getValue()).resolves.toBe(false);
  });

  it('switched on twice registers the script once', async () => {
    const browser = fakeAutoModeBrowser();
    await setAutoCheck(true);
    await setAutoCheck(true);
    expect(browser.scripts.size).toBe(1);
  });

  it('follows the browser when the reader revokes the permission in its settings', async () => {
    const browser = fakeAutoModeBrowser();
    await setAutoCheck(true);
    browser.granted = false;
    await expect(syncAutoCheck()).resolves.toBe(false);
    expect(browser.scripts.size).toBe(0);
    await expect(autoCheckEnabled.getValue()).resolves.toBe(false);
  });

  it('re-registers after a start where the setting is on and the permission held but the script is gone', async () => {
    const browser = fakeAutoModeBrowser();
    await setAutoCheck(true);
    browser.scripts.clear();
    await expect(syncAutoCheck()).resolves.toBe(true);
    expect([...browser.scripts.keys()]).toEqual(['crosscheck-auto']);
  });

  it('never registers on a start when the permission is held but the reader never switched it on', async () => {
    const browser = fakeAutoModeBrowser();
    browser.granted = true;
    await expect(syncAutoCheck()).resolves.toBe(false);
    expect(browser.scripts.size).toBe(0);
  });

  it('replaces a registration an earlier version left (its file and fixed-name style sheet no longer exist)', async () => {
    const browser = fakeAutoModeBrowser();
    await setAutoCheck(true);
    browser.scripts.set('crosscheck-auto', {
      id: 'crosscheck-auto',
      js: ['content-scripts/content.js'],
      css: ['highlights.css'],
      matches: ['<all_urls>'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    await expect(syncAutoCheck()).resolves.toBe(true);
    expect(browser.scripts.get('crosscheck-auto')).toMatchObject({ js: ['page-reader.js'] });
    expect(browser.scripts.get('crosscheck-auto')?.css).toBeUndefined();
  });
});
