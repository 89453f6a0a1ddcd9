import { defineConfig } from 'vitest/config';

/** Browser tests: Debian's Chromium via playwright-core against the built site (npm run test:browser). */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
