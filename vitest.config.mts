import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    pool: 'forks',
    testTimeout: 30_000,
    // expect.poll waits for what the app does next; its 1 s default failed e2e steps on a busy 2-core CI machine
    // (a demo reset, a save and its refetch) that the app finished a moment later. A poll that passes returns at once.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 60_000,
  },
});
