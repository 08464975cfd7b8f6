import { describe, expect, it } from 'vitest';
import { EventBatch, describeBatchIssue, type SyncEvent } from '../../../sync/events.ts';

const at = '2026-11-29T09:00:00+07:00';
const request: SyncEvent = {
  seq: 1,
  kind: 'request.created',
  at,
  data: {
    trackingCode: 'K3A2222223XC',
    serviceCode: 'ktp-el',
    catalogVersion: '3',
    language: 'id',
    answers: { nama: 'SITI', dokumen: ['ktp', 'kk'] },
    counter: 'A',
    queueDay: '2026-11-29',
    queueNumber: 12,
    requestedAt: at,
    noticeVersion: null,
    assistedBy: null,
  },
};

function firstSentence(body: unknown): string | null {
  const parsed = EventBatch.safeParse(body);
  return parsed.success ? null : describeBatchIssue(body, parsed.error.issues[0]!);
}

describe('event batches', () => {
  it('accepts the known kinds, nine-character codes of older kiosks, and kinds the hub does not know yet', () => {
    const older = { ...request, seq: 2, data: { ...request.data, trackingCode: 'K3A22223X' } };
    const help = { seq: 3, kind: 'help.called', at, data: { requestedAt: at, screen: 'welcome', serviceCode: null } };
    const failed = {
      seq: 4,
      kind: 'print.failed',
      at,
      data: { trackingCode: 'K3A2222223XC', failedAt: at, reason: 'paper end' },
    };
    const future = { seq: 5, kind: 'queue.called', at, data: { anything: 1 } };
    expect(firstSentence({ events: [request, older, help, failed, future] })).toBeNull();
  });

  it('names the event by seq and kind and the field by its path, and says nothing was stored', () => {
    const wrong = { ...request, data: { ...request.data, queueNumber: '12' } };
    expect(firstSentence({ events: [wrong] })).toBe(
      'Event seq 1 (request.created): "data.queueNumber": Invalid input: expected number, received string; nothing in the batch was stored.',
    );
    expect(firstSentence({ events: [{ ...request, at: '2026-11-29 09:00' }] })).toMatch(
      /^Event seq 1 \(request\.created\): "at": /,
    );
    expect(firstSentence({ events: [] })).toMatch(/^The batch: "events": /);
    expect(firstSentence({ events: [request], extra: 1 })).toMatch(/^The batch: .*"extra"/);
  });

  it('refuses seqs that do not rise', () => {
    expect(firstSentence({ events: [request, request] })).toBe(
      'Event seq 1 (request.created): "seq": comes after seq 1; send events in rising seq order, each once; nothing in the batch was stored.',
    );
  });

  it('refuses times without a zone and codes from outside the alphabet', () => {
    const noZone = { ...request, data: { ...request.data, requestedAt: '2026-11-29T09:00:00' } };
    expect(firstSentence({ events: [noZone] })).toMatch(/"data\.requestedAt"/);
    const lookalike = { ...request, data: { ...request.data, trackingCode: 'K3A2222223X0' } };
    expect(firstSentence({ events: [lookalike] })).toMatch(
      /"data\.trackingCode": use 9 or 12 characters of 23456789ACDEFHJKMNPRTWX/,
    );
  });
});
