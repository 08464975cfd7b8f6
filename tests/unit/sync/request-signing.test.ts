import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSigningKeys } from '../../../sync/keys.ts';
import { HEADERS } from '../../../sync/protocol.ts';
import {
  clockSkew,
  requestSigningText,
  signRequest,
  signResponse,
  verifyRequest,
  verifyResponse,
  type CallLine,
} from '../../../sync/request-signing.ts';

const kiosk = generateSigningKeys();
const hub = generateSigningKeys();
const call: CallLine = {
  method: 'POST',
  path: '/sync/v1/events',
  kiosk: 'K3A',
  time: '2026-11-29T10:00:00.000Z',
  nonce: 'AAAAAAAAAAAAAAAAAAAAAA',
  body: Buffer.from('{"events":[]}'),
};

describe('request signatures', () => {
  it('signs seven lines: version, method, path, kiosk, time, nonce, SHA-256 of the body bytes', () => {
    const bodyHash = createHash('sha256').update(call.body).digest('hex');
    expect(requestSigningText(call)).toBe(
      `serambi-request-v1\nPOST\n/sync/v1/events\nK3A\n2026-11-29T10:00:00.000Z\nAAAAAAAAAAAAAAAAAAAAAA\n${bodyHash}`,
    );
  });

  it('verifies with the kiosk key and fails for any change to method, path, kiosk, time, nonce or body', () => {
    const headers = signRequest(call, kiosk);
    const signature = headers[HEADERS.signature]!;
    expect(verifyRequest(call, signature, kiosk.publicKey)).toBe(true);
    expect(verifyRequest(call, signature, generateSigningKeys().publicKey)).toBe(false);
    const changes: Partial<CallLine>[] = [
      { method: 'GET' },
      { path: '/sync/v1/feed' },
      { kiosk: 'K3B' },
      { time: '2026-11-29T10:00:01.000Z' },
      { nonce: 'BAAAAAAAAAAAAAAAAAAAAA' },
      { body: Buffer.from('{"events":[1]}') },
    ];
    for (const change of changes) expect(verifyRequest({ ...call, ...change }, signature, kiosk.publicKey)).toBe(false);
    expect(verifyRequest(call, 'not-a-signature', kiosk.publicKey)).toBe(false);
  });

  it('binds the hub answer to the call it answers', () => {
    const answer = { kiosk: 'K3A', nonce: call.nonce, status: 200, body: Buffer.from('{"ackedSeq":3,"stored":3}') };
    const signature = signResponse(answer, hub);
    expect(verifyResponse(answer, signature, hub.publicKey)).toBe(true);
    expect(verifyResponse({ ...answer, nonce: 'CAAAAAAAAAAAAAAAAAAAAA' }, signature, hub.publicKey)).toBe(false);
    expect(verifyResponse({ ...answer, status: 422 }, signature, hub.publicKey)).toBe(false);
    expect(verifyResponse(answer, null, hub.publicKey)).toBe(false);
  });

  it('measures clock skew only for ISO times that name their zone', () => {
    const now = new Date('2026-11-29T10:00:00Z');
    expect(clockSkew('2026-11-29T10:04:59Z', now)).toBe(299_000);
    expect(clockSkew('2026-11-29T17:00:00+07:00', now)).toBe(0);
    expect(clockSkew('2026-11-29T10:00:00', now)).toBeNull();
    expect(clockSkew('yesterday', now)).toBeNull();
  });
});
