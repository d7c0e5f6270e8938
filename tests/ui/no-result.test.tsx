/** @vitest-environment happy-dom */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoResult, type NoResultProps } from '../../components/NoResult';
import type { SiteAccessAnswer } from '../../lib/extension/site-access';

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function mount(props: Partial<NoResultProps> & Pick<NoResultProps, 'state'>) {
  const host = document.createElement('div');
  document.body.append(host);
  render(<NoResult shortcut="Alt+Shift+C" onCheckAnyway={() => undefined} onRetry={() => undefined} {...props} />, host);
  return host;
}

describe('the needs-permission state', () => {
  afterEach(() => document.body.replaceChildren());

  it('offers to allow the site last read in the tab, asks for it on click, and says what the browser answered', async () => {
    const answers: SiteAccessAnswer[] = ['declined', 'granted'];
    const onAllowSite = vi.fn(async () => answers.shift()!);
    const host = mount({ state: { kind: 'needs-permission', tabId: 7, site: 'https://news.example/*' }, onAllowSite });
    const button = host.querySelector<HTMLButtonElement>('.allow-site button')!;
    expect(button.textContent).toBe('Allow on news.example');
    expect(host.textContent).toMatch(/news\.example is the site of the page you last checked in this tab/);
    const status = host.querySelector('[role="status"]')!;
    expect(status.textContent).toBe('');
    button.click();
    await settle();
    expect(onAllowSite).toHaveBeenCalledWith({ tabId: 7, site: 'https://news.example/*' });
    expect(status.textContent).toMatch(/^Not allowed/);
    expect(button.disabled).toBe(false);
    button.click();
    await settle();
    expect(status.textContent).toMatch(/^Allowed/);
    expect(button.disabled).toBe(true);
  });

  it("asks for an unknown site through the browser's toolbar request where there is one, and says where to answer", async () => {
    const onAllowSite = vi.fn(async (): Promise<SiteAccessAnswer> => 'asked-in-toolbar');
    const host = mount({ state: { kind: 'needs-permission', tabId: 3, site: null }, onAllowSite, canAskForTabSite: true });
    const button = host.querySelector<HTMLButtonElement>('.allow-site button')!;
    expect(button.textContent).toBe('Allow on this site');
    button.click();
    await settle();
    expect(onAllowSite).toHaveBeenCalledWith({ tabId: 3, site: null });
    expect(host.querySelector('[role="status"]')!.textContent).toMatch(/toolbar/);
  });

  it("names no site where the browser asks for the tab's own site, even one the panel read before", () => {
    const host = mount({
      state: { kind: 'needs-permission', tabId: 3, site: 'https://news.example/*' },
      onAllowSite: async () => 'asked-in-toolbar',
      canAskForTabSite: true,
    });
    expect(host.querySelector('.allow-site button')!.textContent).toBe('Allow on this site');
    expect(host.textContent).not.toMatch(/news\.example/);
  });

  it('says why the request failed when the browser throws', async () => {
    const onAllowSite = vi.fn(async (): Promise<SiteAccessAnswer> => {
      throw new Error('Could not establish connection.');
    });
    const host = mount({ state: { kind: 'needs-permission', tabId: 3, site: 'https://a.example/*' }, onAllowSite });
    host.querySelector<HTMLButtonElement>('.allow-site button')!.click();
    await settle();
    expect(host.querySelector('[role="status"]')!.textContent).toMatch(/Could not establish connection\./);
  });

  it('offers no button when the site is unknown and the browser cannot ask for the tab', () => {
    const host = mount({ state: { kind: 'needs-permission', tabId: 3, site: null }, onAllowSite: async () => 'granted' });
    expect(host.querySelector('.allow-site')).toBeNull();
    expect(host.textContent).toMatch(/reads a page only when you ask/);
  });
});
