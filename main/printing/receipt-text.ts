import type { Language } from '../../preload/contract.ts';

/** The printed receipt's own labels, in each language the kiosk speaks. */
export const RECEIPT_TEXT = {
  id: {
    kiosk: 'Kios',
    service: 'Layanan',
    trackingCode: 'KODE LACAK',
    queueNumber: 'NOMOR ANTREAN',
    goTo: 'Silakan menuju',
    counter: 'Loket',
    requestedAt: 'Waktu',
    nik: 'NIK',
    bring: 'Bawa dokumen ini ke loket:',
    qrCaption: 'Pindai untuk melihat status permohonan',
    keep: 'Simpan struk ini sampai layanan selesai.',
    copy: 'SALINAN',
    copyUncertain: 'Dicetak ulang: struk sebelumnya mungkin tidak keluar karena kios terputus saat mencetak.',
    copyReprint: 'Dicetak ulang atas permintaan petugas.',
    assistedBy: 'Dibantu oleh petugas',
    training: 'PELATIHAN / TRAINING',
    trainingNote: 'Struk latihan: bukan permohonan sungguhan.',
  },
  en: {
    kiosk: 'Kiosk',
    service: 'Service',
    trackingCode: 'TRACKING CODE',
    queueNumber: 'QUEUE NUMBER',
    goTo: 'Please go to',
    counter: 'Counter',
    requestedAt: 'Time',
    nik: 'NIK',
    bring: 'Bring these documents to the counter:',
    qrCaption: 'Scan to see the status of your request',
    keep: 'Keep this receipt until your service is complete.',
    copy: 'COPY',
    copyUncertain:
      'Printed again: the earlier receipt may not have come out, as the kiosk was interrupted while printing.',
    copyReprint: 'Reprinted at the request of staff.',
    assistedBy: 'Assisted by staff',
    training: 'PELATIHAN / TRAINING',
    trainingNote: 'A training receipt: not a real request.',
  },
} as const satisfies Record<Language, Record<string, string>>;
