import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/**
 * Tests that spawn processes, read every real page or train a model: `npm run test:fast` leaves them out so the
 * pure unit tests answer in seconds; `npm test` runs both projects (and then the end-to-end tests).
 */
const SLOW = [
  'tests/robustness/**/*.test.ts',
  'tests/cli/**/*.test.ts',
  'tests/bench/bench.test.ts',
  'tests/stance/fnc1-command.test.ts',
  'tests/stance/train-stance-model.test.ts',
  'tests/slow/**/*.test.ts',
];
const ALL = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];
/** Tests of the browser glue on fakeBrowser. */
const GLUE = ['tests/extension/**/*.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    mockReset: true,
    restoreMocks: true,
    testTimeout: 30_000,
    // The JSON report is what .ci/run counts for its closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
    projects: [
      // Pure unit tests share one module graph (no isolation): most of the fast loop's time would be module loading.
      {
        extends: true,
        test: { name: 'fast', isolate: false, include: ALL, exclude: [...SLOW, ...GLUE, 'tests/e2e/**', 'node_modules/**'] },
      },
      // The browser glue runs on WXT's fakeBrowser and the global `chrome` it installs: each file gets its own.
      { extends: true, test: { name: 'glue', include: GLUE } },
      { extends: true, test: { name: 'slow', include: SLOW, exclude: ['tests/e2e/**', 'node_modules/**'] } },
    ],
  },
});
