import { describe, expect, it } from 'vitest';
import { readBundle } from '../../../sync/bundle-file.ts';
import type { SyncEvent } from '../../../sync/events.ts';
import { generateBoxKeys, generateSigningKeys } from '../../../sync/keys.ts';
import { openKioskBundle, sealKioskBundle } from '../../../sync/kiosk-bundle.ts';
import { openReturnBundle, sealReturnBundle, type ReturnBundlePayload } from '../../../sync/return-bundle.ts';

const kiosk = { signing: generateSigningKeys(), box: generateBoxKeys() };
const hub = { signing: generateSigningKeys(), box: generateBoxKeys() };
const at = '2026-11-29T09:00:00+07:00';
const events: SyncEvent[] = [3, 4, 5].map((seq) => ({
  seq,
  kind: 'help.called',
  at,
  data: { requestedAt: at, screen: 'welcome', serviceCode: null },
}));
const writeKioskBundle = () =>
  sealKioskBundle({
    kiosk: 'K3A',
    kioskSigningKeys: kiosk.signing,
    hubBoxKey: hub.box.publicKey,
    events,
    cursor: 'v1.2.1.0.1',
    heartbeat: null,
  });
const payload: ReturnBundlePayload = {
  ackedSeq: 5,
  feed: { cursor: 'v1.4.1.0.1', more: false, statusChanges: [], catalog: null, announcements: null, settings: null },
};
const writeReturn = (returnSeq: number) =>
  sealReturnBundle({ kiosk: 'K3A', kioskBoxKey: kiosk.box.publicKey, hubSigningKeys: hub.signing, returnSeq, payload });
const check = { kiosk: 'K3A', kioskBoxKeys: kiosk.box, hubSigningKey: hub.signing.publicKey, lastReturnSeq: 0 };

describe('kiosk bundles', () => {
  it('round-trip: the hub reads exactly what the kiosk wrote, and the header says which events', () => {
    const file = readBundle(writeKioskBundle());
    expect(file.header).toMatchObject({ direction: 'kiosk-to-hub', kiosk: 'K3A', fromSeq: 3, toSeq: 5, count: 3 });
    expect(openKioskBundle(file, hub.box, kiosk.signing.publicKey)).toEqual({
      events,
      cursor: 'v1.2.1.0.1',
      heartbeat: null,
    });
  });

  it('keeps the contents secret from anyone but the hub', () => {
    const text = writeKioskBundle();
    expect(text).not.toContain('welcome');
    expect(() => openKioskBundle(readBundle(text), generateBoxKeys(), kiosk.signing.publicKey)).toThrow(
      /valid signature|changed/,
    );
  });

  it('refuses a changed header, a changed byte, another signer and a cut-off file', () => {
    const text = writeKioskBundle();
    const file = readBundle(text);
    const header = { ...file, header: { ...file.header, toSeq: 9 } };
    expect(() => openKioskBundle(header, hub.box, kiosk.signing.publicKey)).toThrow(
      /does not carry its writer's valid signature/,
    );
    const bytes = Buffer.from(file.ciphertext, 'base64');
    bytes[0]! ^= 1;
    expect(() =>
      openKioskBundle({ ...file, ciphertext: bytes.toString('base64') }, hub.box, kiosk.signing.publicKey),
    ).toThrow(/valid signature/);
    expect(() => openKioskBundle(file, hub.box, generateSigningKeys().publicKey)).toThrow(/valid signature/);
    for (const cut of [10, text.length / 2, text.length - 1]) {
      expect(() => readBundle(text.slice(0, cut))).toThrow(/not a complete Serambi bundle/);
    }
  });
});

describe('return bundles', () => {
  it('round-trip, then refuse the same one again and an older one', () => {
    expect(openReturnBundle(writeReturn(2), check)).toEqual({ ...payload, returnSeq: 2 });
    expect(() => openReturnBundle(writeReturn(2), { ...check, lastReturnSeq: 2 })).toThrow(
      'This return bundle was already imported; nothing was changed.',
    );
    expect(() => openReturnBundle(writeReturn(1), { ...check, lastReturnSeq: 2 })).toThrow(
      'This return bundle (number 1) is older than the last one imported (number 2); nothing was changed. Ask the hub for a new one.',
    );
  });

  it('refuses one for another kiosk, one not signed by the pinned hub, and a kiosk bundle', () => {
    expect(() => openReturnBundle(writeReturn(1), { ...check, kiosk: 'K3B' })).toThrow(
      /is for kiosk K3A, not this kiosk \(K3B\)/,
    );
    expect(() =>
      openReturnBundle(writeReturn(1), { ...check, hubSigningKey: generateSigningKeys().publicKey }),
    ).toThrow(/valid signature/);
    expect(() => openReturnBundle(writeKioskBundle(), check)).toThrow(/written by a kiosk; import it at the hub/);
  });
});
