import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openPanel, panelPageUrl } from '../../lib/extension/open-panel';
import { resetBrowser } from './browser-wire';

/**
 * Makes the fake browser Chrome for one test: no `sidebarAction` (Firefox's), and a `sidePanel` (which WXT's fake
 * lacks), put back as they were afterwards.
 */
function asChrome(): { open: ReturnType<typeof vi.fn> } {
  const fake = fakeBrowser as unknown as Record<string, unknown>;
  const { sidebarAction } = fake;
  const hadSidePanel = 'sidePanel' in fake;
  const chromeSidePanel = { open: vi.fn().mockResolvedValue(undefined) };
  delete fake.sidebarAction;
  fake.sidePanel = chromeSidePanel;
  restore.push(() => {
    fake.sidebarAction = sidebarAction;
    if (!hadSidePanel) delete fake.sidePanel;
  });
  return chromeSidePanel;
}
const restore: Array<() => void> = [];

describe('openPanel', () => {
  beforeEach(resetBrowser);
  afterEach(() => {
    restore.splice(0).forEach((undo) => undo());
    resetBrowser();
  });

  it('opens Firefox’s sidebar where the browser has one (and does not look for a side panel)', async () => {
    const sidebar = vi.spyOn(fakeBrowser.sidebarAction, 'open').mockResolvedValue(undefined);
    await openPanel({ windowId: 3 });
    expect(sidebar).toHaveBeenCalledTimes(1);
  });

  it('opens Chrome’s side panel for the tab’s window', async () => {
    const sidePanel = asChrome();
    await openPanel({ windowId: 3 });
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('calls the browser before it returns (the user gesture is gone after the first await)', () => {
    const sidePanel = asChrome();
    void openPanel({ windowId: 3 });
    expect(sidePanel.open).toHaveBeenCalledTimes(1);
  });

  it('passes the browser’s refusal on (no gesture, no window)', async () => {
    asChrome().open.mockRejectedValue(new Error('`sidePanel.open()` may only be called in response to a user gesture.'));
    await expect(openPanel({ windowId: 3 })).rejects.toThrow(/user gesture/);
  });
});

describe('panelPageUrl', () => {
  it('is the extension’s panel page for one tab (pop-out)', () => {
    expect(panelPageUrl(12)).toBe(`chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html?tab=12`);
  });
});
