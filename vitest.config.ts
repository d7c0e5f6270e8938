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
      { extends: true, test: { name: 'fast', isolate: false, include: ALL, exclude: [...SLOW, 'tests/e2e/**', 'node_modules/**'] } },
      { extends: true, test: { name: 'slow', include: SLOW, exclude: ['tests/e2e/**', 'node_modules/**'] } },
    ],
  },
});
