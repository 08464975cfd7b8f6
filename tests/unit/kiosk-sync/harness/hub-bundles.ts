/** The hub's side of USB bundles through its agency API, as the console uploads and downloads them. */
import type { TestHub } from '../../hub/harness/test-hub.ts';

export async function uploadBundle(hub: TestHub, text: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${hub.url}/api/v1/bundles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${hub.admin.token}`, 'content-type': 'application/octet-stream' },
    body: text,
  });
  return { status: response.status, body: await response.json() };
}

export async function returnBundle(hub: TestHub, prefix: string): Promise<string> {
  const response = await fetch(`${hub.url}/api/v1/kiosks/${prefix}/return-bundle`, {
    method: 'POST',
    headers: { authorization: `Bearer ${hub.admin.token}` },
  });
  if (response.status !== 200) throw new Error(`no return bundle: ${await response.text()}`);
  return response.text();
}
