import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** wink's English model: its large JSON parts ship as files the engine reads, not inside a script (see wink-browser/). */
const WINK_BROWSER = resolve('lib/verdict/verifier/wink-browser');
const WINK_MODELS = resolve('node_modules/wink-eng-lite-web-model/dist/languages/cur/models');
/** The engine's model files (data/) and wink's model parts, copied into the extension's models/ folder. */
const MODEL_ASSETS = [
  { absoluteSrc: resolve('data/verifier.bin'), relativeDest: 'models/verifier.bin' },
  { absoluteSrc: resolve('data/lexicon.bin'), relativeDest: 'models/lexicon.bin' },
  ...['core-web', 'ner', 'sa'].map((part) => ({
    absoluteSrc: `${WINK_MODELS}/eng-${part}-model.json`,
    relativeDest: `models/wink/eng-${part}-model.json`,
  })),
];

/** Firefox add-on id: needed for MV3 and for `browser_specific_settings` (storage, install from file). */
const GECKO_ID = 'crosscheck@crosscheck.invalid';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
    // Module workers, so the engine's worker loads wink-nlp as its own chunk when the first check needs it.
    worker: { format: 'es' as const },
    resolve: {
      alias: [
        { find: /^\.\/wink-instance\.ts$/, replacement: `${WINK_BROWSER}/wink-instance.ts` },
        { find: /^\.\/languages\/cur\/models\/eng-core-web-model\.json$/, replacement: `${WINK_BROWSER}/core-part.cjs` },
        { find: /^\.\/languages\/cur\/models\/eng-ner-model\.json$/, replacement: `${WINK_BROWSER}/ner-part.cjs` },
        { find: /^\.\/languages\/cur\/models\/eng-sa-model\.json$/, replacement: `${WINK_BROWSER}/sa-part.cjs` },
      ],
    },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...MODEL_ASSETS);
    },
  },
  manifest: ({ browser, manifestVersion, mode }) => ({
    // Every user-facing string is in public/_locales/<lang>/messages.json; English is the default.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No host permissions: a page is read only when the reader asks (activeTab) or after opting in to auto mode.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
      // Firefox test builds run the content script on the test server's pages by themselves (below); the host
      // permission lets them paint its highlights there too (scripting.insertCSS), as activeTab does for a reader.
      ...(mode === 'e2e' && browser === 'firefox' ? ['http://127.0.0.1/*'] : []),
    ],
    // Auto mode's permission, requested only when the reader switches it on (MV2 has no optional_host_permissions).
    ...(manifestVersion === 2 ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
    // 120: URL.canParse (the store's URL checks); sidePanel.open needs 116.
    ...(browser !== 'firefox' && { minimum_chrome_version: '120' }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'check-page': { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_commandCheckPage__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 140: first release with the CSS Custom Highlight API and data_collection_permissions (ESR 140).
          strict_min_version: '140.0',
          // The extension collects and transmits nothing.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on; older versions would ignore the
        // declaration that nothing is collected (web-ext lint: KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION).
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
    // Test builds for Firefox only: WebDriver BiDi cannot click the toolbar, so the content script runs on the
    // local test server's pages by itself. Never in a production build.
    ...(mode === 'e2e' &&
      browser === 'firefox' && {
        content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['page-reader.js'], run_at: 'document_idle' }],
      }),
  }),
});
