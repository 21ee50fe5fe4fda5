import { defineConfig } from 'vitest/config';

/**
 * Test tiers (docs/decisions/0005-test-tiers.md):
 *  - unit: pure code, no database (`*.test.ts` beside the code);
 *  - int-pglite / int-postgres: services and the HTTP API against a real database (`*.int.test.ts`), the same
 *    files run once on PGlite and once on PostgreSQL;
 *  - e2e: the built application in Debian's Chromium through playwright-core (`e2e/*.e2e.test.ts`).
 * scripts/test.mjs decides which tiers run (PostgreSQL and Chromium are required in CI).
 */
const integration = ['packages/*/src/**/*.int.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['packages/*/src/**/*.test.{ts,tsx}'], exclude: ['**/*.int.test.ts', '**/node_modules/**'] },
      },
      {
        extends: true,
        test: { name: 'int-pglite', include: integration, env: { MIZAN_TEST_DB: 'pglite' }, testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'int-postgres', include: integration, env: { MIZAN_TEST_DB: 'postgres' }, testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
