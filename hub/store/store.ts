/**
 * The hub's one port to its database. PostgreSQL (production) and PGlite (trials) both sit
 * behind it, speak the same SQL and return rows of the same JavaScript types, so nothing
 * above this file knows which one runs.
 */

export interface Queryable {
  /** One statement with $1.. parameters; JSON parameters are passed as JSON text. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters, such as a migration file. */
  script(sql: string): Promise<void>;
}

export interface Store extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Committed when `work` resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** SQLSTATE codes the hub acts on. */
export const UNIQUE_VIOLATION = '23505';
export const SERIALIZATION_FAILURE = '40001';
export const DEADLOCK_DETECTED = '40P01';

export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Dates (1082) stay 'YYYY-MM-DD' text: a Date object would move them by the process's time zone. */
export const DATE_OID = 1082;
export const INT8_OID = 20;
