/**
 * Open311 GeoReport v2 as a partner's program meets it: every answer in XML and JSON held
 * against the spec's field tables, a request filed by POST and read back both ways, the
 * same request worked on in the agency's inbox, the spec's filters and limits, and bad
 * input refused in the spec's error format with nothing stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../../sync/catalog-schema.ts';
import { miniCatalog, testService } from '../../../fixtures/mini-catalog.ts';
import type { SimKiosk } from '../../../fixtures/sim-kiosk.ts';
import { AgencyClient } from '../harness/agency-client.ts';
import { STORE_KINDS } from '../harness/test-database.ts';
import { startTestHub, type TestHub } from '../harness/test-hub.ts';
import { georeport } from './georeport-client.ts';

const t = (id: string, en: string) => ({ id, en });
const NIK = '3273014507900001';
const PHONE = '081234567890';

const catalog: Catalog = {
  ...miniCatalog,
  services: [
    testService(
      'ktp-el',
      'A',
      [
        {
          code: 'nama',
          datatype: 'string',
          required: true,
          order: 1,
          description: t('Nama', 'Name'),
          personalData: t('Nama', 'Name'),
        },
        { code: 'nik', datatype: 'nik', required: false, order: 2, description: t('NIK', 'NIK') },
        { code: 'hp', datatype: 'phone', required: false, order: 3, description: t('Nomor HP', 'Mobile number') },
        {
          code: 'keperluan',
          datatype: 'singlevaluelist',
          required: true,
          order: 4,
          description: t('Keperluan', 'Purpose'),
          values: [
            { key: 'baru', name: t('Baru', 'New') },
            { key: 'hilang', name: t('Hilang', 'Lost') },
          ],
        },
        {
          code: 'berkas',
          datatype: 'multivaluelist',
          required: false,
          order: 5,
          description: t('Berkas', 'Documents'),
          values: [
            { key: 'kk', name: t('KK', 'Family card') },
            { key: 'akta', name: t('Akta lahir', 'Birth certificate') },
          ],
        },
        {
          code: 'lahir',
          datatype: 'date',
          required: false,
          order: 6,
          description: t('Tanggal lahir', 'Date of birth'),
        },
        {
          code: 'jumlah',
          datatype: 'number',
          required: false,
          order: 7,
          description: t('Jumlah', 'Count'),
          min: 1,
          max: 5,
        },
      ],
      { standard: { ...testService('x', 'A', []).standard, promisedWorkingDays: 3 } },
    ),
    testService('kk-baru', 'B', [
      { code: 'nama', datatype: 'string', required: true, order: 1, description: t('Nama', 'Name') },
    ]),
  ],
};

describe.each(STORE_KINDS)('Open311 GeoReport v2 on %s', (kind) => {
  let hub: TestHub;
  let apiKey: string;
  let kiosk: SimKiosk;
  const filed: Record<string, string | string[]> = {
    service_code: 'ktp-el',
    lat: '-6.9147',
    long: '107.6098',
    address_string: 'Jl. Asia Afrika No. 1, Bandung',
    first_name: 'Siti',
    last_name: 'Rahayu',
    phone: PHONE,
    email: 'siti@example.id',
    description: `Kartu hilang. NIK saya ${NIK}, hubungi ${PHONE} atau +62 812-3456-7890.`,
    'attribute[nama]': 'SITI RAHAYU',
    'attribute[nik]': NIK,
    'attribute[hp]': PHONE,
    'attribute[keperluan]': 'hilang',
    'attribute[berkas][]': ['kk', 'akta'],
    'attribute[lahir]': '1990-07-05',
  };
  const count = async () => (await hub.store.query<{ n: number }>('SELECT count(*)::int AS n FROM requests'))[0]!.n;

  beforeAll(async () => {
    hub = await startTestHub(kind, 'open311');
    expect((await hub.admin.call('POST', '/api/v1/catalog/versions', { catalog, note: 'open311' })).status).toBe(201);
    const partner = await hub.admin.call('POST', '/api/v1/open311/partners', {
      name: 'Portal Warga',
      contact: 'Diskominfo, portal@example.go.id',
    });
    expect(partner.status).toBe(201);
    apiKey = partner.body.apiKey;
    kiosk = await hub.enrolledKiosk('Kios Balai Kota');
    kiosk.file(3);
    await kiosk.push();
  });
  afterAll(() => hub?.close());

  for (const wire of ['xml', 'json'] as const) {
    describe(`in ${wire}`, () => {
      it('answers discovery, the service list and each service definition by the spec', async () => {
        const discovery = await georeport(hub.url, wire, 'discovery', 'discovery');
        const endpoint = [discovery.data.endpoints].flat()[0];
        expect(endpoint.url).toBe('https://hub.example.go.id/open311/v2');
        const services = await georeport(hub.url, wire, 'services', 'services');
        expect(services.data.map((s: { service_code: string }) => s.service_code)).toEqual(['ktp-el', 'kk-baru']);
        expect(services.data[0]).toMatchObject({ service_name: 'Layanan ktp-el', group: 'Umum', type: 'realtime' });
        const english = await georeport(hub.url, wire, 'services', 'services', {
          headers: { 'accept-language': 'en-GB' },
        });
        expect(english.data[0].service_name).toBe('Service ktp-el');
        const definition = await georeport(hub.url, wire, 'services/ktp-el', 'service_definition');
        const attributes = definition.data.attributes as { code: string; datatype: string; values: unknown }[];
        expect(attributes.map((a) => [a.code, a.datatype])).toEqual([
          ['nama', 'string'],
          ['nik', 'string'],
          ['hp', 'string'],
          ['keperluan', 'singlevaluelist'],
          ['berkas', 'multivaluelist'],
          ['lahir', 'datetime'],
          ['jumlah', 'number'],
        ]);
        expect(attributes[3]!.values).toEqual([
          { key: 'baru', name: 'Baru' },
          { key: 'hilang', name: 'Hilang' },
        ]);
      });

      it('files a request by POST and reads it back, with no NIK or phone number anywhere', async () => {
        const before = await count();
        const created = await georeport(hub.url, wire, 'requests', 'created', { form: { ...filed, api_key: apiKey } });
        expect(created.status).toBe(200);
        const id = created.data[0].service_request_id as string;
        expect(id).toMatch(/^[23456789ACDEFHJKMNPRTWX]{12}$/);
        expect(created.data[0].service_notice).toBe('1 hari');
        expect(await count()).toBe(before + 1);
        for (const back of ['xml', 'json'] as const) {
          const read = await georeport(hub.url, back, `requests/${id}`, 'service_requests');
          const [request] = read.data;
          expect(request).toMatchObject({
            service_request_id: id,
            status: 'open',
            service_code: 'ktp-el',
            service_name: 'Layanan ktp-el',
            address: 'Jl. Asia Afrika No. 1, Bandung',
            agency_responsible: 'Mal Pelayanan Publik Uji',
          });
          expect(request.description).toBe('Kartu hilang. NIK saya [NIK], hubungi [telepon] atau [telepon].');
          expect(Number(request.lat)).toBeCloseTo(-6.9147);
          expect(request.expected_datetime).toMatch(/T23:59:59\+07:00$/);
          for (const secret of [NIK, PHONE, '81234567890', 'Siti', 'siti@example.id', 'SITI']) {
            expect(read.text).not.toContain(secret);
          }
        }
      });

      it('shows a kiosk request placed at its kiosk, and never its answers', async () => {
        const code = kiosk.events[0]!.data.trackingCode as string;
        const read = await georeport(hub.url, wire, `requests/${code}`, 'service_requests');
        expect(read.data[0]).toMatchObject({
          service_request_id: code,
          address: 'Jl. Merdeka No. 1',
          description: null,
        });
        const answers = kiosk.events[0]!.data.answers as Record<string, string>;
        for (const answer of Object.values(answers)) expect(read.text).not.toContain(answer);
      });

      it('refuses bad input in the spec’s error format, storing nothing', async () => {
        const before = await count();
        const refusals: [Record<string, string | string[]>, number, RegExp][] = [
          [{ ...filed }, 400, /^api_key was not provided/],
          [{ ...filed, api_key: 'bukan-kunci' }, 403, /api_key is not valid/],
          [{ ...filed, api_key: apiKey, service_code: 'tidak-ada' }, 404, /no service with service_code tidak-ada/],
          [{ ...filed, api_key: apiKey, lat: '', long: '', address_string: '' }, 400, /A location is required/],
          [{ ...filed, api_key: apiKey, long: '' }, 400, /lat and long must be sent together/],
          [{ ...filed, api_key: apiKey, lat: '91' }, 400, /^lat: must be from -90 to 90/],
          [{ ...filed, api_key: apiKey, 'attribute[nama]': '' }, 400, /^attribute\[nama\] is required/],
          [{ ...filed, api_key: apiKey, 'attribute[keperluan]': 'x' }, 400, /has no value with key "x"/],
          [{ ...filed, api_key: apiKey, 'attribute[nik]': '123' }, 400, /is not a NIK of 16 digits/],
          [{ ...filed, api_key: apiKey, 'attribute[jumlah]': '9' }, 400, /must be from 1 to 5/],
          [{ ...filed, api_key: apiKey, 'attribute[lahir]': '5 Juli' }, 400, /is not a date/],
          [{ ...filed, api_key: apiKey, 'attribute[rahasia]': 'x' }, 400, /is not a field of service ktp-el/],
          [{ ...filed, api_key: apiKey, description: 'x'.repeat(4001) }, 400, /^description: use at most 4000/],
          [{ ...filed, api_key: apiKey, media_url: 'javascript:alert(1)' }, 400, /^media_url: is not an http/],
        ];
        for (const [form, status, description] of refusals) {
          const answer = await georeport(hub.url, wire, 'requests', 'errors', { form });
          expect(answer.status, JSON.stringify(form).slice(0, 80)).toBe(status);
          expect(Number(answer.data[0].code)).toBe(status);
          expect(answer.data[0].description).toMatch(description);
        }
        const json = await fetch(`${hub.url}/open311/v2/requests.${wire}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ api_key: apiKey }),
        });
        expect(json.status).toBe(400);
        expect(await count()).toBe(before);
        expect((await georeport(hub.url, wire, 'services/tidak-ada', 'errors')).status).toBe(404);
        expect((await georeport(hub.url, wire, 'requests/K3A', 'errors')).status).toBe(404);
        expect((await georeport(hub.url, wire, 'tokens/abc', 'errors')).status).toBe(404);
        expect((await georeport(hub.url, wire, 'nothing', 'errors')).status).toBe(404);
        const span = await georeport(
          hub.url,
          wire,
          'requests?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z',
          'errors',
        );
        expect(span.status).toBe(400);
        expect((await georeport(hub.url, wire, 'requests?start_date=kemarin', 'errors')).status).toBe(400);
        expect((await georeport(hub.url, wire, 'requests?status=pending', 'errors')).status).toBe(400);
      });
    });
  }

  it('puts a partner request into the agency inbox and its status flow, back out as closed with the note', async () => {
    const created = await georeport(hub.url, 'json', 'requests', 'created', { form: { ...filed, api_key: apiKey } });
    const id = created.data[0].service_request_id as string;
    const inbox = await hub.admin.call('GET', `/api/v1/requests?tracking=${id}`);
    expect(inbox.body.requests[0]).toMatchObject({
      trackingCode: id,
      kiosk: { name: 'Portal Warga', channel: 'open311' },
      queueNumber: null,
      status: 'received',
    });
    const detail = await hub.admin.call('GET', `/api/v1/requests/${id}`);
    expect(detail.body.request.answers).toMatchObject({
      nama: 'SITI RAHAYU',
      berkas: ['kk', 'akta'],
      open311_phone: PHONE,
    });
    const done = await hub.admin.call('POST', `/api/v1/requests/${id}/status`, {
      status: 'done',
      reason: 'selesai',
      note: { id: `KTP siap diambil; tanya ${PHONE}.`, en: 'Your ID card is ready.' },
    });
    expect(done.status).toBe(200);
    const read = await georeport(hub.url, 'xml', `requests/${id}`, 'service_requests');
    expect(read.data[0]).toMatchObject({ status: 'closed', status_notes: 'KTP siap diambil; tanya [telepon].' });
    expect(read.data[0].expected_datetime).toBeNull();
    const english = await georeport(hub.url, 'json', `requests/${id}`, 'service_requests', {
      headers: { 'accept-language': 'en' },
    });
    expect(english.data[0].status_notes).toBe('Your ID card is ready.');
    const closed = await georeport(hub.url, 'json', 'requests?status=closed', 'service_requests');
    expect(closed.data.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([id]);
    const open = await georeport(
      hub.url,
      'json',
      'requests?status=open&service_code=ktp-el,kk-baru',
      'service_requests',
    );
    expect(open.data.every((r: { status: string }) => r.status === 'open')).toBe(true);
    const both = await georeport(
      hub.url,
      'json',
      `requests?service_request_id=${id},${open.data[0].service_request_id}`,
      'service_requests',
    );
    expect(both.data).toHaveLength(2);
  });

  it('keeps to the 90-day window by default and to 1,000 requests at most', async () => {
    kiosk.file(1001, new Date(Date.now() - 3_600_000));
    await kiosk.push();
    const all = await georeport(hub.url, 'json', 'requests', 'service_requests');
    expect(all.data).toHaveLength(1000);
    const old = await georeport(
      hub.url,
      'json',
      'requests?start_date=2020-01-01T00:00:00%2B07:00&end_date=2020-03-01T00:00:00Z',
      'service_requests',
    );
    expect(old.data ?? []).toEqual([]);
  });

  it('stops a revoked key at once', async () => {
    const partners = await hub.admin.call('GET', '/api/v1/open311/partners');
    const prefix = partners.body.partners[0].prefix;
    const agent = new AgencyClient(hub.url, hub.admin.token);
    expect(
      (await agent.call('POST', `/api/v1/open311/partners/${prefix}/revoke`, { reason: 'kontrak selesai' })).status,
    ).toBe(200);
    const refused = await georeport(hub.url, 'xml', 'requests', 'errors', { form: { ...filed, api_key: apiKey } });
    expect(refused.status).toBe(403);
    expect(
      await hub.store.query(`SELECT action FROM audit_log WHERE action LIKE 'open311.%' ORDER BY audit_id`),
    ).toEqual([{ action: 'open311.key-issued' }, { action: 'open311.key-revoked' }]);
  });
});
