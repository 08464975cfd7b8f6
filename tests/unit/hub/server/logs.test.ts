import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../harness/test-database.ts';
import { ADMIN_PASSWORD, startTestHub, type TestHub } from '../harness/test-hub.ts';

describe.each(STORE_KINDS)('hub logs on %s', (kind) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(kind, 'logs');
  });
  afterAll(() => hub?.close());

  it('logs every call as structured JSON and never a citizen answer, a password or a session token', async () => {
    const kiosk = await hub.enrolledKiosk();
    kiosk.file(5);
    await kiosk.push();
    const broken = structuredClone(kiosk.events[0]!);
    (broken.data as { answers: Record<string, unknown> }).answers.nik = 3273014506900003;
    await kiosk.call('POST', '/sync/v1/events', { events: [broken] }).catch(() => {});
    const code = kiosk.events[0]!.data.trackingCode as string;
    await hub.admin.call('GET', `/api/v1/requests/${code}`);
    await hub.admin.call('POST', `/api/v1/requests/${code}/status`, { status: 'processing', reason: 'checked' });

    const lines = hub.logs.map((line) => JSON.parse(line) as { msg: string; level: number });
    expect(lines.some((l) => l.msg === 'request completed')).toBe(true);
    expect(lines.some((l) => l.msg === 'refused')).toBe(true);
    const all = hub.logs.join('');
    const answers = kiosk.events.flatMap((e) =>
      Object.values((e.data as { answers?: Record<string, string> }).answers ?? {}),
    );
    for (const secret of [
      ...answers.filter((a) => a.length > 8),
      '3273014506900003',
      ADMIN_PASSWORD,
      hub.admin.token!,
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
