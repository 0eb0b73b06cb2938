import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.test-builds/results.json' },
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      // Checks of the source files (lessons, labs, examples) that need no build.
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 60_000 } },
      // Small fixture courses, good and bad, each built on its own: after the site's build, never beside it (.astro/ is shared).
      {
        test: {
          name: 'fixtures',
          include: ['tests/fixtures-build/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/*.test.ts'],
          // Builds the real site once under a sub-path and once at the root, shared by every test file.
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // A loaded 2-core machine is slow: every expect.poll waits up to 10 s unless it says otherwise.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
          maxConcurrency: 3,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
