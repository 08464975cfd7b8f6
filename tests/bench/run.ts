// `npm run bench`: each figure the issues ask for, measured on this machine in one run.
import type { Answers } from '../../preload/contract.ts';
import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { measureDurableThroughput } from './durable-throughput.ts';
import { measureSubmitToPaper } from './submit-to-paper.ts';
import { measurePrinting } from './print-figures.ts';
import { measureRenderer } from './renderer-figures.ts';
import { measureUncertainWindow } from './uncertain-window.ts';
import { measureEncryptionCost, measurePurge } from './privacy-figures.ts';
import { measureAtScale } from './scale-figures.ts';
import { printFigures, type Figure } from './report.ts';
import { removeAllTempDirs } from '../fixtures/temp-dir.ts';

const catalog = loadCatalog();
// The longest form in the bundled catalog: the most work per submission.
const service = catalog.services.find((s) => s.service_code === 'pbg-konsultasi')!;
const answers: Answers = {
  nik: '6471052303790003',
  nama_lengkap: 'ANDI WIJAYA',
  fungsi_bangunan: service.fields.find((f) => f.code === 'fungsi_bangunan')!.values![0]!.key,
  luas_bangunan: '120',
  jumlah_lantai: '2',
  lokasi: 'JL. MERDEKA NO. 5, RT 02/RW 03',
  telepon: '081234567890',
};
// The citizen said yes to SMS updates, so the phone number is asked and stored too.
const consents = { telepon: true };

const figures: Figure[] = [];
// Temp folders the benches make (data folders, key files) go with the run, however it ends.
process.once('exit', removeAllTempDirs);
figures.push(await measureSubmitToPaper(service, answers, consents));
const [durable, send] = measureDurableThroughput(catalog, service, {
  answers,
  consents,
  noticeVersion: catalog.privacy!.version,
});
figures.push(durable, send);
figures.push(measureEncryptionCost(service, answers, durable.perSecond));
figures.push(measurePurge(catalog, service, answers));
figures.push(...(await measurePrinting()));
figures.push(await measureUncertainWindow(catalog, service, answers));
figures.push(...(await measureAtScale(catalog, service, { ...answers, telepon: '+6281234567890' })));
figures.push(...(await measureRenderer()));
figures.push(...(await import('./hub-figures.ts').then((hub) => hub.measureHub())));
figures.push(await import('./kiosk-sync-taps.ts').then((sync) => sync.measureSyncTaps()));
figures.push(...(await import('./console-inbox.ts').then((console) => console.measureConsole())));
figures.push(...(await import('./skm-hub.ts').then((skm) => skm.measureSkm())));
figures.push(
  ...(await import('./staff-figures.ts').then((staff) => [
    staff.measureStatistics(),
    staff.measureAuditVerification(),
  ])),
);
printFigures(figures);
