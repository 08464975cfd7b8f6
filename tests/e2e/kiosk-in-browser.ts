import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startVirtualPrinter, type VirtualPrinter, type VirtualPrinterOptions } from '../fixtures/virtual-printer.ts';
import { launchChromium } from './browser.ts';
import { startKioskProcess, type KioskProcess } from './kiosk-process.ts';

interface Running {
  readonly kiosk: KioskProcess;
  readonly browser: Browser;
  /** Only when asked for: the kiosk then prints to it (KIOSK_PRINTER). */
  readonly printer: VirtualPrinter;
}

/**
 * One built kiosk process and one Chromium (and, if asked, a virtual printer) for a whole
 * test file, started before its tests and stopped after them. Read the fields inside tests.
 */
export function useKioskInBrowser(options: { printer?: VirtualPrinterOptions } = {}): Running {
  let kiosk: KioskProcess | undefined;
  let browser: Browser | undefined;
  let printer: VirtualPrinter | undefined;
  beforeAll(async () => {
    if (options.printer) printer = await startVirtualPrinter(options.printer);
    kiosk = await startKioskProcess(printer ? { KIOSK_PRINTER: printer.url } : {});
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await kiosk?.stop();
    await printer?.close();
  });
  return {
    get kiosk() {
      return kiosk!;
    },
    get browser() {
      return browser!;
    },
    get printer() {
      if (!printer) throw new Error('this test file started no virtual printer');
      return printer;
    },
  };
}
