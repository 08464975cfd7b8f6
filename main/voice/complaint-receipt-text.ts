import type { Language } from '../../preload/contract.ts';
import type { ComplaintType, Identity } from '../../sync/complaint-stages.ts';

/** The complaint receipt's own words, in each language the kiosk speaks. */
export const COMPLAINT_RECEIPT_TEXT: Record<
  Language,
  {
    kiosk: string;
    kind: string;
    topic: string;
    trackingCode: string;
    filedAt: string;
    identity: string;
    types: Record<ComplaintType, string>;
    identities: Record<Identity, string>;
    verifyBy: (day: string) => string;
    stages: string;
    anonymous: string;
    qrCaption: string;
    keep: string;
  }
> = {
  id: {
    kiosk: 'Kios',
    kind: 'Jenis laporan',
    topic: 'Topik',
    trackingCode: 'NOMOR LAPORAN',
    filedAt: 'Waktu',
    identity: 'Identitas',
    types: { complaint: 'Pengaduan', aspiration: 'Aspirasi', information: 'Permintaan informasi' },
    identities: { named: 'Dengan nama', confidential: 'Rahasia', anonymous: 'Anonim' },
    verifyBy: (day) => `Laporan diverifikasi paling lambat ${day}.`,
    stages:
      'Tahapan: diterima, diverifikasi, diteruskan, dijawab (paling lambat 5 hari kerja setelah diteruskan), selesai.',
    anonymous: 'Laporan tanpa nama: tidak ada yang dapat menghubungi Anda. Lihat jawabannya dengan nomor ini.',
    qrCaption: 'Pindai untuk melihat tahapan laporan',
    keep: 'Simpan struk ini untuk melihat jawaban atas laporan Anda.',
  },
  en: {
    kiosk: 'Kiosk',
    kind: 'Kind of report',
    topic: 'Topic',
    trackingCode: 'REPORT NUMBER',
    filedAt: 'Time',
    identity: 'Identity',
    types: { complaint: 'Complaint', aspiration: 'Aspiration', information: 'Information request' },
    identities: { named: 'Named', confidential: 'Confidential', anonymous: 'Anonymous' },
    verifyBy: (day) => `Your report will be verified by ${day}.`,
    stages: 'Stages: received, verified, forwarded, answered (within 5 working days of forwarding), closed.',
    anonymous: 'Anonymous report: nobody can contact you. Use this number to see the answer.',
    qrCaption: 'Scan to see where your report stands',
    keep: 'Keep this receipt to see the answer to your report.',
  },
};
