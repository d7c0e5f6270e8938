/**
 * `node [node flags] scripts/run-as-shipped.mjs <entry.ts> [args…]` (the flags are passed on to the entry's process)
 *
 * Runs a TypeScript entry point compiled the way the extension's code ships: bundled by esbuild, as Vite does for a
 * build. tsx (which runs the other scripts) compiles with esbuild's keepNames, which wraps every function a call
 * creates in a naming call. The engine creates closures per comparison: timed in one process, alternating, a check at
 * 10,000 documents took 6–8% longer under tsx than bundled in five runs of seven. Timings of the engine should be of
 * the engine as shipped.
 *
 * Packages stay external (resolved from node_modules as usual). `import.meta.dirname` is the entry's own directory,
 * so the entry finds files relative to itself as it does under tsx; other modules of the bundle must not read it.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-as-shipped.mjs <entry.ts> [args…]');
  process.exit(2);
}
const source = resolve(entry);
const outDir = resolve(import.meta.dirname, '../.cache/run-as-shipped');
const outfile = join(outDir, `${basename(source, '.ts')}.mjs`);
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [source],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { 'import.meta.dirname': JSON.stringify(dirname(source)) },
  logLevel: 'warning',
});
// A process of its own, with this one's node flags (--expose-gc): the bundle starts as the entry would have.
const run = spawnSync(process.execPath, [...process.execArgv, outfile, ...args], { stdio: 'inherit' });
if (run.error) console.error(`run-as-shipped: could not start ${outfile}: ${run.error.message}`);
if (run.signal) console.error(`run-as-shipped: ${basename(source)} was stopped by ${run.signal}`);
process.exit(run.status ?? 1);
