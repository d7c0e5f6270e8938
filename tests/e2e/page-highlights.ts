import type { Page } from 'playwright-core';
import { PageWorlds } from './page-worlds';

/** How many claim ranges each highlight of the extension holds in a tab. */
export interface HighlightSizes {
  unverified: number;
  contradicted: number;
  flash: number;
}

const attached = new WeakMap<Page, Promise<PageWorlds>>();

/**
 * What the extension's highlights hold in a tab. The names are random per page load and say nothing, so which name
 * holds which kind is read from the extension's isolated world (test builds keep the names there, out of the page's
 * reach); the ranges are counted in the page's registry, as the page itself would see them.
 */
export async function highlightSizes(page: Page): Promise<HighlightSizes> {
  let worlds = attached.get(page);
  if (!worlds) attached.set(page, (worlds = PageWorlds.attach(page.context(), page)));
  const tab = await worlds;
  const isolated = tab.list().find((world) => world.type === 'isolated' && world.name === 'Crosscheck');
  if (!isolated) return { unverified: 0, contradicted: 0, flash: 0 };
  const names = await tab.evaluate<Record<keyof HighlightSizes, string> | null>('globalThis.crosscheckE2eHighlightNames ?? null', isolated);
  if (!names) return { unverified: 0, contradicted: 0, flash: 0 };
  return tab.evaluate<HighlightSizes>(
    `(() => { const size = (name) => CSS.highlights.get(name)?.size ?? 0; return { unverified: size(${JSON.stringify(names.unverified)}), contradicted: size(${JSON.stringify(names.contradicted)}), flash: size(${JSON.stringify(names.flash)}) }; })()`,
  );
}

/** Every highlight in a tab's registry, as any script of the page can list it: name and the text of each range. */
export const PAGE_HIGHLIGHTS = `[...CSS.highlights].map(([name, highlight]) => ({ name, texts: [...highlight].map((range) => range.toString()) }))`;
