import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip bytes of a set of built files. */
export interface SizeOf {
  raw: number;
  gzip: number;
  /** Files counted, relative to the build folder (or the repository for the model). */
  files: string[];
}

/** Sizes of what ships, from a finished build. */
export interface BundleSizes {
  /** Folder read, relative to the repository. */
  dir: string;
  /** Why figures are missing or may be off, else null. */
  note: string | null;
  contentScript: SizeOf | null;
  sidePanel: SizeOf | null;
  background: SizeOf | null;
  /** The panel's check worker and the chunks it imports (wink-nlp is one, loaded when the first check needs it). */
  worker: SizeOf | null;
  /** Model and data files under models/, read by the worker when the first check needs them. */
  models: SizeOf | null;
  /** The largest JavaScript file of the build (the budget is 400 KB). */
  largestScript: { file: string; raw: number } | null;
  /** data/stance-model.json: only the fnc1 command reads it; the extension no longer ships it. */
  stanceModel: SizeOf | null;
}

/** gzip level of the figures: the `gzip -9` people quote for bundle budgets. */
const GZIP_LEVEL = 9;

function sizeOf(root: string, files: readonly string[]): SizeOf | null {
  if (files.length === 0) return null;
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: GZIP_LEVEL }).length;
  }
  return { raw, gzip, files: [...files] };
}

function jsFilesUnder(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith('.js') && statSync(join(full, name)).isFile())
    .sort()
    .map((name) => join(dir, name));
}

/** A script and every chunk it imports, statically or lazily, relative to the build folder. */
function withImports(root: string, entries: readonly string[]): string[] {
  const queue = [...entries];
  const found = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (found.has(file) || !existsSync(join(root, file))) continue;
    found.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(relative(root, join(root, dirname(file), m[1]!)));
    }
  }
  return [...found].sort();
}

/** The side panel's JS: the module scripts its HTML loads and every chunk they import. */
function sidePanelFiles(root: string): string[] {
  const html = join(root, 'sidepanel.html');
  if (!existsSync(html)) return [];
  return withImports(
    root,
    [...readFileSync(html, 'utf8').matchAll(/<script[^>]*\bsrc="\/?([^"]+\.js)"/g)].map((m) => m[1]!),
  );
}

/** Every file under a folder of the build, relative to the build folder. */
function filesUnder(root: string, dir: string): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Reads the sizes of a Chrome build (`dir`, default `.output/chrome-mv3`) and of the stance model data file. Never
 * builds: another agent may be building, and a bench must not change what it measures.
 */
export function bundleSizes(repo: string, options: { building: boolean; dir?: string }): BundleSizes {
  const dir = options.dir ?? '.output/chrome-mv3';
  const root = resolve(repo, dir);
  const modelPath = 'data/stance-model.json';
  const stanceModel = existsSync(join(repo, modelPath)) ? sizeOf(repo, [modelPath]) : null;
  const none = { contentScript: null, sidePanel: null, background: null, worker: null, models: null, largestScript: null };
  if (!existsSync(join(root, 'manifest.json'))) return { dir, note: 'no build found: run npm run build first', ...none, stanceModel };
  const built = new Date(statSync(join(root, 'manifest.json')).mtimeMs).toISOString();
  const note = options.building
    ? `a wxt build is running now: figures are from the build of ${built} and may be partial`
    : `build of ${built}`;
  const scripts = filesUnder(root, '.').filter((file) => file.endsWith('.js'));
  const largest = scripts.map((file) => ({ file, raw: statSync(join(root, file)).size })).sort((a, b) => b.raw - a.raw)[0] ?? null;
  const contentScript = existsSync(join(root, 'page-reader.js')) ? ['page-reader.js'] : jsFilesUnder(root, 'content-scripts');
  return {
    dir,
    note,
    contentScript: sizeOf(root, contentScript),
    sidePanel: sizeOf(root, sidePanelFiles(root)),
    background: existsSync(join(root, 'background.js')) ? sizeOf(root, ['background.js']) : null,
    worker: sizeOf(
      root,
      withImports(
        root,
        scripts.filter((file) => /worker/i.test(file)),
      ),
    ),
    models: sizeOf(root, filesUnder(root, 'models')),
    largestScript: largest,
    stanceModel,
  };
}
