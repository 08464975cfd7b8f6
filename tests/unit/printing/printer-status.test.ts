import { describe, expect, it } from 'vitest';
import { decodeStatus } from '../../../main/printing/printer-status.ts';
import { READY } from '../../../main/printing/transport.ts';

const OK = 0x12; // bits 1 and 4 are fixed on in every reply
const reply = (...bytes: number[]) => Uint8Array.from(bytes);

describe('DLE EOT status bytes', () => {
  it('read as online and well when only the fixed bits are set', () => {
    expect(decodeStatus(reply(OK, OK, OK, OK))).toEqual(READY);
  });

  it('decode offline (n=1 bit 3), cover open (n=2 bit 2) and paper end stop (n=2 bit 5)', () => {
    expect(decodeStatus(reply(OK | 0x08, OK | 0x04, OK, OK))).toMatchObject({
      online: false,
      coverOpen: true,
      paperEnd: false,
    });
    expect(decodeStatus(reply(OK | 0x08, OK | 0x20, OK, OK))).toMatchObject({ online: false, paperEnd: true });
  });

  it('decode the roll sensor: near end (n=4 bits 2-3) and paper end (bits 5-6)', () => {
    expect(decodeStatus(reply(OK, OK, OK, OK | 0x0c))).toMatchObject({ paperNearEnd: true, paperEnd: false });
    expect(decodeStatus(reply(OK, OK, OK, OK | 0x0c | 0x60))).toMatchObject({ paperNearEnd: true, paperEnd: true });
  });

  it('name the error causes of n=3', () => {
    expect(decodeStatus(reply(OK | 0x08, OK | 0x40, OK | 0x08, OK))).toMatchObject({
      online: false,
      error: 'autocutter error',
    });
    expect(decodeStatus(reply(OK | 0x08, OK | 0x40, OK | 0x20 | 0x40, OK))).toMatchObject({
      error: 'unrecoverable error, auto-recoverable error (for example the head overheated)',
    });
  });

  it('treat short or malformed replies as unknown rather than guessing', () => {
    expect(decodeStatus(reply(OK, OK))).toMatchObject({ known: false, online: false });
    expect(decodeStatus(reply(0x41, 0x42, 0x43, 0x44))).toMatchObject({
      known: false,
      reason: expect.stringContaining('41424344'),
    });
  });
});
