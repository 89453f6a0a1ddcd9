import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three groups: `content` checks whatever content/ holds (valid, builds, links,
 * valid HTML: `npm test -- --project content`); `unit` tests pure code in-process,
 * without any build; `generator` tests vita itself on the fixture content trees
 * under tests/fixtures/sites/ (never on content/), from built sites and commands.
 * Its global setup builds the sites its tests share (tests/helpers/sites.ts) while the
 * other two groups run; its own tests run after them, once the sites are built.
 */
export default defineConfig({
  test: {
    // Most test files wait on the builds and commands they start: one file per core (Vitest's default is one fewer).
    maxWorkers: availableParallelism(),
    // A slow machine is no failure: a build takes seconds on two quiet cores and can take minutes on a busy one.
    // The limits only stop what hangs.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    projects: [
      { extends: true, test: { name: 'content', include: ['tests/owner/**/*.test.ts'] } },
      // Pure code: its files share one module graph per worker (no module state differs between them).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      {
        extends: true,
        test: {
          name: 'generator',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/owner/**', 'tests/unit/**', 'tests/browser/**', 'node_modules/**'],
          globalSetup: ['tests/globalSetup.ts'],
          setupFiles: ['tests/sharedSitesBuilt.ts'],
          // After the other groups, which run while its global setup builds.
          sequence: { groupOrder: 1 },
          isolate: false,
        },
      },
    ],
  },
});
