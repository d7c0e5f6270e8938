/**
 * The reader's saved pages as plain data, and the versioned JSON file they are exported to and imported from.
 * Pure and browser-free: the extension, the CLI (`crosscheck --corpus export.json`) and the tests share it.
 */
import { isCorrection, type Correction } from '../verdict/apply-corrections';
import type { CorpusDoc } from '../types';

/** One page the reader saved. Plain JSON-serialisable data: it is stored in IndexedDB and exported as is. */
export interface SavedPage {
  /** Stable id, unique in the store; a hash of the canonical URL for pages saved by this version. */
  id: string;
  /** The address the page was (last) saved from. */
  url: string;
  /** The page's canonical address, normalised (no fragment, no tracking parameters); unique in the store. */
  canonicalUrl: string;
  /** Headline; never blank. */
  title: string;
  /** Site name from the page's metadata, else its host; never blank. */
  outlet: string;
  byline: string | null;
  /** ISO date string when the page states one. */
  publishedTime: string | null;
  /** ISO instant the page was first saved; kept when the page is saved again. */
  savedAt: string;
  /** ISO instant of the latest save or merge. */
  updatedAt: string;
  /** Article text, paragraphs separated by a blank line. */
  text: string;
  /** The text's sentences, in order (from the engine's sentence splitter). */
  sentences: string[];
  /** `contentHash(text)`: identical content under another URL is not stored twice. */
  contentHash: string;
  /** Outlets the article names as its sources. */
  cites: string[];
  /**
   * The sentences' terms as the engine's `tokenize` made them at save time, so a large saved corpus loads without
   * re-tokenising. Stored only, never exported: they are derived data, recomputed on import.
   */
  terms?: string[][];
  /** The engine's TOKENIZER_VERSION when `terms` were made; terms of another version are ignored by the engine. */
  termsVersion?: number;
}

/** `format` of every corpus export file. */
export const CORPUS_EXPORT_FORMAT = 'crosscheck-corpus';
/** Version of the export file format this code writes and reads (independent of the database schema version). */
export const CORPUS_EXPORT_VERSION = 1;
// A heavy reader's corpus is ~1,000 pages × ~50 KB; 50 MiB leaves room for that while keeping JSON.parse in
// the side panel well under a second and its memory bounded.
/** Largest export file `parseCorpusExport` accepts by default, in bytes (UTF-8). */
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The export file, version 1. */
export interface CorpusExport {
  format: typeof CORPUS_EXPORT_FORMAT;
  version: typeof CORPUS_EXPORT_VERSION;
  /** ISO instant the file was written. */
  exportedAt: string;
  /** Every saved page, oldest saved first. */
  pages: SavedPage[];
  /**
   * The reader's corrections of verdicts ("this outlet confirms the claim, not contradicts it"), oldest first.
   * Optional when reading (files written before corrections existed have none); always written.
   */
  corrections: Correction[];
}

/** Why a file was refused. */
export type CorpusExportErrorCode = 'too-large' | 'malformed-json' | 'wrong-format' | 'wrong-version' | 'invalid-field';

/** A refused file: `message` is a sentence a reader understands; `path` names the offending field. */
export interface CorpusExportError {
  code: CorpusExportErrorCode;
  message: string;
  /** JSON path of the offending value, e.g. `pages[2].title`; null when the whole file is at fault. */
  path: string | null;
}

/** The result of `parseCorpusExport`: the validated export, or the first problem found. */
export type ParseCorpusExportResult = { ok: true; value: CorpusExport } | { ok: false; error: CorpusExportError };

/**
 * A fresh copy of a page holding exactly the SavedPage fields, in the documented order (extra fields dropped).
 * Stored terms are kept when both `terms` and `termsVersion` are present; `toExportedPage` drops them.
 */
export function toSavedPage(page: SavedPage): SavedPage {
  const exported = toExportedPage(page);
  return Array.isArray(page.terms) && typeof page.termsVersion === 'number'
    ? { ...exported, terms: page.terms.map((terms) => [...terms]), termsVersion: page.termsVersion }
    : exported;
}

/** A fresh copy of a page as the export file holds it: the documented fields only, no stored terms. */
export function toExportedPage(page: SavedPage): SavedPage {
  return {
    id: page.id,
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    title: page.title,
    outlet: page.outlet,
    byline: page.byline,
    publishedTime: page.publishedTime,
    savedAt: page.savedAt,
    updatedAt: page.updatedAt,
    text: page.text,
    sentences: [...page.sentences],
    contentHash: page.contentHash,
    cites: [...page.cites],
  };
}

/** Bytes `text` takes as UTF-8, without allocating an encoded copy. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** A size as a reader reads it: "812 bytes", "14.2 KB", "3.1 MB", "10.0 GB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : 'a text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isInstant(value: string): boolean {
  return !Number.isNaN(Date.parse(value));
}

type FieldKind = 'text' | 'nonblank' | 'text-or-null' | 'instant' | 'strings' | 'url';

/** Every field of a saved page in the file, and what it must hold. */
const PAGE_FIELDS: ReadonlyArray<readonly [keyof SavedPage, FieldKind]> = [
  ['id', 'nonblank'],
  ['url', 'url'],
  ['canonicalUrl', 'url'],
  ['title', 'nonblank'],
  ['outlet', 'nonblank'],
  ['byline', 'text-or-null'],
  ['publishedTime', 'text-or-null'],
  ['savedAt', 'instant'],
  ['updatedAt', 'instant'],
  ['text', 'nonblank'],
  ['sentences', 'strings'],
  ['contentHash', 'text'],
  ['cites', 'strings'],
];

const EXPECTED: Record<FieldKind, string> = {
  text: 'a text',
  nonblank: 'a non-empty text',
  'text-or-null': 'a text or null',
  instant: 'a date and time (ISO 8601)',
  strings: 'a list of texts',
  url: 'a web address',
};

function fieldOk(kind: FieldKind, value: unknown): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string';
    case 'nonblank':
      return typeof value === 'string' && value.trim() !== '';
    case 'text-or-null':
      return value === null || typeof value === 'string';
    case 'instant':
      return typeof value === 'string' && isInstant(value);
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'url':
      return typeof value === 'string' && URL.canParse(value);
  }
}

function fail(code: CorpusExportErrorCode, message: string, path: string | null = null): ParseCorpusExportResult {
  return { ok: false, error: { code, message, path } };
}

/** What a reader is told about a file over the import limit (the panel says it before reading the file). */
export function tooLargeMessage(bytes: number, maxBytes = DEFAULT_MAX_IMPORT_BYTES): string {
  return `This file is too large to import (${formatBytes(bytes)}; the limit is ${formatBytes(maxBytes)}). Nothing was imported.`;
}

/**
 * Parses and validates a corpus export file. Never throws: a refused file gives `{ ok: false, error }` whose
 * message says what is wrong and where ("Page 3 of 12 (pages[2]) has no "title"."). Unknown fields are dropped;
 * `contentHash` is kept as written (the store recomputes it from the text).
 */
export function parseCorpusExport(
  text: string,
  { maxBytes = DEFAULT_MAX_IMPORT_BYTES }: { maxBytes?: number } = {},
): ParseCorpusExportResult {
  // A UTF-8 encoding is never shorter than the UTF-16 length, so the cheap check settles most huge files.
  const size = text.length > maxBytes ? text.length : utf8ByteLength(text);
  if (size > maxBytes) return fail('too-large', tooLargeMessage(size, maxBytes));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return fail('malformed-json', `This file is not valid JSON${detail}, so it is not a Crosscheck export. Nothing was imported.`);
  }
  if (!isRecord(data) || data.format !== CORPUS_EXPORT_FORMAT) {
    const found = isRecord(data) && typeof data.format === 'string' ? `its format is "${data.format}"` : 'it has no "format"';
    return fail(
      'wrong-format',
      `This file is not a Crosscheck corpus export (${found}; expected "${CORPUS_EXPORT_FORMAT}"). Nothing was imported.`,
      'format',
    );
  }
  if (data.version !== CORPUS_EXPORT_VERSION) {
    const found = typeof data.version === 'number' ? `version ${data.version}` : `a version of ${describe(data.version)}`;
    const hint =
      typeof data.version === 'number' && data.version > CORPUS_EXPORT_VERSION
        ? ' It was probably written by a newer Crosscheck: update Crosscheck, then import it again.'
        : '';
    return fail(
      'wrong-version',
      `This export has ${found}; this Crosscheck reads version ${CORPUS_EXPORT_VERSION}.${hint} Nothing was imported.`,
      'version',
    );
  }
  if (typeof data.exportedAt !== 'string' || !isInstant(data.exportedAt)) {
    return fail(
      'invalid-field',
      `The export's "exportedAt" must be a date and time, found ${describe(data.exportedAt)}. Nothing was imported.`,
      'exportedAt',
    );
  }
  if (!Array.isArray(data.pages)) {
    return fail(
      'invalid-field',
      `The export's "pages" must be a list of pages, found ${describe(data.pages)}. Nothing was imported.`,
      'pages',
    );
  }
  if (data.corrections !== undefined && !Array.isArray(data.corrections)) {
    return fail(
      'invalid-field',
      `The export's "corrections" must be a list, found ${describe(data.corrections)}. Nothing was imported.`,
      'corrections',
    );
  }
  const pages: SavedPage[] = [];
  const total = data.pages.length;
  for (const [index, raw] of data.pages.entries()) {
    const where = `Page ${index + 1} of ${total} (pages[${index}])`;
    if (!isRecord(raw)) {
      return fail('invalid-field', `${where} must be an object, found ${describe(raw)}. Nothing was imported.`, `pages[${index}]`);
    }
    for (const [field, kind] of PAGE_FIELDS) {
      const path = `pages[${index}].${field}`;
      if (!(field in raw)) return fail('invalid-field', `${where} has no "${field}". Nothing was imported.`, path);
      if (!fieldOk(kind, raw[field])) {
        return fail(
          'invalid-field',
          `${where}: "${field}" must be ${EXPECTED[kind]}, found ${describe(raw[field])}. Nothing was imported.`,
          path,
        );
      }
    }
    // Every field was checked against PAGE_FIELDS just above; terms in a file are not trusted, they are recomputed.
    pages.push(toExportedPage(raw as unknown as SavedPage));
  }
  const corrections: Correction[] = [];
  const rawCorrections: unknown[] = Array.isArray(data.corrections) ? data.corrections : [];
  for (const [index, raw] of rawCorrections.entries()) {
    if (!isCorrection(raw)) {
      const where = `Correction ${index + 1} of ${rawCorrections.length} (corrections[${index}])`;
      const problem = correctionProblem(raw);
      return fail(
        'invalid-field',
        `${where}${problem.text}. Nothing was imported.`,
        `corrections[${index}]${problem.field ? `.${problem.field}` : ''}`,
      );
    }
    corrections.push(toCorrection(raw));
  }
  return {
    ok: true,
    value: { format: CORPUS_EXPORT_FORMAT, version: CORPUS_EXPORT_VERSION, exportedAt: data.exportedAt, pages, corrections },
  };
}

/** A fresh copy of a correction holding exactly the Correction fields, in the documented order (extra fields dropped). */
export function toCorrection(correction: Correction): Correction {
  const { claim, doc, status, at, url } = correction;
  return url === undefined ? { claim, doc, status, at } : { claim, doc, status, at, url };
}

/** Why a value is not a correction, naming the first offending field (`isCorrection` decides; this explains), as the end of a sentence. */
function correctionProblem(value: unknown): { field: string | null; text: string } {
  if (!isRecord(value)) return { field: null, text: ` must be an object, found ${describe(value)}` };
  const checks: ReadonlyArray<readonly [string, string, (v: unknown) => boolean]> = [
    ['claim', 'a non-empty text', (v) => typeof v === 'string' && v.trim() !== ''],
    ['doc', 'a non-empty text', (v) => typeof v === 'string' && v !== ''],
    ['status', '"confirms", "contradicts" or "leaves_out"', (v) => v === 'confirms' || v === 'contradicts' || v === 'leaves_out'],
    ['at', 'a date and time (ISO 8601)', (v) => typeof v === 'string' && isInstant(v)],
    ['url', 'a text or null', (v) => v === undefined || v === null || typeof v === 'string'],
  ];
  for (const [field, expected, ok] of checks) {
    if (!(field in value) && field !== 'url') return { field, text: ` has no "${field}"` };
    if (!ok(value[field])) {
      const found = typeof value[field] === 'string' && field === 'status' ? `"${String(value[field])}"` : describe(value[field]);
      return { field, text: `: "${field}" must be ${expected}, found ${found}` };
    }
  }
  return { field: null, text: ' is not a valid correction' };
}

/** The export as the file's text: two-space indented JSON with a final newline, so files diff well. */
export function stringifyCorpusExport(data: CorpusExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** A saved page as a corpus document, so saved pages join every check beside the bundled corpus. */
export function savedPageToCorpusDoc(page: SavedPage): CorpusDoc {
  return {
    id: page.id,
    outlet: page.outlet,
    title: page.title,
    url: page.url,
    cites: [...page.cites],
    sentences: [...page.sentences],
    origin: 'saved',
    // Shared, not copied: the checker only reads them, and copying a large corpus's terms would double its memory.
    ...(page.terms && page.termsVersion !== undefined && { terms: page.terms, termsVersion: page.termsVersion }),
  };
}
