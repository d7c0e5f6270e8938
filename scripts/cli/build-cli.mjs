/**
 * `node scripts/cli/build-cli.mjs [--entry <file.ts>] [--outfile <file.mjs>]` (`npm run build:cli`)
 *
 * Bundles the CLI (`scripts/crosscheck.ts` and the `lib/` it imports) with esbuild into `.output/cli/crosscheck.mjs`,
 * so `npm run crosscheck` starts plain `node` on one prebuilt file instead of compiling TypeScript at every run.
 * Packages are bundled too: loading linkedom, Readability and the rest as one file instead of some 300 modules
 * resolved, read and (for CommonJS) lexed at every start saves about 0.4 s of CPU a run. Packages that carry
 * megabytes of data (`EXTERNAL_PACKAGES`) stay external: Node loads their JSON with JSON.parse, faster than V8 parses
 * the same data as JavaScript. The repository's own JSON data is likewise emitted as `JSON.parse('…')`.
 *
 * Modules that find files next to themselves (`new URL('../public/models/', import.meta.url)`) would, once bundled,
 * find them next to the bundle instead. So each repository module's `import.meta.url` / `dirname` / `filename` is
 * rewritten to the module's own location, expressed relative to the bundle: the bundle keeps working from any working
 * directory, and the repository can move, as long as the bundle stays at the same place inside it.
 *
 * Next to the bundle, `<name>.inputs.json` lists the repository files it was built from; `scripts/cli/crosscheck.mjs`
 * rebuilds when one of them is newer than the bundle.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

/** The repository root: this file is `<root>/scripts/cli/build-cli.mjs`. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The shipped CLI bundle. */
export const CLI_BUNDLE = join(ROOT, '.output/cli/crosscheck.mjs');

/** Packages left to Node at run time: wink's 3.5 MB language model is JSON it loads itself; canvas is linkedom's optional peer. */
const EXTERNAL_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', 'canvas'];

/** CommonJS packages inside an ES module bundle call `require` for Node's built-ins; give them one. */
const REQUIRE_BANNER =
  "import { createRequire as __crosscheckCreateRequire } from 'node:module';\nconst require = __crosscheckCreateRequire(import.meta.url);";

/** The list of source files a bundle was built from, kept beside it. */
export function inputsFile(outfile) {
  return outfile.replace(/\.mjs$/, '') + '.inputs.json';
}

/** A path as a URL-relative reference (forward slashes, always starting with `./` or `../`). */
function urlRelative(from, to) {
  const path = relative(from, to).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** Rewrites `import.meta.url|dirname|filename` of repository modules to their own location, relative to the bundle. */
function keepModuleLocations(outDir) {
  return {
    name: 'keep-module-locations',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.(ts|tsx|mts|js|mjs)$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.')) return undefined;
        const file = urlRelative(outDir, args.path);
        const dir = urlRelative(outDir, dirname(args.path));
        const contents = source
          .replace(/\bimport\.meta\.url\b/g, `new URL(${JSON.stringify(file)}, import.meta.url).href`)
          .replace(/\bimport\.meta\.dirname\b/g, `(import.meta.dirname + ${JSON.stringify(`/${dir}`)})`)
          .replace(/\bimport\.meta\.filename\b/g, `(import.meta.dirname + ${JSON.stringify(`/${file}`)})`);
        const ext = extname(args.path).slice(1);
        return { contents, loader: ext === 'tsx' ? 'tsx' : ext === 'mts' || ext === 'ts' ? 'ts' : 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

/**
 * The repository's JSON data (the corpus, term weights, models) as `JSON.parse('…')`: V8 parses a string and then JSON
 * several times faster than the same object literal (the corpus and term weights are tens to hundreds of KB). Default
 * imports only.
 */
const JSON_AS_STRING = {
  name: 'json-as-string',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.json$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      JSON.parse(text); // a broken file fails the build here, naming the file, not the CLI at run time
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/**
 * Builds one bundle. Written to a temporary file and renamed, so concurrent builds (parallel tests) never leave a
 * half-written bundle; its modification time is set to when the build started, so a source edited during the build
 * counts as newer and triggers the next rebuild.
 */
export async function buildCli({ entry = join(ROOT, 'scripts/crosscheck.ts'), outfile = CLI_BUNDLE } = {}) {
  const started = new Date();
  const outDir = dirname(resolve(outfile));
  const result = await build({
    entryPoints: [resolve(entry)],
    outfile: resolve(outfile),
    bundle: true,
    external: EXTERNAL_PACKAGES,
    banner: { js: REQUIRE_BANNER },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    write: false,
    logLevel: 'silent',
    plugins: [keepModuleLocations(outDir), JSON_AS_STRING],
  });
  mkdirSync(outDir, { recursive: true });
  const temporary = `${resolve(outfile)}.${process.pid}.tmp`;
  for (const output of result.outputFiles) {
    if (resolve(output.path) !== resolve(outfile)) continue;
    writeFileSync(temporary, output.contents);
    utimesSync(temporary, started, started);
  }
  // Packages are stood for by npm's own record of the install (rewritten by every npm install or ci): the files npm
  // unpacks keep their tarball's 1985 timestamp, so their times say nothing.
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => relative(ROOT, resolve(input)).split(sep).join('/'))
    .filter((input) => !input.split('/').includes('node_modules'));
  if (existsSync(join(ROOT, 'node_modules/.package-lock.json'))) inputs.push('node_modules/.package-lock.json');
  const inputsTemporary = `${inputsFile(resolve(outfile))}.${process.pid}.tmp`;
  writeFileSync(inputsTemporary, `${JSON.stringify({ entry: relative(ROOT, resolve(entry)), inputs }, null, 1)}\n`);
  renameSync(temporary, resolve(outfile));
  renameSync(inputsTemporary, inputsFile(resolve(outfile)));
  return resolve(outfile);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values } = parseArgs({ options: { entry: { type: 'string' }, outfile: { type: 'string' } } });
  try {
    const outfile = await buildCli({ entry: values.entry, outfile: values.outfile });
    process.stderr.write(`build-cli: wrote ${relative(process.cwd(), outfile)}\n`);
  } catch (error) {
    process.stderr.write(`build-cli: ${String(error instanceof Error ? error.message : error)}\n`);
    process.exit(1);
  }
}
