import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium. One file at a time (2-core CI).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
