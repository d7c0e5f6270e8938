/**
 * The versioned JSON file the reader's saved pages and corrections are exported to and imported from.
 * Pure and browser-free: the extension, the CLI (`crosscheck --corpus export.json`) and the tests share it.
 */
import type { Correction, SavedPage } from '../types';
import { isCorrection } from '../verdict/apply-corrections';
import { toExportedPage } from './saved-page';

/** `format` of every corpus export file. */
export const CORPUS_EXPORT_FORMAT = 'crosscheck-corpus';
/** Version of the export file format this code writes and reads (independent of the database schema version). */
export const CORPUS_EXPORT_VERSION = 1;
// A heavy reader's corpus is ~1,000 pages × ~50 KB; 50 MiB leaves room for that while keeping JSON.parse in
// the side panel well under a second and its memory bounded.
/** Largest export file `parseCorpusExport` accepts by default, in bytes (UTF-8). */
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

// One correction per click of the reader: 10,000 is years of heavy use, and keeps one import's single write
// transaction (which blocks every other write) short.
/** Most corrections one export file may carry; a file with more is refused whole. */
export const MAX_IMPORT_CORRECTIONS = 10_000;

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

/** Why a file was refused (`too-large`: over the byte limit, or more corrections than `MAX_IMPORT_CORRECTIONS`). */
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
  if (Array.isArray(data.corrections) && data.corrections.length > MAX_IMPORT_CORRECTIONS) {
    return fail(
      'too-large',
      `This file holds ${data.corrections.length.toLocaleString('en')} corrections; Crosscheck imports at most ${MAX_IMPORT_CORRECTIONS.toLocaleString('en')} from one file. Nothing was imported.`,
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
      if (!Object.hasOwn(raw, field)) return fail('invalid-field', `${where} has no "${field}". Nothing was imported.`, path);
      if (!fieldOk(kind, raw[field])) {
        const value = raw[field];
        // A list holding a non-text: name that item ("found a list" reads as what was asked for).
        const item = kind === 'strings' && Array.isArray(value) ? value.findIndex((entry) => typeof entry !== 'string') : -1;
        return fail(
          'invalid-field',
          item >= 0
            ? `${where}: "${field}" must be a list of texts, but item ${item + 1} (${field}[${item}]) is ${describe((value as unknown[])[item])}. Nothing was imported.`
            : `${where}: "${field}" must be ${EXPECTED[kind]}, found ${describe(value)}. Nothing was imported.`,
          item >= 0 ? `${path}[${item}]` : path,
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
    if (!Object.hasOwn(value, field) && field !== 'url') return { field, text: ` has no "${field}"` };
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
