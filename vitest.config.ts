import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Tests that start servers bind 127.0.0.1 only.
    testTimeout: 20_000,
  },
});
