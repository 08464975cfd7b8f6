import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/fixtures/temp-root.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/hub/**', 'tests/unit/kiosk-sync/**'],
          environment: 'node',
          setupFiles: ['tests/fixtures/temp-dir-cleanup.ts'],
        },
      },
      {
        test: {
          // The agency hub, and kiosks syncing with it, against a throwaway PostgreSQL cluster and
          // PGlite (tests/unit/hub/harness).
          name: 'hub',
          include: ['tests/unit/hub/**/*.test.ts', 'tests/unit/kiosk-sync/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/unit/hub/harness/postgres-setup.ts'],
          setupFiles: ['tests/fixtures/temp-dir-cleanup.ts'],
          // Hub processes, a database server and kiosks share two cores: one file at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/fixtures/temp-dir-cleanup.ts'],
          // One browser at a time: the machine has two cores and the flows are long.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
