import { describe, expect, it } from 'vitest';
import { CorpusStoreError, openCorpusStore } from '../../lib/store/corpus-store';
import { normalizeUrl, pageId } from '../../lib/store/normalize-url';
import { createCorpusService } from '../../lib/store/corpus-service';
import type { SavedPagesChange } from '../../lib/types';
import { TOKENIZER_VERSION, tokenize } from '../../lib/text/tokenize';
import { failWritesWithQuota, freshFactory, seedInput, seedUrl, tickingClock } from '../corpus-store/fixtures';

/** The import counts of a file without corrections. */
const NO_CORRECTIONS = { added: 0, merged: 0, skipped: 0 };
/** The page counts of an import that held no pages. */
const NO_PAGES = { added: 0, merged: 0, skipped: 0 };

/** The background's writer over a fresh fake database, recording every change it announces. */
function setUp() {
  const indexedDB = freshFactory();
  const changes: SavedPagesChange[] = [];
  let opens = 0;
  const open = () => {
    opens++;
    return openCorpusStore({ indexedDB, now: tickingClock(), estimate: null, tokenizer: { version: TOKENIZER_VERSION, terms: tokenize } });
  };
  const service = createCorpusService({ open, onChange: (change) => changes.push(change) });
  return { service, changes, reader: () => openCorpusStore({ indexedDB, estimate: null }), opens: () => opens };
}

describe('the saved-pages writer (background)', () => {
  it('saves an article with its sentences and terms, and tells the panels', async () => {
    const { service, changes, reader } = setUp();
    const { article } = seedInput(3);
    const reply = await service.save(article, 7);
    expect(reply.ok).toBe(true);
    const [page] = await (await reader()).listPages();
    expect(page!.sentences.length).toBeGreaterThan(5);
    expect(page!.terms).toEqual(page!.sentences.map(tokenize));
    expect(page!.cites).toEqual([]);
    expect(changes).toEqual([
      { kind: 'saved', outcome: 'created', page: { id: page!.id, title: page!.title, outlet: page!.outlet }, tabId: 7 },
    ]);

    expect(await service.save(article, 7)).toMatchObject({ ok: true, value: { outcome: 'updated' } });
    expect(changes.at(-1)).toMatchObject({ kind: 'saved', outcome: 'updated' });
  });

  it('runs writes in the order they were asked for: a delete sent right after a save deletes it', async () => {
    const { service, changes, reader } = setUp();
    const { article } = seedInput(1);
    // The id is known before the save finishes: it derives from the canonical URL.
    const id = pageId(normalizeUrl(article.url!));
    const [saved, deleted, again] = await Promise.all([
      service.save(article, null),
      service.delete(id),
      service.save(seedInput(2).article, null),
    ]);
    expect(saved).toMatchObject({ ok: true, value: { outcome: 'created', page: { id } } });
    expect(deleted).toMatchObject({ ok: true, value: { id } });
    expect(again.ok).toBe(true);
    expect(changes.map((change) => change.kind)).toEqual(['saved', 'deleted', 'saved']);
    expect((await (await reader()).listPages()).map((page) => page.id)).not.toContain(id);
  });

  it('answers a refused import with the store’s message, changes nothing and announces nothing', async () => {
    const { service, changes, reader } = setUp();
    await service.save(seedInput(0).article, null);
    const reply = await service.import('{"format": "crosscheck-corpus", "version": 1, "pages": [');
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/not valid JSON.*Nothing was imported/) },
    });
    expect(changes.map((change) => change.kind)).toEqual(['saved']);
    expect(await (await reader()).listPages()).toHaveLength(1);
  });

  it('answers a full disk with the store’s message; pages saved before are kept', async () => {
    const { service, changes, reader } = setUp();
    await service.save(seedInput(0).article, null);
    failWritesWithQuota();
    const reply = await service.save(seedInput(1, { url: seedUrl(1, 5) }).article, 3);
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'quota', message: expect.stringMatching(/storage for Crosscheck is full.*Pages you saved before are safe/) },
    });
    expect(changes.at(-1)).toEqual({ kind: 'save-failed', message: (reply as { error: { message: string } }).error.message, tabId: 3 });
    expect(await (await reader()).listPages()).toHaveLength(1);
  });

  it('reports an unavailable database as a message, and tries to open it again on the next write', async () => {
    const changes: SavedPagesChange[] = [];
    let opens = 0;
    const service = createCorpusService({
      open: () => {
        opens++;
        return Promise.reject(new CorpusStoreError('unavailable', 'Your browser does not let Crosscheck store pages here.'));
      },
      onChange: (change) => changes.push(change),
    });
    expect(await service.save(seedInput(0).article, 1)).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'Your browser does not let Crosscheck store pages here.' },
    });
    expect(await service.delete('saved-x')).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(opens).toBe(2);
    expect(changes).toEqual([{ kind: 'save-failed', message: 'Your browser does not let Crosscheck store pages here.', tabId: 1 }]);
  });

  it('announces an undo, and an import only when it changed something', async () => {
    const { service, changes } = setUp();
    const saved = await service.save(seedInput(4).article, null);
    const id = saved.ok ? saved.value.page.id : '';
    const deleted = await service.delete(id);
    expect(await service.delete(id)).toEqual({ ok: true, value: null });
    await service.restore(deleted.ok ? deleted.value! : (null as never));
    const reader = await openCorpusStore({ indexedDB: freshFactory(), estimate: null });
    const empty = JSON.stringify(await reader.exportCorpus());
    expect(await service.import(empty)).toEqual({ ok: true, value: { added: 0, merged: 0, skipped: 0, corrections: NO_CORRECTIONS } });
    expect(changes.map((change) => change.kind)).toEqual(['saved', 'deleted', 'restored']);
  });

  it('saves and removes corrections in order, announcing each; an import with corrections is announced', async () => {
    const { service, changes, reader } = setUp();
    const claim = 'OpenAI says DeepSeek may have used its models.';
    const [saved, replaced, removed, again] = await Promise.all([
      service.saveCorrection({ claim, doc: '003_463d0d3bf59aec75', status: 'confirms', at: '2026-11-01T10:00:00.000Z' }),
      service.saveCorrection({ claim, doc: '003_463d0d3bf59aec75', status: 'leaves_out', at: '2026-11-01T10:01:00.000Z' }),
      service.deleteCorrection(claim, '003_463d0d3bf59aec75'),
      service.deleteCorrection(claim, '003_463d0d3bf59aec75'),
    ]);
    expect(saved).toMatchObject({ ok: true, value: { status: 'confirms' } });
    expect(replaced).toMatchObject({ ok: true, value: { status: 'leaves_out' } });
    // The removal returns what it removed (for the panel's Undo); a second removal finds nothing and says nothing.
    expect(removed).toMatchObject({ ok: true, value: { status: 'leaves_out' } });
    expect(again).toEqual({ ok: true, value: null });
    expect(changes.map((change) => change.kind)).toEqual(['corrected', 'corrected', 'uncorrected']);
    expect(await (await reader()).listCorrections()).toEqual([]);

    const file = JSON.stringify({
      format: 'crosscheck-corpus',
      version: 1,
      exportedAt: '2026-11-02T00:00:00.000Z',
      pages: [],
      corrections: [{ claim, doc: '001_c6cfd16c1f5a8637', status: 'contradicts', at: '2026-11-02T00:00:00.000Z' }],
    });
    expect(await service.import(file)).toEqual({ ok: true, value: { ...NO_PAGES, corrections: { added: 1, merged: 0, skipped: 0 } } });
    expect(changes.at(-1)).toMatchObject({ kind: 'imported' });
    expect(await (await reader()).listCorrections()).toHaveLength(1);
  });

  it('answers a malformed correction with the store’s message and announces nothing', async () => {
    const { service, changes } = setUp();
    const reply = await service.saveCorrection({ claim: ' ', doc: '003', status: 'confirms' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/could not be saved/) } });
    expect(changes).toEqual([]);
  });
});
