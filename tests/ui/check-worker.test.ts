import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../lib/bundled-corpus';
import type { ClaimProgress } from '../../lib/create-checker';
import { createEngine, NO_MODELS } from '../../lib/create-engine';
import { articleFromText } from '../../lib/extract/article-from-text';
import { createCheckClient, type CheckClient } from '../../lib/panel-state/check-client';
import { createCheckService } from '../../lib/panel-state/check-service';
import type { CheckWorkerMessage, CheckWorkerRequest, CorpusSnapshot, MessageEnd } from '../../lib/panel-state/check-worker-protocol';
import { createPanelCorpus } from '../../lib/panel-state/panel-corpus';
import { CorpusStoreError, openCorpusStore } from '../../lib/store/corpus-store';
import { freshFactory, seeds } from '../corpus-store/fixtures';

/** Seed 002 as a page: an article on the story that no bundled document copies. */
const page = articleFromText(seeds[2]!.text, { url: 'https://aiwire.example/openai-distillation' });
/** The protocol is what is under test, not the models (they have their own tests): the rules alone decide. */
const engineModels = async () => NO_MODELS;

/** Lets messages already posted through a MessageChannel arrive, as the worker's own yield does. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

const ports: MessagePort[] = [];
afterEach(() => ports.splice(0).forEach((port) => port.close()));

/**
 * The panel's client and the worker's service, joined by a real MessageChannel (structured clone, asynchronous
 * delivery), over the engine. `openStore` stands for IndexedDB in the worker.
 */
async function connect(
  openStore: Parameters<typeof createPanelCorpus>[0]['openStore'],
): Promise<{ client: CheckClient; corpus: Promise<CorpusSnapshot> }> {
  const loaded = await engineModels();
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  const corpus = createPanelCorpus({ bundled: bundledCorpus(), openStore, createChecker: (docs) => createEngine(docs, loaded) });
  const service = createCheckService({ corpus, post: (message) => port2.postMessage(message), yieldToEvents: turn });
  port2.on('message', (request: CheckWorkerRequest) => service.handle(request));
  const client = createCheckClient(port1 as unknown as MessageEnd<CheckWorkerRequest, CheckWorkerMessage>);
  const first = new Promise<CorpusSnapshot>((resolve) => client.onCorpus(resolve));
  return { client, corpus: first };
}

const unavailableStore = () => Promise.reject(new CorpusStoreError('unavailable', 'Saved pages are unavailable in private windows.'));

describe('the check worker protocol', () => {
  it('streams every claim in page order with real progress, then the same result the engine gives in one go', async () => {
    const { client } = await connect(unavailableStore);
    const streamed: ClaimProgress[] = [];
    const result = await client.check(page, (progress) => streamed.push(progress));
    expect(result).not.toBeNull();
    const whole = createEngine(bundledCorpus(), await engineModels()).check(page);
    expect(result).toEqual(whole);
    expect(streamed.length).toBe(whole.claims.length);
    expect(streamed.length).toBeGreaterThan(5);
    expect(streamed.map((p) => [p.done, p.total])).toEqual(whole.claims.map((_, i) => [i + 1, whole.claims.length]));
    expect(streamed.map((p) => p.claim)).toEqual(whole.claims);
  });

  it('stops a cancelled check at its next claim: no result, and the worker is free for the next check', async () => {
    const { client } = await connect(unavailableStore);
    const controller = new AbortController();
    const streamed: ClaimProgress[] = [];
    const cancelled = await client.check(
      page,
      (progress) => {
        streamed.push(progress);
        if (progress.done === 2) controller.abort();
      },
      controller.signal,
    );
    expect(cancelled).toBeNull();
    expect(streamed.map((p) => p.done)).toEqual([1, 2]);
    const next = await client.check(page, () => undefined);
    expect(next?.claims.length).toBe(streamed[0]!.total);
  });

  it('lets a newer check supersede an older one', async () => {
    const { client } = await connect(unavailableStore);
    const older = client.check(page, () => undefined);
    const newer = client.check(articleFromText(seeds[3]!.text), () => undefined);
    expect(await older).toBeNull();
    expect((await newer)?.title).toBe(articleFromText(seeds[3]!.text).title);
  });

  it('checks against the bundled articles alone when saved pages cannot be read, and tells the panel why', async () => {
    const { client, corpus } = await connect(unavailableStore);
    const snapshot = await corpus;
    expect(snapshot.status).toEqual({
      kind: 'unavailable',
      code: 'unavailable',
      message: 'Saved pages are unavailable in private windows.',
    });
    expect(snapshot.docs.map(([id]) => id)).toEqual(bundledCorpus().map((doc) => doc.id));
    expect(snapshot.docs[0]![1]).toEqual({ title: bundledCorpus()[0]!.title, cites: bundledCorpus()[0]!.cites });
    const result = await client.check(page, () => undefined);
    expect(result?.corpus.saved).toBe(0);
  });

  it('streams claims with the reader’s corrections applied, as they read in the final result', async () => {
    const indexedDB = freshFactory();
    const writer = await openCorpusStore({ indexedDB, estimate: null });
    const whole = createEngine(bundledCorpus(), await engineModels()).check(page);
    const target = whole.claims.find((claim) => claim.verdicts.some((v) => v.status !== 'contradicts'))!;
    const verdict = target.verdicts.find((v) => v.status !== 'contradicts')!;
    await writer.saveCorrection({ claim: target.text, doc: verdict.doc, status: 'contradicts' });
    const { client, corpus } = await connect(() => openCorpusStore({ indexedDB, estimate: null }));
    expect((await corpus).corrections).toBe(1);
    const streamed: ClaimProgress[] = [];
    const result = (await client.check(page, (progress) => streamed.push(progress)))!;
    const corrected = streamed.find((p) => p.claim.index === target.index)!.claim;
    expect(corrected.verdicts.find((v) => v.doc === verdict.doc)).toMatchObject({
      status: 'contradicts',
      corrected: { engineStatus: verdict.status },
    });
    expect(corrected.contradicted).toBe(true);
    expect(streamed.map((p) => p.claim)).toEqual(result.claims);
    writer.close();
  });

  it('fails every check with the reason when the worker could not start', async () => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    const client = createCheckClient(port1 as unknown as MessageEnd<CheckWorkerRequest, CheckWorkerMessage>);
    const pending = client.check(page, () => undefined);
    port2.postMessage({
      type: 'failed',
      id: null,
      message: 'Crosscheck could not load its model file stance.bin (404).',
    } satisfies CheckWorkerMessage);
    await expect(pending).rejects.toThrow('stance.bin (404)');
    await expect(client.check(page, () => undefined)).rejects.toThrow('stance.bin (404)');
  });
});
