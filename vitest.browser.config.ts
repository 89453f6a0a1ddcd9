import { defineConfig } from 'vitest/config';

/** Browser tests: Debian's Chromium via playwright-core against the built site (npm run test:browser). */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/globalSetup.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
