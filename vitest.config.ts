import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CI must never pass because a focused test silenced the rest.
    allowOnly: !process.env.CI,
    testTimeout: 30_000,
  },
});
