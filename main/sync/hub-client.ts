/**
 * One signed call to the hub and its verified answer (sync/README.md, "Signed calls" and
 * "Signed answers"). Bodies go gzip-packed; packing and unpacking run on libuv's threads,
 * so a large batch does not hold up the citizen's screen. An answer the hub did not sign
 * with the pinned key is no answer at all: the call failed and will be tried again.
 */
import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { KeyPair } from '../../sync/keys.ts';
import { HEADERS } from '../../sync/protocol.ts';
import { newNonce, signRequest, verifyResponse } from '../../sync/request-signing.ts';

const pack = promisify(gzip);
const unpack = promisify(gunzip);

/** The hub said no, in an answer it signed: its code is for the program, its message for the operator. */
export class HubRefusal extends Error {
  override name = 'HubRefusal';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The hub's clock when it answered, for a clock-skew refusal. */
    readonly hubTime: string | null,
  ) {
    super(message);
  }
}

/** No trustworthy answer: the link failed, the call timed out, or the answer was not signed by the hub. */
export class LinkFailure extends Error {
  override name = 'LinkFailure';
  constructor(
    message: string,
    /** How long the hub (or a proxy before it) asked the kiosk to wait, when it said. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

/** Retry-After in seconds, up to an hour; its date form and nonsense are ignored. */
function retryAfterMs(header: string | string[] | undefined): number | null {
  const seconds = typeof header === 'string' && /^\d{1,4}$/.test(header.trim()) ? Number(header) : NaN;
  return seconds >= 1 && seconds <= 3600 ? seconds * 1000 : null;
}

/** The hub answered, signed, but with something this kiosk cannot use; its message says what to do. */
export class SyncProblem extends Error {
  override name = 'SyncProblem';
}

export interface Signer {
  /** The kiosk's prefix, or "-" while enrolling. */
  kiosk: string;
  keys: KeyPair;
}

export interface CallOptions {
  /** The pinned hub signing key; for enrolment, a function that finds it in the answer. */
  hubKey: string | ((json: unknown) => string | undefined);
  signal?: AbortSignal;
}

/** Answers (a feed page with a whole catalog) stay far below this; anything bigger is not from a hub. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

export class HubClient {
  private readonly agent: http.Agent;

  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 30_000,
  ) {
    const secure = new URL(baseUrl).protocol === 'https:';
    this.agent = secure
      ? new https.Agent({ keepAlive: true, maxSockets: 1 })
      : new http.Agent({ keepAlive: true, maxSockets: 1 });
  }

  close(): void {
    this.agent.destroy();
  }

  /** Resolves with the verified JSON of a 200 answer; rejects with HubRefusal or LinkFailure. */
  async call(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    signer: Signer,
    options: CallOptions,
  ): Promise<unknown> {
    const packed = body === undefined ? Buffer.alloc(0) : await pack(Buffer.from(JSON.stringify(body), 'utf8'));
    const nonce = newNonce();
    const headers: Record<string, string> = {
      ...signRequest({ method, path, kiosk: signer.kiosk, body: packed, nonce }, signer.keys),
      'accept-encoding': 'gzip',
      'content-length': String(packed.length),
    };
    if (body !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    const answer = await this.send(method, path, headers, packed, options.signal);
    const json = parseJson(answer.bytes);
    const hubKey = typeof options.hubKey === 'string' ? options.hubKey : options.hubKey(json);
    const signature = answer.headers[HEADERS.hubSignature];
    const trusted =
      hubKey !== undefined &&
      verifyResponse(
        { kiosk: signer.kiosk, nonce, status: answer.status, body: answer.bytes },
        typeof signature === 'string' ? signature : null,
        hubKey,
      );
    const error = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    if (!trusted) {
      const said = typeof error?.message === 'string' ? `: "${error.message}"` : '';
      // Rate limits and overload are answered before a call is verified, so they come
      // unsigned. Nothing in them is used but the wait, which is all a forger could cause.
      if (answer.status === 429 || answer.status === 503) {
        const wait = retryAfterMs(answer.headers['retry-after']);
        throw new LinkFailure(
          `The hub at ${this.baseUrl} asked the kiosk to wait${wait ? ` ${wait / 1000} s` : ''} before calling again (HTTP ${answer.status}${said}).`,
          wait,
        );
      }
      throw new LinkFailure(
        `The answer from the hub to ${method} ${path.split('?')[0]} (HTTP ${answer.status}) does not carry the hub's signature${said}.`,
      );
    }
    if (answer.status !== 200) {
      const hubTime = answer.headers[HEADERS.hubTime];
      throw new HubRefusal(
        answer.status,
        typeof error?.code === 'string' ? error.code : 'unknown',
        typeof error?.message === 'string'
          ? error.message
          : `The hub refused ${method} ${path} with HTTP ${answer.status}.`,
        typeof hubTime === 'string' ? hubTime : null,
      );
    }
    return json;
  }

  private send(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: Buffer,
    signal: AbortSignal | undefined,
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }> {
    const url = new URL(path, this.baseUrl);
    const transport = url.protocol === 'https:' ? https : http;
    const failed = (why: string) => new LinkFailure(`No answer from the hub at ${this.baseUrl}: ${why}.`);
    return new Promise((resolve, reject) => {
      const request = transport.request(
        url,
        { method, headers, agent: this.agent, timeout: this.timeoutMs, signal },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_ANSWER_BYTES) request.destroy(failed('the answer is far larger than any hub sends'));
            else chunks.push(chunk);
          });
          response.on('error', (error) => reject(failed(error.message)));
          response.on('close', () => {
            if (!response.complete) reject(failed('the answer was cut short'));
          });
          response.on('end', () => {
            if (!response.complete) return reject(failed('the answer was cut short'));
            const raw = Buffer.concat(chunks);
            const packed = response.headers['content-encoding'] === 'gzip';
            (packed ? unpack(raw, { maxOutputLength: MAX_ANSWER_BYTES }) : Promise.resolve(raw)).then(
              (bytes) => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes }),
              () => reject(failed('the answer was not the gzip data it said it was')),
            );
          });
        },
      );
      request.on('timeout', () => request.destroy(failed(`nothing arrived for ${this.timeoutMs / 1000} s`)));
      request.on('error', (error) =>
        reject(error instanceof LinkFailure ? error : failed(signal?.aborted ? 'sync was stopped' : error.message)),
      );
      request.end(body);
    });
  }
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}
