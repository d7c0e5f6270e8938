/**
 * The side panel's check worker: the engine, its models and the reader's saved pages live here, off the panel's main
 * thread, so the panel keeps painting and answering while a page is checked. Wiring only: the protocol is
 * `lib/panel-state/check-worker-protocol.ts`, the logic `lib/panel-state/check-service.ts`.
 */
import { bundledCorpus } from '@/lib/bundled-corpus';
import { createEngine, loadEngineModels } from '@/lib/create-engine';
import { message } from '@/lib/extension/i18n';
import type { CheckWorkerMessage, CheckWorkerRequest, MessageEnd } from '@/lib/panel-state/check-worker-protocol';
import { createCheckService, type CheckService } from '@/lib/panel-state/check-service';
import { createPanelCorpus } from '@/lib/panel-state/panel-corpus';
import { openCorpusStore } from '@/lib/store/corpus-store';

/** The worker's global scope, as the protocol's worker end. */
const scope = self as unknown as MessageEnd<CheckWorkerMessage, CheckWorkerRequest>;
const post = (message: CheckWorkerMessage) => scope.postMessage(message);

/** A model file shipped in `public/models/`, fetched from the extension's own origin. */
async function readModelFile(name: string): Promise<Uint8Array> {
  const response = await fetch(new URL(`/models/${name}`, self.location.origin));
  // The worker has no extension API: its messages are the English file's (lib/extension/i18n.ts).
  if (!response.ok) throw new Error(message('modelFileFailed', [name, response.status]));
  return new Uint8Array(await response.arrayBuffer());
}

/** Hands the thread back to the worker's event loop (a pending cancel is then handled); unlike setTimeout, unclamped. */
function yieldToEvents(): Promise<void> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

// Requests that come in while the models load wait for the service, in order.
const early: CheckWorkerRequest[] = [];
let service: CheckService | null = null;
let startError: string | null = null;

scope.addEventListener('message', ({ data }) => {
  if (service) return service.handle(data);
  if (startError === null) return void early.push(data);
  if (data.type === 'check') post({ type: 'failed', id: data.id, message: startError });
});

loadEngineModels(readModelFile).then(
  (models) => {
    const corpus = createPanelCorpus({
      bundled: bundledCorpus(),
      openStore: () => openCorpusStore(),
      createChecker: (docs) => createEngine(docs, models),
    });
    service = createCheckService({ corpus, post, yieldToEvents });
    early.splice(0).forEach((request) => service!.handle(request));
  },
  (error: unknown) => {
    startError = error instanceof Error ? error.message : String(error);
    post({ type: 'failed', id: null, message: startError });
  },
);
