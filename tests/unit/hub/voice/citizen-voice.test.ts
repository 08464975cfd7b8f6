import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimKiosk } from '../../../fixtures/sim-kiosk.ts';
import { startTestHub, type TestHub } from '../harness/test-hub.ts';
import { STORE_KINDS } from '../harness/test-database.ts';

const at = '2026-03-02T10:00:00+07:00';

describe.each(STORE_KINDS)('complaints and SKM at the hub on %s', (kind) => {
  let hub: TestHub;
  let kiosk: SimKiosk;
  let code: string;

  beforeAll(async () => {
    hub = await startTestHub(kind, 'citizen_voice');
    kiosk = await hub.enrolledKiosk('Kios Lobi');
    kiosk.file(1, new Date(at));
    code = kiosk.complain(at);
    kiosk.survey(at, [4, 4, 4, null, 4, 4, 4, 4, 4], {
      profile: { sex: 'female', ageBand: null, education: null, occupation: null },
      suggestion: 'LEBIH CEPAT',
    });
    kiosk.survey(at, [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    await kiosk.push();
  });
  afterAll(async () => {
    await hub?.close();
  });

  // Served: the request and the complaint filed in the period.
  it('projects surveys into day tallies and reports the IKM, skips not counted as zeros', async () => {
    const report = await hub.admin.call('GET', '/api/v1/skm/report?kind=quarter&year=2026&number=1');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ respondents: 2, served: 2, ikm: 86.11, grade: 'B' });
    expect(report.body.elements[3]).toMatchObject({ code: 'U4', answers: 1, nrr: 3 });
    expect(report.body.profile[0].values).toContainEqual({ value: 'female', count: 1 });
    const byService = await hub.admin.call('GET', '/api/v1/skm/report?kind=month&year=2026&number=3&service=kk-baru');
    expect(byService.body).toMatchObject({ respondents: 0, ikm: null });
    const pdf = await fetch(`${hub.url}/api/v1/skm/report.pdf?kind=year&year=2026`, {
      headers: { authorization: `Bearer ${(hub.admin as unknown as { token: string }).token}` },
    });
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('counts a batch sent twice once', async () => {
    kiosk.ackedSeq = 0;
    await kiosk.push();
    const report = await hub.admin.call('GET', '/api/v1/skm/report?kind=year&year=2026');
    expect(report.body.respondents).toBe(2);
  });

  it('lists a complaint with its LAPOR! stage, moves it forward to the kiosk’s feed, and exports it for LAPOR!', async () => {
    const list = await hub.admin.call('GET', '/api/v1/complaints');
    expect(list.body.complaints).toEqual([
      expect.objectContaining({
        trackingCode: code,
        stage: 'received',
        identity: 'confidential',
        due: expect.objectContaining({ step: 'verify', by: '2026-03-05' }),
      }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain('PUTRI');
    const moved = await hub.admin.call('POST', `/api/v1/complaints/${code}/stage`, {
      stage: 'forwarded',
      reason: 'ke Dinas PU',
    });
    expect(moved.status).toBe(200);
    const back = await hub.admin.call('POST', `/api/v1/complaints/${code}/stage`, {
      stage: 'verified',
      reason: 'mundur',
    });
    expect(back.status).toBe(409);
    await kiosk.pull();
    expect(kiosk.statuses.get(code)).toMatchObject({ status: 'forwarded' });
    const csv = await fetch(`${hub.url}/api/v1/complaints/export.csv`, {
      headers: { authorization: `Bearer ${(hub.admin as unknown as { token: string }).token}` },
    });
    const text = await csv.text();
    expect(text).toContain('Kerahasiaan');
    expect(text).toContain(',Rahasia,');
    expect(text).toContain('LAMPU MATI');
  });
});
