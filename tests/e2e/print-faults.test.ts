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

const run = useKioskInBrowser({ printer: { state: { paperEnd: true } } });

describe('a citizen files a request while the printer has no paper', () => {
  it('sees the whole ticket and a note to show staff within 3 s; the receipt prints once the paper is back', async () => {
    const page = await kioskPage(run.browser, run.kiosk.url);
    await beginService(page, 'id', service.service_code);
    const fields = [...service.fields].sort((a, b) => a.order - b.order);
    for (const [i, field] of fields.entries()) await answer(page, field, STEPS[field.code]!, i, fields.length);
    await page.getByTestId('screen-review').waitFor();

    const confirmed = performance.now();
    await tap(page, 'confirm');
    await page.getByTestId('printer-note').waitFor({ timeout: 3000 });
    expect(performance.now() - confirmed).toBeLessThan(3000);

    const trackingCode = (await page.getByTestId('tracking-code').textContent())!.trim();
    const bareCode = trackingCode.replace(/-/g, '');
    expect(trackingCode).toMatch(/^K3A[2-9A-X]-[2-9A-X]{4}-[2-9A-X]{4}$/);
    expect(await page.getByTestId('queue-number').textContent()).toMatch(/^[A-Z]-\d{3}$/);
    expect(await page.getByTestId('qr').getAttribute('data-payload')).toBe(bareCode);
    // The printer said it has no paper: the screen does not pretend the receipt is printing.
    expect(await page.getByTestId('printer-note').textContent()).toMatch(/tidak bisa dicetak sekarang.*petugas/);
    expect(run.printer.received()).toHaveLength(0);

    run.printer.setState({ paperEnd: false });
    await run.printer.waitForCuts(1, 3000);
    expect(run.printer.completedReceipts()).toEqual([bareCode]);
    expect(errorsOn(page)).toEqual([]);
  });
});
