/**
 * An HTTP proxy in front of a hub that changes the hub's answers the way an attacker on the
 * link could: drops the signature, signs with a key of its own, alters the body, or answers
 * with an earlier answer. It asks the hub for unpacked answers, so it can read and alter them.
 */
import http from 'node:http';
import { generateSigningKeys } from '../../../../sync/keys.ts';
import { HEADERS } from '../../../../sync/protocol.ts';
import { signResponse } from '../../../../sync/request-signing.ts';

export type Tamper = 'none' | 'unsigned' | 'forged' | 'altered' | 'replayed';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface TamperingProxy {
  url: string;
  mode: Tamper;
  close(): Promise<void>;
}

/** Changes a JSON answer so that it says something else: a later ack, another status. */
function alter(body: Buffer): Buffer {
  const text = body.toString('utf8');
  const altered = text
    .replace(/"ackedSeq":(\d+)/, (_, n: string) => `"ackedSeq":${Number(n) + 1000}`)
    .replace(/"status":"(\w+)"/, '"status":"done"')
    .replace(/"cursor":"[^"]*"/, '"cursor":"v1.999.0.0.0"');
  return Buffer.from(altered === text ? `${text} ` : altered, 'utf8');
}

export async function startTamperingProxy(hubUrl: string): Promise<TamperingProxy> {
  const attacker = generateSigningKeys();
  const earlier = new Map<string, Answer>();
  const proxy: TamperingProxy = { url: '', mode: 'none', close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = { ...req.headers, 'accept-encoding': 'identity' };
      delete headers.host;
      const forward = http.request(new URL(req.url!, hubUrl), { method: req.method, headers }, (answer) => {
        const body: Buffer[] = [];
        answer.on('data', (c: Buffer) => body.push(c));
        answer.on('end', () => {
          const got: Answer = {
            status: answer.statusCode!,
            headers: {
              'content-type': String(answer.headers['content-type'] ?? 'application/json'),
              [HEADERS.hubTime]: String(answer.headers[HEADERS.hubTime] ?? ''),
              [HEADERS.hubSignature]: String(answer.headers[HEADERS.hubSignature] ?? ''),
            },
            body: Buffer.concat(body),
          };
          const kind = `${req.method} ${req.url!.split('?')[0]}`;
          const sent = tampered(got, earlier.get(kind), req.headers);
          if (proxy.mode === 'none') earlier.set(kind, got);
          res.writeHead(sent.status, sent.headers).end(sent.body);
        });
      });
      forward.on('error', () => res.destroy());
      forward.end(Buffer.concat(chunks));
    });
  });

  function tampered(got: Answer, before: Answer | undefined, request: http.IncomingHttpHeaders): Answer {
    switch (proxy.mode) {
      case 'none':
        return got;
      case 'unsigned': {
        const { [HEADERS.hubSignature]: _dropped, ...headers } = got.headers;
        return { ...got, headers };
      }
      case 'forged': {
        const answer = { kiosk: String(request[HEADERS.kiosk]), nonce: String(request[HEADERS.nonce]) };
        const signature = signResponse({ ...answer, status: got.status, body: got.body }, attacker);
        return { ...got, headers: { ...got.headers, [HEADERS.hubSignature]: signature } };
      }
      case 'altered':
        return { ...got, body: alter(got.body) };
      case 'replayed':
        return before ?? got;
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  proxy.close = () => new Promise((resolve) => server.close(() => resolve()));
  return proxy;
}
