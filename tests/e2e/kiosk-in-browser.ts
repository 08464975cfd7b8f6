import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startKioskProcess, type KioskProcess } from './kiosk-process.ts';

/**
 * One built kiosk process and one Chromium for a whole test file, started before its tests
 * and stopped after them. Read `kiosk` and `browser` inside tests, once they have started.
 */
export function useKioskInBrowser(env: Record<string, string> = {}): {
  readonly kiosk: KioskProcess;
  readonly browser: Browser;
} {
  let kiosk: KioskProcess | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    kiosk = await startKioskProcess(env);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await kiosk?.stop();
  });
  return {
    get kiosk() {
      return kiosk!;
    },
    get browser() {
      return browser!;
    },
  };
}
