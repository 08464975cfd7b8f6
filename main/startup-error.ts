/**
 * Turns an error raised while starting into the one sentence an operator needs.
 * Configuration and catalog errors already are such sentences; anything else is a fault
 * of the kiosk itself, reported with its detail.
 */
/** Errors whose message already is the sentence for the operator. */
const SENTENCES = ['ConfigError', 'CatalogError', 'DataFolderBusy', 'DataKeyError'];

export function describeStartupError(error: unknown, port?: number): string {
  if (error instanceof Error && SENTENCES.includes(error.name)) return error.message;
  if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    return `KIOSK_PORT ${port} is already in use; stop the program using it or set KIOSK_PORT to a free port.`;
  }
  return `Serambi could not start: ${error instanceof Error ? error.message : String(error)}`;
}
