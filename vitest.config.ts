import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CI must never pass because a focused test silenced the rest.
    allowOnly: !process.env.CI,
    // Many tests spawn the CLI or a server; on a loaded 2-core machine one can take 4x its quiet time.
    testTimeout: 120_000,
    // One throwaway PostgreSQL server for the storage tests, which run each case on SQLite and PostgreSQL.
    globalSetup: ['test/store/postgres-global-setup.ts'],
  },
});
