/**
 * Vitest global setup for the hub's tests: one throwaway PostgreSQL cluster for the run (or
 * the server DATABASE_URL names), stopped and removed afterwards even when tests fail.
 * Each test file makes its own database on it.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../../fixtures/postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres();
  project.provide('postgresUrl', server.adminUrl);
  return () => server.stop();
}
