/**
 * A kiosk's month offline: requests filed through the repository functions (recordRequest,
 * the submission's own transaction), spread over thirty days, for four services of the
 * bundled catalog with different answers from every citizen, and a help call now and then.
 */
import type { Answers, Catalog, Service } from '../../../../preload/contract.ts';
import { recordRequest, type KioskIdentity } from '../../../../main/requests/submit-request.ts';
import { insertHelpRequest } from '../../../../main/store/help-requests-repo.ts';
import { markDone, markPrinting } from '../../../../main/store/print-jobs-repo.ts';
import type { Db } from '../../../../main/store/open-database.ts';
import { seeded } from './seeded.ts';

const FIRST = ['SITI', 'AHMAD', 'DEWI', 'BUDI', 'RINA', 'AGUS', 'NUR', 'EKO', 'SRI', 'HADI', 'WATI', 'JOKO', 'RATNA'];
const LAST = ['RAHAYU', 'SANTOSO', 'LESTARI', 'HIDAYAT', 'WIJAYA', 'PURNAMA', 'SETIAWAN', 'KURNIAWAN', 'NUGROHO'];
const STREETS = ['MERDEKA', 'SUDIRMAN', 'DIPONEGORO', 'GAJAH MADA', 'PAHLAWAN', 'ANGGREK', 'MELATI', 'CEMPAKA'];
const SERVICES = ['kk-ubah', 'skck-pengantar', 'pbg-konsultasi', 'ktp-el-ganti'];

type Random = () => number;
const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const two = (n: number) => String(n).padStart(2, '0');
const between = (rand: Random, low: number, high: number) => low + Math.floor(rand() * (high - low + 1));

function nik(rand: Random): string {
  const day = between(rand, 1, 28) + (rand() < 0.5 ? 40 : 0);
  const serial = String(between(rand, 1, 999)).padStart(4, '0');
  return `${pick(rand, ['32', '33', '35', '64', '73'])}${two(between(rand, 1, 20))}${two(between(rand, 1, 20))}${two(day)}${two(between(rand, 1, 12))}${two(between(rand, 50, 99))}${serial}`;
}

const keyOf = (rand: Random, service: Service, field: string) =>
  pick(rand, service.fields.find((f) => f.code === field)!.values!).key;

function answersFor(rand: Random, service: Service): Answers {
  const phone =
    rand() < 0.6 ? `+628${between(rand, 11, 99)}${String(between(rand, 0, 99_999_999)).padStart(8, '0')}` : '';
  const name = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
  switch (service.service_code) {
    case 'kk-ubah':
      return { nik: nik(rand), perubahan: [keyOf(rand, service, 'perubahan')], telepon: phone };
    case 'skck-pengantar':
      return { nik: nik(rand), nama_lengkap: name, keperluan: keyOf(rand, service, 'keperluan'), telepon: phone };
    case 'pbg-konsultasi':
      return {
        nik: nik(rand),
        nama_lengkap: name,
        fungsi_bangunan: keyOf(rand, service, 'fungsi_bangunan'),
        luas_bangunan: String(between(rand, 36, 400)),
        jumlah_lantai: String(between(rand, 1, 3)),
        lokasi: `JL. ${pick(rand, STREETS)} NO. ${between(rand, 1, 200)}, RT ${two(between(rand, 1, 9))}/RW ${two(between(rand, 1, 9))}`,
        telepon: phone,
      };
    default:
      return { nik: nik(rand), alasan: keyOf(rand, service, 'alasan'), telepon: phone };
  }
}

/** Files `count` requests (and about one help call per fifty) spread over the thirty days before `end`. */
export function fileMonthOfRequests(db: Db, catalog: Catalog, kiosk: KioskIdentity, count: number, end: Date): void {
  const rand = seeded(count);
  const services = SERVICES.map((code) => catalog.services.find((s) => s.service_code === code)!);
  const step = (30 * 86_400_000) / count;
  const start = end.getTime() - 30 * 86_400_000;
  // One commit for the month: each submission's transaction is a savepoint inside it.
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const service = pick(rand, services);
      const at = new Date(start + i * step);
      const answers = answersFor(rand, service);
      // Those who gave a phone number said yes to being told of progress by SMS.
      const consents = Object.fromEntries(
        service.fields.filter((f) => f.consent).map((f) => [f.code, answers[f.code] !== '']),
      );
      const { jobId } = recordRequest(db, catalog, kiosk, service, rand() < 0.8 ? 'id' : 'en', answers, at, {
        noticeVersion: catalog.privacy!.version,
        consents,
      });
      // Its receipt came out of the printer then, as the print queue records it.
      markPrinting(db, jobId);
      markDone(db, jobId, at.toISOString());
      if (i % 50 === 49) insertHelpRequest(db, { requestedAt: at.toISOString(), screen: 'review', serviceCode: null });
    }
  })();
}
