import { describe, expect, it } from 'vitest';
import { browserKiosk } from '../../../../renderer/transport/browser.ts';

type Call = { url: string; init: RequestInit };

function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    const call = { url: String(url), init: init ?? {} };
    calls.push(call);
    return respond(call);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('browser-mode transport', () => {
  it('posts the input as JSON to /api/<method> with the kiosk token, and returns the Result body', async () => {
    const { fetch, calls } = fakeFetch(() => json({ ok: true, value: { display: '************0002' } }));
    const kiosk = browserKiosk({ token: 'tok-123', fetch });
    const result = await kiosk['requests.checkAnswer']({
      serviceCode: 'akta',
      field: 'nik',
      value: '3273015708850002',
    });
    expect(result).toEqual({ ok: true, value: { display: '************0002' } });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/api/requests.checkAnswer');
    expect(calls[0]!.init.method).toBe('POST');
    expect(new Headers(calls[0]!.init.headers).get('x-kiosk-token')).toBe('tok-123');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      serviceCode: 'akta',
      field: 'nik',
      value: '3273015708850002',
    });
  });

  it('passes a typed failure through, whatever the HTTP status', async () => {
    const failure = {
      ok: false,
      code: 'invalidAnswers',
      message: 'refused',
      fieldErrors: [{ field: 'nik', code: 'nikDate' }],
    };
    const { fetch } = fakeFetch(() => json(failure, 400));
    expect(
      await browserKiosk({ token: 't', fetch })['requests.submit']({
        serviceCode: 'a',
        language: 'id',
        answers: {},
        noticeVersion: null,
        consents: {},
      }),
    ).toEqual(failure);
  });

  it('turns a network failure into an internal failure instead of throwing', async () => {
    const { fetch } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const result = await browserKiosk({ token: 't', fetch })['catalog.get']({});
    expect(result).toMatchObject({ ok: false, code: 'internal' });
  });

  it('turns a body that is not a Result into an internal failure', async () => {
    for (const response of [new Response('<html>oops</html>', { status: 502 }), json({ hello: 1 })]) {
      const { fetch } = fakeFetch(() => response);
      expect(await browserKiosk({ token: 't', fetch })['kiosk.info']({})).toMatchObject({
        ok: false,
        code: 'internal',
      });
    }
  });

  it('offers every citizen method of the contract and no operator method', async () => {
    const { CITIZEN_METHOD_NAMES } = await import('../../../../preload/contract.ts');
    const kiosk = browserKiosk({ token: 't', fetch: fakeFetch(() => json({ ok: true, value: {} })).fetch });
    expect(Object.keys(kiosk).sort()).toEqual([...CITIZEN_METHOD_NAMES, 'on'].sort());
  });

  it('delivers server events from one token-carrying stream, and closes it with the last listener', () => {
    const opened: string[] = [];
    const listeners = new Map<string, (message: Event) => void>();
    let closed = false;
    const kiosk = browserKiosk({
      token: 'tok en',
      fetch: fakeFetch(() => json({ ok: true, value: {} })).fetch,
      eventSource: (url) => {
        opened.push(url);
        return {
          addEventListener: (name: string, fn: (message: Event) => void) => listeners.set(name, fn),
          removeEventListener: (name: string) => listeners.delete(name),
          close: () => (closed = true),
        } as never;
      },
    });
    const scans: unknown[] = [];
    const stop = kiosk.on('scanner.scan', (payload) => scans.push(payload));
    listeners.get('scanner.scan')!({ data: '{"code":"K3A22223X","source":"hid"}' } as MessageEvent);
    expect(scans).toEqual([{ code: 'K3A22223X', source: 'hid' }]);
    expect(opened).toEqual(['/events?token=tok%20en']);
    stop();
    expect(listeners.size).toBe(0);
    expect(closed).toBe(true);
  });
});
