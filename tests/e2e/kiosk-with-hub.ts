import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Catalog } from '../../sync/catalog-schema.ts';
import { kioskApi, OPERATOR_KEY, syncUntilDone, type KioskCall } from '../unit/kiosk-sync/harness/kiosk-api.ts';
import { launchChromium } from './browser.ts';
import { startConsoleHub, type ConsoleHub } from './console-hub.ts';
import { startKioskProcess, type KioskProcess } from './kiosk-process.ts';

interface Running {
  readonly hub: ConsoleHub;
  /** A built kiosk in browser mode, enrolled at the hub by KIOSK_ENROL_CODE and synced once. */
  readonly kiosk: KioskProcess;
  /** The kiosk's API with the operator key, for syncing when a test says so. */
  readonly api: KioskCall;
  readonly browser: Browser;
}

/**
 * The built hub with `catalog` published and a built kiosk enrolled at it, and one Chromium,
 * for a whole test file: what a test of the console and the kiosk together starts from.
 */
export function useKioskWithHub(catalog: Catalog): Running {
  let hub: ConsoleHub | undefined;
  let kiosk: KioskProcess | undefined;
  let api: KioskCall | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    hub = await startConsoleHub(0, catalog);
    const { code } = await hub.admin.newKiosk('Kios Lobi');
    kiosk = await startKioskProcess({
      KIOSK_HUB_URL: hub.url,
      KIOSK_ENROL_CODE: code,
      KIOSK_ID: '',
      KIOSK_OPERATOR_KEY: OPERATOR_KEY,
    });
    api = await kioskApi(kiosk);
    await syncUntilDone(api);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await kiosk?.stop();
    await hub?.stop();
  });
  return {
    get hub() {
      return hub!;
    },
    get kiosk() {
      return kiosk!;
    },
    get api() {
      return api!;
    },
    get browser() {
      return browser!;
    },
  };
}
