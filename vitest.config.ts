import { defineConfig } from 'vitest/config'

/**
 * Six projects, run by scripts/test.ts in this order (after the type-check, lint and format check):
 *   architecture  the dependency rules, read from the imports (tests/architecture/)
 *   unit     pure functions (i18n, slugs, recurrence, chart geometry, …), no I/O
 *   int      Payload's Local API and REST handlers on a fresh database per test file
 *            (SQLite; PostgreSQL/MongoDB when TEST_DATABASE_URI points at one)
 *   site     checks on the built static site (needs SITE_DIST, CMS_URL from scripts/test.ts)
 *   browser  Chromium via playwright-core against the served site (needs SITE_URL, CMS_URL)
 *   builds   incremental against full site builds on the seeded CMS (needs CMS_URL and the admin login); last
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { test: { name: 'architecture', include: ['tests/architecture/**/*.test.ts'] } },
      {
        test: {
          name: 'unit',
          include: ['cms/tests/unit/**/*.test.ts', 'site/tests/unit/**/*.test.ts', 'scripts/tests/*.test.ts'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['cms/tests/int/**/*.test.ts', 'scripts/tests/int/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      { test: { name: 'site', include: ['site/tests/build/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'builds',
          include: ['tests/builds/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
