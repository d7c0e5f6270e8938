import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real browsers; they run one file at a time
// because each launches a browser and the CI machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // The JSON report is what .ci/run counts for its closing "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
