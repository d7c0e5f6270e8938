/**
 * The worker's side of the check protocol: one panel corpus, one check at a time, streamed claim by claim.
 *
 * Checks and corpus changes run one after the other (a change must not add a document to the checker while a check
 * is walking it); a cancel, or a newer check, is seen between two claims, where the loop hands the thread back to
 * the worker's event loop. Browser-free: the corpus, the reply channel and the yield are injected.
 */
import type { Checker } from '../create-checker';
import type { CheckResult, Claim } from '../types';
import { applyCorrections } from '../verdict/apply-corrections';
import type { CheckWorkerMessage, CheckWorkerRequest, CorpusSnapshot } from './check-worker-protocol';
import type { PanelCorpus } from './panel-corpus';

export interface CheckServiceOptions {
  /** The corpus the checks run against (created with the engine's models). */
  corpus: PanelCorpus;
  post(message: CheckWorkerMessage): void;
  /** Resolves once pending messages (a cancel) have been handled: the worker's `MessageChannel` round trip. */
  yieldToEvents(): Promise<void>;
}

export interface CheckService {
  handle(request: CheckWorkerRequest): void;
  /** Resolves when everything handled so far has finished (tests). */
  idle(): Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The corpus as the panel sees it. */
export function snapshotOf(corpus: PanelCorpus): CorpusSnapshot {
  return {
    version: corpus.version(),
    status: corpus.status(),
    pages: [...corpus.pages()],
    corrections: corpus.corrections().length,
    docs: [...corpus.docs()].map(([id, doc]) => [id, { title: doc.title, cites: doc.cites }]),
  };
}

export function createCheckService({ corpus, post, yieldToEvents }: CheckServiceOptions): CheckService {
  /** The one check the panel still wants; 0 when none. */
  let wanted = 0;
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (work: () => Promise<void>) => {
    queue = queue.then(work).catch((error: unknown) => post({ type: 'failed', id: null, message: messageOf(error) }));
  };
  corpus.subscribe(() => post({ type: 'corpus', corpus: snapshotOf(corpus) }));

  /** One streamed claim with the reader's corrections applied, as it will read in the final result. */
  function corrected(claim: Claim): Claim {
    const corrections = corpus.corrections();
    if (corrections.length === 0) return claim;
    const docs = corpus.docs();
    // applyCorrections reads only `claims` of the result: one claim at a time gives what the whole check gives.
    const single = { claims: [claim] } as unknown as CheckResult;
    return applyCorrections(single, corrections, (id) => docs.get(id)?.cites ?? []).claims[0]!;
  }

  async function check(id: number, request: Extract<CheckWorkerRequest, { type: 'check' }>): Promise<void> {
    let checker: Checker;
    try {
      checker = await corpus.checker();
    } catch (error) {
      post({ type: 'failed', id, message: messageOf(error) });
      return;
    }
    if (wanted !== id) return post({ type: 'cancelled', id });
    try {
      const steps = checker.checkClaims(request.article, { corrections: corpus.corrections() });
      for (;;) {
        const step = steps.next();
        if (step.done) {
          const { claims: _streamed, ...result } = step.value;
          return post({ type: 'done', id, result });
        }
        post({ type: 'claim', id, claim: corrected(step.value.claim), done: step.value.done, total: step.value.total });
        await yieldToEvents();
        if (wanted !== id) return post({ type: 'cancelled', id });
      }
    } catch (error) {
      post({ type: 'failed', id, message: messageOf(error) });
    }
  }

  return {
    handle(request) {
      switch (request.type) {
        case 'check':
          wanted = request.id;
          return enqueue(() => check(request.id, request));
        case 'cancel':
          if (wanted === request.id) wanted = 0;
          return;
        case 'corpus-change':
          return enqueue(() => corpus.apply(request.change));
      }
    },
    idle: () => queue,
  };
}
