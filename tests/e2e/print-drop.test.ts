import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { errorsOn, kioskPage, tap } from './browser.ts';
import { useKioskInBrowser } from './kiosk-in-browser.ts';
import { answer, beginService, type Step } from './citizen.ts';

const service = loadCatalog().services.find((s) => s.service_code === 'kk-ubah')!;
const STEPS: Record<string, Step> = {
  nik: { type: 'keys', text: '3273011708850001' },
  perubahan: { type: 'choose', keys: [service.fields.find((f) => f.code === 'perubahan')!.values![0]!.key] },
  telepon: { type: 'skip' },
};

const run = useKioskInBrowser({ printer: {} });

describe('a citizen files a request while the printer drops its connection in the middle of receipts', () => {
  it('sees the whole ticket within 3 s of Send, and the receipt still comes out', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await beginService(page, 'id', service.service_code);
    const fields = [...service.fields].sort((a, b) => a.order - b.order);
    for (const [i, field] of fields.entries()) await answer(page, field, STEPS[field.code]!, i, fields.length);
    await page.getByTestId('screen-review').waitFor();

    // Every connection breaks after 120 bytes until the printer is fixed.
    const rearm = setInterval(() => run.printer.dropAfter(120), 20);
    try {
      const sent = performance.now();
      await tap(page, 'confirm');
      await page.getByTestId('tracking-code').waitFor({ timeout: 3000 });
      expect(performance.now() - sent).toBeLessThan(3000);
      expect(await page.getByTestId('printer-note').textContent()).toMatch(/sedang dicetak/);
    } finally {
      clearInterval(rearm);
    }
    const code = (await page.getByTestId('tracking-code').textContent())!.replace(/-/g, '').trim();
    await expect.poll(() => run.printer.completedReceipts(), { timeout: 20_000 }).toContain(code);
    expect(errorsOn(page)).toEqual([]);
  });
});
