/** Why a bundle was refused, as a code for programs and one sentence for the operator. */
export type BundleProblem =
  'damaged' | 'direction' | 'foreign' | 'tampered' | 'replayed' | 'stale' | 'unknown-kiosk' | 'revoked';

export class BundleError extends Error {
  override name = 'BundleError';
  constructor(
    readonly problem: BundleProblem,
    message: string,
  ) {
    super(message);
  }
}
