/** A setting or situation that stops the hub from starting; its message is the one sentence shown. */
export class HubSetupError extends Error {
  override name = 'HubSetupError';
}
