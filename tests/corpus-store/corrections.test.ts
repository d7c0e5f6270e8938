import { describe, expect, it } from 'vitest';
import { correctionKey, type Correction } from '../../lib/verdict/apply-corrections';
import { bundledCorpus } from '../../lib/bundled-corpus';
import { parseCorpusExport, stringifyCorpusExport } from '../../lib/store/corpus-export';
import { CorpusStoreError, type CorpusStore } from '../../lib/store/corpus-store';
import { createChecker } from '../../lib/create-checker';
import { articleFromText } from '../../lib/extract/article-from-text';
import { corpusSnapshot, distinctInputs, freshFactory, openTestStore, seeds, tickingClock } from './fixtures';

const corpus = bundledCorpus();
const checker = createChecker(corpus);
const businessInsider = corpus.find((doc) => doc.id.startsWith('003'))!.id;
const newzvia = corpus.find((doc) => doc.id.startsWith('001'))!.id;
/** Seed 004 as a page: its "uploading data en masse" claim is one the engine calls contradicted by Business Insider. */
const page004 = articleFromText(seeds[4]!.text, { url: 'https://theledger.example/openai-deepseek' });
const enMasse = checker.check(page004).claims.find((claim) => claim.text.includes('uploading data en masse'))!.text;

/** A reader's correction of the en-masse claim × `doc`. */
const correction = (status: Correction['status'], at: string, doc = businessInsider): Correction => ({
  claim: enMasse,
  doc,
  status,
  at,
  url: page004.url,
});

async function storeWith(corrections: Correction[], pages = 3): Promise<CorpusStore> {
  const store = await openTestStore();
  for (const input of distinctInputs(pages)) await store.savePage(input);
  for (const item of corrections) await store.saveCorrection(item);
  return store;
}

describe('saving a correction', () => {
  it('stores it, stamped with the store clock when it has no time, and lists corrections oldest first', async () => {
    const store = await openTestStore({ now: tickingClock(Date.UTC(2026, 10, 1, 10)) });
    const first = await store.saveCorrection({ claim: enMasse, doc: businessInsider, status: 'confirms' });
    expect(first).toEqual({ claim: enMasse, doc: businessInsider, status: 'confirms', at: '2026-11-01T10:00:00.000Z' });
    const earlier = correction('leaves_out', '2026-10-01T08:00:00.000Z', newzvia);
    await store.saveCorrection(earlier);
    expect(await store.listCorrections()).toEqual([earlier, first]);
    store.close();
  });

  it('replaces the correction of the same claim × document, whatever the claim’s typography', async () => {
    const store = await storeWith([correction('confirms', '2026-11-01T10:00:00.000Z')]);
    const retyped = { ...correction('leaves_out', '2026-11-02T10:00:00.000Z'), claim: enMasse.replace(/'/g, '’').replace(/ /g, '  ') };
    expect(correctionKey(retyped.claim, retyped.doc)).toBe(correctionKey(enMasse, businessInsider));
    await store.saveCorrection(retyped);
    expect(await store.listCorrections()).toEqual([retyped]);
    store.close();
  });

  it('refuses a malformed correction with a clear message and stores nothing', async () => {
    const store = await storeWith([]);
    const bad = { claim: enMasse, doc: businessInsider, status: 'agrees' } as unknown as Correction;
    const error = await store.saveCorrection(bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CorpusStoreError);
    expect(error).toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/could not be saved.*confirms, contradicts or leaves out/),
    });
    expect(await store.listCorrections()).toEqual([]);
    store.close();
  });

  it('survives closing and reopening the database', async () => {
    const indexedDB = freshFactory();
    const first = await openTestStore({ indexedDB, name: 'corpus' });
    const saved = await first.saveCorrection(correction('confirms', '2026-11-01T10:00:00.000Z'));
    first.close();
    const second = await openTestStore({ indexedDB, name: 'corpus' });
    expect(await second.listCorrections()).toEqual([saved]);
    second.close();
  });
});

describe('removing a correction (undo)', () => {
  it('removes only that claim × document and returns it; a second removal finds nothing', async () => {
    const kept = correction('leaves_out', '2026-11-01T09:00:00.000Z', newzvia);
    const removed = correction('confirms', '2026-11-01T10:00:00.000Z');
    const store = await storeWith([kept, removed]);
    expect(await store.deleteCorrection(enMasse, businessInsider)).toEqual(removed);
    expect(await store.listCorrections()).toEqual([kept]);
    expect(await store.deleteCorrection(enMasse, businessInsider)).toBeNull();
    expect(await store.listPages()).toHaveLength(3);
    store.close();
  });
});

describe('stored corrections override the engine', () => {
  it('the engine’s verdict on a seed claim is replaced by the stored one, and restored by the undo', async () => {
    const store = await storeWith([correction('confirms', '2026-11-01T10:00:00.000Z')]);
    const verdictOf = (corrections: Correction[]) =>
      checker
        .check(page004, { corrections })
        .claims.find((claim) => claim.text === enMasse)!
        .verdicts.find((v) => v.doc === businessInsider)!;
    expect(verdictOf([]).status).toBe('contradicts');
    expect(verdictOf(await store.listCorrections())).toMatchObject({ status: 'confirms', corrected: { engineStatus: 'contradicts' } });
    await store.deleteCorrection(enMasse, businessInsider);
    expect(verdictOf(await store.listCorrections()).status).toBe('contradicts');
    store.close();
  });
});

describe('corrections in the export file', () => {
  it('are exported, oldest first, with exactly the documented fields', async () => {
    const store = await storeWith([
      correction('confirms', '2026-11-02T10:00:00.000Z'),
      correction('leaves_out', '2026-11-01T10:00:00.000Z', newzvia),
    ]);
    const data = await store.exportCorpus();
    expect(data.corrections.map((c) => c.doc)).toEqual([newzvia, businessInsider]);
    expect(Object.keys(data.corrections[0]!)).toEqual(['claim', 'doc', 'status', 'at', 'url']);
    expect(parseCorpusExport(stringifyCorpusExport(data))).toEqual({ ok: true, value: data });
    store.close();
  });

  it('round-trip: export → import into an empty store gives an equal corpus, pages and corrections', async () => {
    const source = await storeWith(
      [correction('confirms', '2026-11-02T10:00:00.000Z'), correction('leaves_out', '2026-11-01T10:00:00.000Z', newzvia)],
      5,
    );
    const file = stringifyCorpusExport(await source.exportCorpus());
    const target = await openTestStore();
    expect(await target.importCorpus(file)).toEqual({ added: 5, merged: 0, skipped: 0, corrections: { added: 2, merged: 0, skipped: 0 } });
    expect(await corpusSnapshot(target)).toBe(await corpusSnapshot(source));
    // Importing the same file again changes nothing.
    expect(await target.importCorpus(file)).toEqual({ added: 0, merged: 0, skipped: 5, corrections: { added: 0, merged: 0, skipped: 2 } });
    expect(await corpusSnapshot(target)).toBe(await corpusSnapshot(source));
    source.close();
    target.close();
  });

  it('merge duplicates by claim × document, keeping the latest — from the store or the file', async () => {
    const store = await storeWith([
      correction('confirms', '2026-11-05T10:00:00.000Z'),
      correction('confirms', '2026-11-01T10:00:00.000Z', newzvia),
    ]);
    const file = stringifyCorpusExport({
      format: 'crosscheck-corpus',
      version: 1,
      exportedAt: '2026-11-06T00:00:00.000Z',
      pages: [],
      corrections: [
        // Older than the store's: skipped.
        correction('leaves_out', '2026-11-03T10:00:00.000Z'),
        // Newer than the store's, and repeated in the file: the latest of the file wins.
        { ...correction('contradicts', '2026-11-04T10:00:00.000Z', newzvia), claim: enMasse.toUpperCase() },
        correction('leaves_out', '2026-11-02T10:00:00.000Z', newzvia),
      ],
    });
    expect(await store.importCorpus(file)).toEqual({ added: 0, merged: 0, skipped: 0, corrections: { added: 0, merged: 2, skipped: 1 } });
    const byDoc = new Map((await store.listCorrections()).map((c) => [c.doc, c]));
    expect(byDoc.size).toBe(2);
    expect(byDoc.get(businessInsider)).toMatchObject({ status: 'confirms', at: '2026-11-05T10:00:00.000Z' });
    expect(byDoc.get(newzvia)).toMatchObject({ status: 'contradicts', at: '2026-11-04T10:00:00.000Z' });
    store.close();
  });

  it('a file without a "corrections" field imports its pages and keeps the stored corrections', async () => {
    const store = await storeWith([correction('confirms', '2026-11-05T10:00:00.000Z')], 0);
    const source = await storeWith([], 2);
    const { corrections: _none, ...withoutCorrections } = await source.exportCorpus();
    expect(await store.importCorpus(JSON.stringify(withoutCorrections))).toMatchObject({
      added: 2,
      corrections: { added: 0, merged: 0, skipped: 0 },
    });
    expect(await store.listCorrections()).toHaveLength(1);
    store.close();
    source.close();
  });

  describe('a malformed correction makes the whole import fail with a clear message, changing nothing', () => {
    const good = correction('confirms', '2026-11-09T10:00:00.000Z', newzvia);
    const cases: Array<[string, unknown, RegExp, string]> = [
      [
        'a status that is not one',
        { ...good, status: 'agrees' },
        /Correction 2 of 2 \(corrections\[1\]\): "status" must be "confirms", "contradicts" or "leaves_out", found "agrees"\. Nothing was imported\./,
        'corrections[1].status',
      ],
      [
        'no claim',
        { doc: good.doc, status: good.status, at: good.at },
        /Correction 2 of 2 \(corrections\[1\]\) has no "claim"\. Nothing was imported\./,
        'corrections[1].claim',
      ],
      [
        'a time that is not one',
        { ...good, at: 'yesterday' },
        /"at" must be a date and time \(ISO 8601\), found a text/,
        'corrections[1].at',
      ],
      ['not an object', 'confirms', /Correction 2 of 2 \(corrections\[1\]\) must be an object, found a text\./, 'corrections[1]'],
    ];
    for (const [name, bad, message, path] of cases) {
      it(name, async () => {
        const store = await storeWith([correction('confirms', '2026-11-05T10:00:00.000Z')]);
        const before = await corpusSnapshot(store);
        const source = await storeWith([], 2);
        const file = JSON.stringify({ ...(await source.exportCorpus()), corrections: [good, bad] });
        const error = await store.importCorpus(file).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(CorpusStoreError);
        expect(error).toMatchObject({
          code: 'invalid',
          message: expect.stringMatching(message),
          importError: { code: 'invalid-field', path },
        });
        // Neither the file's (valid) pages nor its valid correction went in.
        expect(await corpusSnapshot(store)).toBe(before);
        store.close();
        source.close();
      });
    }
  });
});
