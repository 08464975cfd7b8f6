/**
 * The agency API from the browser: same origin, the HttpOnly session cookie, JSON both ways.
 * Every refusal becomes an ApiError with the hub's code, sentence and facts; a call that
 * finds no session tells the app, which returns to sign-in.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: string[] = [],
    readonly facts: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

let onSignedOut: () => void = () => {};
export const whenSignedOut = (callback: () => void) => {
  onSignedOut = callback;
};

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'offline', 'The hub cannot be reached.');
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = data?.error ?? {};
    if (error.code === 'signed-in-required' && path !== '/session') onSignedOut();
    throw new ApiError(response.status, error.code ?? 'unavailable', error.message ?? '', error.problems, error.facts);
  }
  return data as T;
}

/** A query string from the filled-in values. */
export function query(values: Record<string, string | number | boolean | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '' && value !== false) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
