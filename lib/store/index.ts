/** Saved pages: the IndexedDB schema and its migrations, the store's narrow API, the export format, content hashes. */
export { openCorpusStore } from './corpus-store';
export { parseCorpusExport, stringifyCorpusExport } from './corpus-export';
export { createCorpusService } from './corpus-service';
export { contentHash } from './content-hash';
