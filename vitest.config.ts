import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two groups: `content` checks whatever content/ holds (valid, builds, links,
 * valid HTML: `npm test -- --project content`); `generator` tests vita itself
 * on the fixture content trees under tests/fixtures/sites/, never on content/.
 */
export default defineConfig({
  test: {
    // Most test files wait on the builds and commands they start: one file per core (Vitest's default is one fewer).
    maxWorkers: availableParallelism(),
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      { test: { name: 'content', include: ['tests/owner/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 } },
      {
        test: {
          name: 'generator',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/owner/**', 'tests/browser/**', 'node_modules/**'],
          globalSetup: ['tests/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
