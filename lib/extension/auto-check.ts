import { browser } from 'wxt/browser';
import { autoCheckEnabled } from './settings';

/** Id of the dynamically registered content script of auto mode. */
const SCRIPT_ID = 'crosscheck-auto';
/** Auto mode needs to read every page the reader opens; it asks for exactly this, and only when switched on. */
const ORIGINS = ['<all_urls>'];
/** Built file name (WXT output of entrypoints/page-reader) of the content script. */
export const CONTENT_SCRIPT_FILE = '/page-reader.js';

async function register(): Promise<void> {
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing && isCurrent(existing)) return;
  // Registered by an earlier version (another file, a style sheet): registrations outlive updates, so replace it.
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      // No style sheet: highlight names are random per page load, so their styles are inserted with them.
      js: [CONTENT_SCRIPT_FILE.slice(1)],
      matches: ORIGINS,
      // After the page has settled: the probe then reads the finished article and never delays the page's own load.
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/** Whether a registration is this version's: the page reader's file alone, on every site. */
function isCurrent(script: { js?: string[]; css?: string[]; matches?: string[] }): boolean {
  const file = CONTENT_SCRIPT_FILE.slice(1);
  return (
    script.js?.length === 1 &&
    script.js[0]!.replace(/^\//, '') === file &&
    (script.css ?? []).length === 0 &&
    JSON.stringify(script.matches) === JSON.stringify(ORIGINS)
  );
}

async function unregister(): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
}

/**
 * Switches "check news pages automatically" on or off. Switching on asks the browser for the optional
 * `<all_urls>` permission — call it straight from the click handler, before any `await`, or the browser refuses
 * for want of a user gesture. Returns the resulting state (false when the reader declined).
 */
export async function setAutoCheck(enabled: boolean): Promise<boolean> {
  if (enabled) {
    const granted = await browser.permissions.request({ origins: ORIGINS });
    if (!granted) return false;
    await register();
  } else {
    await unregister();
    // Give the permission back: off means the extension can read no page it is not asked to.
    await browser.permissions.remove({ origins: ORIGINS }).catch(() => false);
  }
  await autoCheckEnabled.setValue(enabled);
  return enabled;
}

/**
 * Brings registration in line with the permission the browser actually holds (the reader can revoke it in the
 * browser's own settings): registered only while the setting is on and the permission granted.
 */
export async function syncAutoCheck(): Promise<boolean> {
  const granted = await browser.permissions.contains({ origins: ORIGINS });
  const wanted = granted && (await autoCheckEnabled.getValue());
  if (wanted) await register();
  else await unregister();
  if (!wanted) await autoCheckEnabled.setValue(false);
  return wanted;
}
