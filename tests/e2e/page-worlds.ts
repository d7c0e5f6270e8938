import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** One JavaScript world of a tab: a frame's main world, or an isolated world (the extension's, Playwright's). */
export interface World {
  id: number;
  /** 'default' for a frame's own scripts, 'isolated' for content scripts and tooling. */
  type: string;
  /** The world's name: empty for main worlds, the extension's name for its content scripts. */
  name: string;
  origin: string;
}

/**
 * Reads a tab through the DevTools protocol instead of `page.evaluate`: `Runtime.evaluate` with `returnByValue`
 * serialises natively, so it calls none of the page's (possibly sabotaged) built-ins, and it can reach every
 * world of the tab — each frame's main world and the extension's isolated world — not only the main frame's.
 */
export class PageWorlds {
  private readonly worlds = new Map<number, World>();

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = (context.auxData ?? {}) as { type?: string };
      this.worlds.set(context.id, { id: context.id, type: aux.type ?? 'default', name: context.name, origin: context.origin });
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => this.worlds.delete(executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => this.worlds.clear());
  }

  /** Attaches to a tab; worlds that already exist are reported when the session enables the runtime domain. */
  static async attach(context: BrowserContext, page: Page): Promise<PageWorlds> {
    const worlds = new PageWorlds(await context.newCDPSession(page));
    await worlds.cdp.send('Runtime.enable');
    return worlds;
  }

  /** Every world the tab has now. */
  list(): World[] {
    return [...this.worlds.values()];
  }

  /** Evaluates an expression in one world (the main frame's main world by default) and returns its JSON value. */
  async evaluate<T>(expression: string, world?: World): Promise<T> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
      ...(world ? { contextId: world.id } : {}),
    });
    if (exceptionDetails)
      throw new Error(`${expression.slice(0, 80)}… threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
