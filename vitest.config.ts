import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Native hnswlib and child-process tests are CPU-heavy; two workers match this 2-core machine.
    maxWorkers: 2,
  },
});
