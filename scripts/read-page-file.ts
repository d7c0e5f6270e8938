/**
 * Reads a page file for the CLI — HTML or plain text — into an article, refusing files that are not
 * text with a one-line reason and bounding what it reads, so no input hangs or crashes the check.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { articleFromText } from '../lib/extract/article-from-text';
import { extractArticle } from '../lib/extract/extract-article';
import type { Article } from '../lib/types';

/** Bytes of a file the CLI reads; past this it checks the beginning and says so. 8 MB holds any real article page. */
export const MAX_READ_BYTES = 8 * 1024 * 1024;

/** A refused input: the message is the one line the CLI prints. */
export class InputError extends Error {}

export interface PageFile {
  /** null when the page has no article (a form, a feed, a stub). */
  article: Article | null;
  kind: 'html' | 'text';
  /** Things the reader should know about how the file was read (truncated, re-decoded). */
  notes: string[];
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function readHead(path: string, size: number): Buffer {
  const buffer = Buffer.alloc(Math.min(size, MAX_READ_BYTES));
  const fd = openSync(path, 'r');
  try {
    let offset = 0;
    while (offset < buffer.length) {
      const read = readSync(fd, buffer, offset, buffer.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

/** Whether the file starts with a UTF-16 byte-order mark (its text is full of NUL bytes, yet it is text). */
function hasTextBom(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  // Text has almost no control characters; images, archives and executables are full of them.
  return control > sample.length * 0.05;
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (curly quotes, dashes, €…). Node 20's TextDecoder('windows-1252')
 * decodes these as Latin-1 control characters (nodejs/node#56542), so the table is applied here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes Windows-1252 exactly, whatever the runtime's TextDecoder does with 0x80–0x9F. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte)),
    );
  }
  return text;
}

function decode(bytes: Buffer, notes: string[]): string {
  // A byte-order mark names the encoding outright.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    notes.push(`the file is UTF-16 (${bytes[0] === 0xff ? 'little' : 'big'}-endian); it was read as such`);
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A cut at MAX_READ_BYTES can split a character; anything else is another encoding, read as the web reads it.
    notes.push('the file is not valid UTF-8; it was read as Windows-1252');
    return decodeWindows1252(bytes);
  }
}

/** Reads an HTML or text file into an article. Throws InputError with a one-line reason for unusable files. */
export async function readPageFile(path: string): Promise<PageFile> {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path} is a directory, not a page file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'unknown error'})`);
  }
  if (size === 0) throw new InputError(`${path} is empty`);
  let bytes: Buffer;
  try {
    bytes = readHead(path, size);
  } catch (error) {
    throw new InputError(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  if (!hasTextBom(bytes) && looksBinary(bytes)) throw new InputError(`${path} is a binary file, not an HTML or text page`);
  const notes: string[] = [];
  if (size > MAX_READ_BYTES) notes.push(`the file is ${formatBytes(size)}; only its first ${formatBytes(MAX_READ_BYTES)} were checked`);
  const text = decode(size > MAX_READ_BYTES ? trimPartialCharacter(bytes) : bytes, notes);
  if (text.trim() === '') throw new InputError(`${path} has no text`);

  const extension = extname(path).toLowerCase();
  const isHtml =
    extension === '.html' || extension === '.htm' || (extension !== '.txt' && /^\s*(<!doctype html|<html|<head|<body)/i.test(text));
  if (!isHtml) return { article: articleFromText(text), kind: 'text', notes };

  const document = await parseHtml(text);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return { article: extractArticle(document, { url: canonical }), kind: 'html', notes };
}

/**
 * Parses a page's HTML into a document for extraction, with linkedom rather than jsdom (docs/cli.md): Readability
 * extracts the same article from all 97 real test pages with it at a fraction of the CPU, and there is no window to
 * close (jsdom's `close()` was quadratic in siblings and overflowed the stack on deep nesting). Nothing on the page
 * runs and nothing is fetched. Loaded only for HTML.
 */
export async function parseHtml(text: string): Promise<Document> {
  const { parseHTML } = await import('linkedom');
  return parseHTML(text).document as unknown as Document;
}

/** Drops a UTF-8 sequence cut in half at the end of a truncated read. */
function trimPartialCharacter(bytes: Buffer): Buffer {
  let end = bytes.length;
  let back = 0;
  while (end > 0 && back < 4 && (bytes[end - 1]! & 0xc0) === 0x80) {
    end--;
    back++;
  }
  if (end > 0 && bytes[end - 1]! >= 0xc0) end--;
  return bytes.subarray(0, end);
}
