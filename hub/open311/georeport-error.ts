/**
 * A refusal in GeoReport's own shape, `errors/error{code, description}`, with the spec's
 * statuses: 404 for what does not exist, 403 for an API key that is not valid, 400 for the rest.
 */
export class GeoReportError extends Error {
  override name = 'GeoReportError';
  constructor(
    readonly status: 400 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}

export const errorsOf = (status: number, description: string) => [{ code: status, description }];
