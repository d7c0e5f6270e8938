import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Crosscheck',
    description: 'Cross-checks news claims across outlets — privately, on your machine.',
    permissions: ['activeTab', 'scripting', 'sidePanel', 'storage', 'contextMenus'],
    optional_host_permissions: ['<all_urls>'],
  },
});
