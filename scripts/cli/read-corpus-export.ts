/**
 * Reads `--corpus <export.json>` for the CLI: the saved pages as corpus documents and the reader's corrections, or an
 * InputError with one line saying why the file is refused. The size is checked on the file's metadata before a byte is
 * read, as the panel checks `file.size`; what is not a regular file with content (a named pipe, a device) is refused
 * as empty instead of being waited on, as the page argument is.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { DEFAULT_MAX_IMPORT_BYTES, parseCorpusExport, tooLargeMessage } from '../../lib/store/corpus-export';
import { savedPageToCorpusDoc } from '../../lib/store/saved-page';
import { isCorrection, type Correction } from '../../lib/verdict/apply-corrections';
import type { CorpusDoc } from '../../lib/types';
import { InputError } from '../read-page-file';

/** What an export adds to a check. */
export interface SavedCorpus {
  docs: CorpusDoc[];
  corrections: Correction[];
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error';
}

/** Reads at most `limit + 1` bytes: a file that grew past the limit since it was measured is still caught. */
function readBounded(path: string, limit: number): Buffer {
  const buffer = Buffer.alloc(limit + 1);
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

/** The saved pages of a corpus export, as corpus documents, and the reader's corrections it carries. */
export function readCorpusExport(path: string, maxBytes = DEFAULT_MAX_IMPORT_BYTES): SavedCorpus {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`corpus export ${path} is a directory, not an export file`);
    // A named pipe or a device has no size: reading it could wait forever. Only a regular file with content is read.
    size = stat.isFile() ? stat.size : 0;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = errorCode(error);
    throw new InputError(code === 'ENOENT' ? `no such corpus export: ${path}` : `cannot read corpus export ${path} (${code})`);
  }
  if (size === 0) throw new InputError(`corpus export ${path} is empty`);
  if (size > maxBytes) throw new InputError(`corpus export ${path}: ${tooLargeMessage(size, maxBytes)}`);
  let bytes: Buffer;
  try {
    bytes = readBounded(path, maxBytes);
  } catch (error) {
    throw new InputError(`cannot read corpus export ${path} (${errorCode(error)})`);
  }
  if (bytes.length > maxBytes) throw new InputError(`corpus export ${path}: ${tooLargeMessage(bytes.length, maxBytes)}`);
  // TextDecoder drops a leading UTF-8 byte-order mark (editors on Windows write one), as the panel's File.text() does.
  const parsed = parseCorpusExport(new TextDecoder('utf-8').decode(bytes), { maxBytes });
  if (!parsed.ok) throw new InputError(`corpus export ${path}: ${parsed.error.message}`);
  return { docs: parsed.value.pages.map(savedPageToCorpusDoc), corrections: parsed.value.corrections.filter(isCorrection) };
}
