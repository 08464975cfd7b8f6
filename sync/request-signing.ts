/**
 * Signatures on every call after enrolment: the kiosk signs what it sends, the hub signs
 * what it answers. Each side signs a few lines of text (below) that name the call, so a
 * signature cannot be moved to another call, another kiosk or another answer.
 */
import { randomBytes } from 'node:crypto';
import { HEADERS } from './protocol.ts';
import { sha256Hex, signText, verifyText, type KeyPair } from './keys.ts';

/** The kiosk field of the signed lines during enrolment, before the kiosk has a prefix. */
export const ENROLLING = '-';

export interface CallLine {
  method: string;
  /** Path and query exactly as in the request line, e.g. `/sync/v1/feed?cursor=...`. */
  path: string;
  kiosk: string;
  time: string;
  nonce: string;
  /** The body's bytes as sent (gzip-packed when Content-Encoding says so). */
  body: Uint8Array;
}

export function requestSigningText(call: CallLine): string {
  return [
    'serambi-request-v1',
    call.method.toUpperCase(),
    call.path,
    call.kiosk,
    call.time,
    call.nonce,
    sha256Hex(call.body),
  ].join('\n');
}

export function newNonce(): string {
  return randomBytes(16).toString('base64url');
}

/** The four headers a kiosk adds to a call. */
export function signRequest(
  call: Omit<CallLine, 'time' | 'nonce'> & { time?: string; nonce?: string },
  keys: KeyPair,
): Record<string, string> {
  const full: CallLine = { ...call, time: call.time ?? new Date().toISOString(), nonce: call.nonce ?? newNonce() };
  return {
    [HEADERS.kiosk]: full.kiosk,
    [HEADERS.time]: full.time,
    [HEADERS.nonce]: full.nonce,
    [HEADERS.signature]: signText(keys, requestSigningText(full)),
  };
}

export function verifyRequest(call: CallLine, signature: string, publicKey: string): boolean {
  return verifyText(publicKey, requestSigningText(call), signature);
}

/** Milliseconds between the call's time and `now`, or null when the time is not an ISO time. */
export function clockSkew(time: string, now: Date): number | null {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(time)) return null;
  const at = Date.parse(time);
  return Number.isNaN(at) ? null : Math.abs(now.getTime() - at);
}

export interface AnswerLine {
  kiosk: string;
  /** The nonce of the call this answers: an old answer cannot pass for a new one. */
  nonce: string;
  status: number;
  /** The answer's body bytes, unpacked. */
  body: Uint8Array;
}

export function responseSigningText(answer: AnswerLine): string {
  return ['serambi-response-v1', answer.kiosk, answer.nonce, String(answer.status), sha256Hex(answer.body)].join('\n');
}

export function signResponse(answer: AnswerLine, hubKeys: KeyPair): string {
  return signText(hubKeys, responseSigningText(answer));
}

/** What the kiosk runs on every answer before using it: false means treat it as no answer. */
export function verifyResponse(
  answer: AnswerLine,
  signature: string | null | undefined,
  hubPublicKey: string,
): boolean {
  return typeof signature === 'string' && verifyText(hubPublicKey, responseSigningText(answer), signature);
}
