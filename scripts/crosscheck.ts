/**
 * `npm run --silent crosscheck -- [--json] [--corpus <export.json>] [--no-model] <file.html|file.txt>`
 * Checks a page against the bundled corpus (and a saved-pages export, whose corrections override the engine as in
 * the panel) and prints a table, or with --json one JSON document. Exit codes: 0 checked; 1 internal error; 2 bad
 * input (missing, empty, binary or unreadable file, bad corpus export, bad arguments); 3 the page has no article.
 * Errors are one line on stderr, never a stack trace.
 */
import { parseArgs } from 'node:util';
import { readCorpusExport } from './cli/read-corpus-export';
import { terminalSafe } from './cli/terminal-safe';
import { formatCheckTable } from './format-check-table';
import { InputError, readPageFile } from './read-page-file';

const USAGE = 'usage: crosscheck [--json] [--corpus <export.json>] [--no-model] <file.html|file.txt>';

/** Ends the run with one line on stderr; file names and an export's values in it are shown, never obeyed, by the terminal. */
function fail(message: string, code: number): never {
  process.stderr.write(`crosscheck: ${terminalSafe(message)}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  // `crosscheck … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
  let args: ReturnType<
    typeof parseArgs<{
      options: { json: { type: 'boolean' }; corpus: { type: 'string' }; help: { type: 'boolean' }; 'no-model': { type: 'boolean' } };
      allowPositionals: true;
    }>
  >;
  try {
    args = parseArgs({
      options: { json: { type: 'boolean' }, corpus: { type: 'string' }, help: { type: 'boolean' }, 'no-model': { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    fail(`${(error as Error).message}; ${USAGE}`, 2);
  }
  if (args.values.help) {
    console.log(USAGE);
    return;
  }
  if (args.positionals.length !== 1) fail(USAGE, 2);
  const path = args.positionals[0]!;
  try {
    const saved = args.values.corpus ? readCorpusExport(args.values.corpus) : { docs: [], corrections: [] };
    const page = await readPageFile(path);
    if (!page.article) fail(`${path}: no article found on this page (it looks like navigation, a form or a stub)`, 3);
    // The engine, its corpus and models are loaded only for a page to check: --help and refused files answer at once.
    const [{ bundledCorpus }, { createEngine, NO_MODELS }, { loadEngineModelsFromDisk }] = await Promise.all([
      import('../lib/bundled-corpus'),
      import('../lib/create-engine'),
      import('../lib/load-models-node'),
    ]);
    const corpus = [...bundledCorpus(), ...saved.docs];
    // The export's corrections override the engine, as they do in the panel.
    const result = createEngine(corpus, args.values['no-model'] ? NO_MODELS : await loadEngineModelsFromDisk()).check(page.article, {
      corrections: saved.corrections,
    });
    if (args.values.json) process.stdout.write(`${JSON.stringify(page.notes.length > 0 ? { ...result, notes: page.notes } : result)}\n`);
    else process.stdout.write(`${formatCheckTable(result, page.notes)}\n`);
  } catch (error) {
    if (error instanceof InputError) fail(error.message, 2);
    fail(`internal error: ${(error as Error).message ?? String(error)}`, 1);
  }
}

void main();
