import { defineConfig } from 'vitest/config';

// Integration tests: real servers on 127.0.0.1 (pouchdb-server for team sync), started by the tests.
export default defineConfig({
  test: {
    include: ['test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One file at a time: each starts its own server, and the machine's cores are shared.
    fileParallelism: false,
  },
});
