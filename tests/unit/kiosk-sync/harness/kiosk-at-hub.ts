/**
 * Real kiosks (openKiosk, in this process) enrolled at a test hub through KIOSK_HUB_URL and
 * KIOSK_ENROL_CODE, as an operator would set them, and the calls tests make on them.
 */
import { afterAll, beforeAll } from 'vitest';
import { dispatch } from '../../../../main/api/dispatch.ts';
import type { KioskConfig } from '../../../../main/config.ts';
import { openKiosk, type Kiosk } from '../../../../main/open-kiosk.ts';
import type { MethodName, MethodOutput } from '../../../../preload/contract.ts';
import { testConfig } from '../../../fixtures/kiosk-config.ts';
import type { AgencyClient } from '../../hub/harness/agency-client.ts';
import type { StoreKind } from '../../hub/harness/test-database.ts';
import { startTestHub, type TestHub } from '../../hub/harness/test-hub.ts';

export interface EnrolledKiosk {
  kiosk: Kiosk;
  prefix: string;
  /** What it was opened with: its data folder and key file, to open it again. */
  config: KioskConfig;
}

/** A kiosk created at the hub by its admin and enrolled by the kiosk's first sync round. */
export async function kioskAt(
  hub: { url: string; admin: AgencyClient },
  env: Record<string, string> = {},
): Promise<EnrolledKiosk> {
  const { prefix, code } = await hub.admin.newKiosk();
  // KIOSK_ID empty: the kiosk takes the prefix the hub gives it.
  const config = testConfig({ KIOSK_HUB_URL: hub.url, KIOSK_ENROL_CODE: code, KIOSK_ID: '', ...env });
  const kiosk = await openKiosk(config);
  await kiosk.sync.runRound();
  return { kiosk, prefix, config };
}

/** A method through the contract's checks, as either transport calls it; throws on a failure. */
export async function call<M extends MethodName>(
  kiosk: Kiosk,
  method: M,
  input: unknown = {},
): Promise<MethodOutput<M>> {
  const result = await dispatch(kiosk.api, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.code}: ${result.message}`);
  return result.value as MethodOutput<M>;
}

/** A hub for a test file and the kiosks its tests enrol there, all closed after the file. */
export function useHubWithKiosks(
  kind: StoreKind,
  label: string,
): { readonly hub: TestHub; enrolled(env?: Record<string, string>): Promise<EnrolledKiosk> } {
  let hub: TestHub | undefined;
  const kiosks: Kiosk[] = [];
  beforeAll(async () => {
    hub = await startTestHub(kind, label);
  });
  afterAll(async () => {
    for (const kiosk of kiosks) await kiosk.close();
    await hub?.close();
  });
  return {
    get hub() {
      return hub!;
    },
    async enrolled(env = {}) {
      const made = await kioskAt(hub!, env);
      kiosks.push(made.kiosk);
      return made;
    },
  };
}
