/** The seed articles and their manifest (../shared/seeds), read into corpus documents. Node-side only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDocFromText } from '../lib/store/corpus-doc-from-text';
import type { CorpusDoc } from '../lib/types';

/** One article of the seeds' manifest.json. */
export interface SeedManifestEntry {
  id: string;
  file: string;
  outlet: string | null;
  title: string | null;
  cites: string[];
}

/** The manifest's entries, in its order. */
export function readSeedManifest(seedDir: string): SeedManifestEntry[] {
  return (JSON.parse(readFileSync(join(seedDir, 'manifest.json'), 'utf8')) as { documents: SeedManifestEntry[] }).documents;
}

/** The bundled corpus as the seeds make it today: id = file name without .txt, metadata from the manifest. */
export function seedCorpusDocs(seedDir: string): CorpusDoc[] {
  return readSeedManifest(seedDir).map((entry) =>
    corpusDocFromText(readFileSync(join(seedDir, entry.file), 'utf8'), {
      id: entry.file.replace(/\.txt$/, ''),
      outlet: entry.outlet,
      title: entry.title,
      cites: entry.cites,
      origin: 'bundled',
    }),
  );
}
