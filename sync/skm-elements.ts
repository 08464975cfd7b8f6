/**
 * The satisfaction survey's (SKM, PermenPAN-RB 14/2017) nine elements and its optional
 * respondent profile. Elements are keyed by code, never by position: agencies print the
 * last two in either order, so U8 is always facilities and U9 always complaint handling.
 * Names here are for reports (PDF, CSV); the kiosk's screens word them from its own
 * message catalogs.
 */
import type { LocalizedText } from './catalog-schema.ts';

export const SKM_ELEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type ElementCode = (typeof SKM_ELEMENTS)[number];

/** The cost element, which a citizen of a free service may skip. */
export const COST_ELEMENT: ElementCode = 'U4';

export const ELEMENT_NAMES: Record<ElementCode, LocalizedText> = {
  U1: { id: 'Persyaratan', en: 'Requirements' },
  U2: { id: 'Sistem, mekanisme dan prosedur', en: 'System, mechanism and procedure' },
  U3: { id: 'Waktu penyelesaian', en: 'Time to complete' },
  U4: { id: 'Biaya/tarif', en: 'Cost/fee' },
  U5: { id: 'Produk spesifikasi jenis pelayanan', en: 'Service product as specified' },
  U6: { id: 'Kompetensi pelaksana', en: 'Staff competence' },
  U7: { id: 'Perilaku pelaksana', en: 'Staff conduct' },
  U8: { id: 'Sarana dan prasarana', en: 'Facilities and infrastructure' },
  U9: { id: 'Penanganan pengaduan, saran dan masukan', en: 'Handling of complaints, suggestions and input' },
};

/** A score: 1 worst to 4 best. */
export const SCORES = [1, 2, 3, 4] as const;
export type Score = (typeof SCORES)[number];

/**
 * The profile published reports break respondents down by. Bands, never exact values, and
 * nothing that identifies a person; every field may be left unsaid.
 */
export const PROFILE = {
  sex: ['male', 'female'],
  ageBand: ['under20', '20to29', '30to39', '40to49', '50to59', '60plus'],
  education: ['primary', 'juniorHigh', 'seniorHigh', 'diploma', 'bachelor', 'postgraduate'],
  occupation: ['civilServant', 'military', 'police', 'privateSector', 'selfEmployed', 'other'],
} as const;
export type ProfileField = keyof typeof PROFILE;
export const PROFILE_FIELDS = Object.keys(PROFILE) as ProfileField[];
export type Profile = { [F in ProfileField]: (typeof PROFILE)[F][number] | null };

export const PROFILE_NAMES: Record<ProfileField, LocalizedText> = {
  sex: { id: 'Jenis kelamin', en: 'Sex' },
  ageBand: { id: 'Umur', en: 'Age' },
  education: { id: 'Pendidikan', en: 'Education' },
  occupation: { id: 'Pekerjaan', en: 'Occupation' },
};

export const PROFILE_VALUE_NAMES: Record<string, LocalizedText> = {
  male: { id: 'Laki-laki', en: 'Male' },
  female: { id: 'Perempuan', en: 'Female' },
  under20: { id: 'Di bawah 20 tahun', en: 'Under 20' },
  '20to29': { id: '20-29 tahun', en: '20-29' },
  '30to39': { id: '30-39 tahun', en: '30-39' },
  '40to49': { id: '40-49 tahun', en: '40-49' },
  '50to59': { id: '50-59 tahun', en: '50-59' },
  '60plus': { id: '60 tahun ke atas', en: '60 and over' },
  primary: { id: 'SD ke bawah', en: 'Primary school or less' },
  juniorHigh: { id: 'SMP', en: 'Junior high school' },
  seniorHigh: { id: 'SMA/SMK', en: 'Senior high school' },
  diploma: { id: 'D1-D3', en: 'Diploma' },
  bachelor: { id: 'D4/S1', en: "Bachelor's degree" },
  postgraduate: { id: 'S2/S3', en: 'Postgraduate degree' },
  civilServant: { id: 'PNS', en: 'Civil servant' },
  military: { id: 'TNI', en: 'Armed forces' },
  police: { id: 'POLRI', en: 'Police' },
  privateSector: { id: 'Swasta', en: 'Private sector' },
  selfEmployed: { id: 'Wirausaha', en: 'Self-employed' },
  other: { id: 'Lainnya', en: 'Other' },
  notSaid: { id: 'Tidak diisi', en: 'Not given' },
};
