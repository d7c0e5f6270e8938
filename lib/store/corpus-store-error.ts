/**
 * Every failure of the saved-pages store as one error type: a `code` the UI branches on and a message a reader
 * understands. The IndexedDB error names are translated here, once.
 */
import type { CorpusExportError } from './corpus-export';

/** What went wrong, for the UI to pick a reaction; `message` is what to show. */
export type CorpusStoreErrorCode =
  /** IndexedDB cannot be used (private window, blocked storage, newer schema, connection closed). */
  | 'unavailable'
  /** The browser refused to store more; nothing already saved was lost. */
  | 'quota'
  /** The input (a page to save, a file to import) was not acceptable; see `importError` for files. */
  | 'invalid'
  /** Another change to the same data won a race; retrying is safe. */
  | 'conflict'
  /** Anything else; the operation was rolled back. */
  | 'failed';

/** Every failure of the store: a code to branch on and a message a reader understands. */
export class CorpusStoreError extends Error {
  override readonly name = 'CorpusStoreError';
  readonly code: CorpusStoreErrorCode;
  /** For a refused import file: which check failed and where. */
  readonly importError: CorpusExportError | null;

  constructor(code: CorpusStoreErrorCode, message: string, options: { cause?: unknown; importError?: CorpusExportError } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.importError = options.importError ?? null;
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';
}

function isQuotaError(error: unknown): boolean {
  // Firefox before 2020 named it NS_ERROR_DOM_QUOTA_REACHED.
  return errorName(error) === 'QuotaExceededError' || errorName(error) === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Why opening the database failed, in words. */
export function openError(error: unknown): CorpusStoreError {
  if (errorName(error) === 'VersionError') {
    return new CorpusStoreError(
      'unavailable',
      'Your saved pages were stored by a newer version of Crosscheck, so this version cannot read them. They have not been changed: update Crosscheck to use them. Checks still use the bundled articles.',
      { cause: error },
    );
  }
  if (errorName(error) === 'AbortError') {
    return new CorpusStoreError(
      'unavailable',
      'Crosscheck could not upgrade your saved pages to its new format; they are kept as they were. Checks still use the bundled articles.',
      { cause: error },
    );
  }
  if (isQuotaError(error)) {
    return new CorpusStoreError(
      'quota',
      'Your browser has no storage space left for Crosscheck, so saved pages cannot be opened. Free some disk space and try again. Checks still use the bundled articles.',
      { cause: error },
    );
  }
  return new CorpusStoreError(
    'unavailable',
    'Your browser does not let Crosscheck store pages here (this happens in private windows and when site data is blocked). Checks still use the bundled articles; saving pages is unavailable.',
    { cause: error },
  );
}

/** A failure during `action` ("save this page"), in words. Nothing was written: the transaction rolled back. */
export function operationError(error: unknown, action: string): CorpusStoreError {
  if (error instanceof CorpusStoreError) return error;
  const name = errorName(error);
  if (isQuotaError(error)) {
    return new CorpusStoreError(
      'quota',
      `Your browser's storage for Crosscheck is full, so Crosscheck could not ${action}. Pages you saved before are safe. Delete or export some saved pages, or free disk space, then try again.`,
      { cause: error },
    );
  }
  if (name === 'ConstraintError') {
    return new CorpusStoreError(
      'conflict',
      `Another change to your saved pages happened at the same moment, so Crosscheck could not ${action}. Nothing was lost; try again.`,
      { cause: error },
    );
  }
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'TransactionInactiveError') {
    return new CorpusStoreError(
      'unavailable',
      `The connection to your saved pages was lost, so Crosscheck could not ${action}. Pages you saved before are safe; try again.`,
      { cause: error },
    );
  }
  const detail = error instanceof Error ? ` (${name || 'Error'}: ${error.message})` : '';
  return new CorpusStoreError('failed', `Crosscheck could not ${action}${detail}. Your saved pages were not changed.`, { cause: error });
}
