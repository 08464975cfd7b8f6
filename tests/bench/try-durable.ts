import { loadCatalog } from '../../main/catalog/load-catalog.ts';
import { measureDurableThroughput } from './durable-throughput.ts';
import { printFigures } from './report.ts';
const catalog = loadCatalog();
const service = catalog.services.find((s) => s.service_code === 'pbg-konsultasi')!;
const answers = {
  nik: '6471052303790003',
  nama_lengkap: 'ANDI WIJAYA',
  fungsi_bangunan: service.fields.find((f) => f.code === 'fungsi_bangunan')!.values![0]!.key,
  luas_bangunan: '120',
  jumlah_lantai: '2',
  lokasi: 'JL. MERDEKA NO. 5',
  telepon: '081234567890',
};
printFigures([measureDurableThroughput(catalog, service, answers)]);
