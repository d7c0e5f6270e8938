/**
 * `npm run --silent crosscheck -- [--json] [--corpus <export.json>] <page.html|page.txt>` runs this file with plain
 * `node`. It starts the prebuilt CLI bundle `.output/cli/crosscheck.mjs` in this same process, building it first
 * (`scripts/cli/build-cli.mjs`) when it is missing or older than any file it was built from. The check itself is
 * `scripts/crosscheck.ts`; this file only decides whether to rebuild, in a few milliseconds.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, '.output/cli/crosscheck.mjs');
const INPUTS = join(ROOT, '.output/cli/crosscheck.inputs.json');

/** Whether the bundle is missing, or a file it was built from (or the build script) changed after it was built. */
function isStale() {
  try {
    const built = statSync(BUNDLE).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(INPUTS, 'utf8'));
    for (const input of [...inputs, 'scripts/cli/build-cli.mjs']) if (statSync(join(ROOT, input)).mtimeMs > built) return true;
    return false;
  } catch {
    // No bundle, no list, or a listed file is gone (moved or deleted): build again.
    return true;
  }
}

if (isStale()) {
  try {
    const { buildCli } = await import('./build-cli.mjs');
    await buildCli();
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error).replace(/\s+/g, ' ');
    process.stderr.write(`crosscheck: internal error: the CLI could not be built (${message})\n`);
    process.exit(1);
  }
}
// A literal specifier (resolved against this file): the bundle is the repository's own, never a computed path.
await import('../../.output/cli/crosscheck.mjs');
