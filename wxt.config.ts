import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Firefox add-on id: needed for MV3 and for `browser_specific_settings` (storage, install from file). */
const GECKO_ID = 'crosscheck@crosscheck.invalid';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: 'Crosscheck',
    description: 'Cross-checks news claims across outlets — privately, on your machine.',
    // No host permissions: a page is read only when the reader asks (activeTab) or after opting in to auto mode.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Auto mode's permission, requested only when the reader switches it on (MV2 has no optional_host_permissions).
    ...(manifestVersion === 2 ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
    action: { default_title: 'Crosscheck this page' },
    commands: {
      'check-page': { suggested_key: { default: 'Alt+Shift+C' }, description: 'Check the current page' },
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
      },
    }),
    // Test builds for Firefox only: WebDriver BiDi cannot click the toolbar, so the content script runs on the
    // local test server's pages by itself. Never in a production build.
    ...(mode === 'e2e' &&
      browser === 'firefox' && {
        content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' }],
      }),
  }),
});
