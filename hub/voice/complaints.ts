/**
 * Complaints in the agency's inbox: the list with their LAPOR! stages and the working days
 * left of the deadline that runs, a stage change (which reaches the kiosk through its feed,
 * as a request's status does), and an export in the columns SP4N-LAPOR! asks for when a
 * report is entered by hand. A confidential reporter's name stays out of the list.
 */
import { z } from 'zod';
import { LocalizedText } from '../../sync/catalog-schema.ts';
import { ComplaintStage, canAdvance, nextStep } from '../../sync/complaint-stages.ts';
import { agencyToday, workingDaysLeft } from '../../sync/working-days.ts';
import { audit, type Actor } from '../accounts/audit.ts';
import { toCsv } from '../agency/csv.ts';
import { appendToFeed } from '../agency/status-change.ts';
import { HubError } from '../hub-error.ts';
import type { Queryable } from '../store/store.ts';

export const ComplaintFilter = z
  .object({ stage: ComplaintStage.optional(), limit: z.coerce.number().int().min(1).max(500).default(100) })
  .strict();

export const ComplaintSummary = z.object({
  trackingCode: z.string(),
  kiosk: z.string(),
  type: z.string(),
  topic: z.array(LocalizedText),
  identity: z.string(),
  filedAt: z.string(),
  stage: ComplaintStage,
  /** The deadline running at this stage and the working days left (negative: overdue). */
  due: z.object({ step: z.string(), by: z.string(), daysLeft: z.number() }).nullable(),
});
export type ComplaintSummary = z.infer<typeof ComplaintSummary>;

type Row = {
  tracking_code: string;
  prefix: string;
  type: string;
  topic_names: LocalizedText[];
  identity: string;
  filed_at: Date;
  filed_on: string;
  stage: ComplaintStage;
  stage_on: string | null;
};

const SELECT = `SELECT c.tracking_code, k.prefix, c.type, c.topic_names, c.identity, c.filed_at, c.filed_on::text AS filed_on,
  c.stage, (c.stage_changed_at AT TIME ZONE 'Asia/Jakarta')::date::text AS stage_on
  FROM complaints c JOIN kiosks k USING (kiosk_id)`;

function summary(row: Row, today: string): ComplaintSummary {
  const next = nextStep(row.stage, row.filed_on, row.stage_on ?? row.filed_on);
  return {
    trackingCode: row.tracking_code,
    kiosk: row.prefix,
    type: row.type,
    topic: row.topic_names,
    identity: row.identity,
    filedAt: row.filed_at.toISOString(),
    stage: row.stage,
    due: next && { ...next, daysLeft: workingDaysLeft(next.by, today) },
  };
}

export async function listComplaints(q: Queryable, filter: z.infer<typeof ComplaintFilter>, now = new Date()) {
  const rows = await q.query<Row>(
    `${SELECT} WHERE ($1::text IS NULL OR c.stage = $1) ORDER BY c.filed_at DESC, c.kiosk_id DESC, c.tracking_code DESC LIMIT $2`,
    [filter.stage ?? null, filter.limit],
  );
  return rows.map((row) => summary(row, agencyToday(now)));
}

export const StageChangeInput = z
  .object({
    stage: ComplaintStage.exclude(['received']),
    reason: z.string().trim().min(1).max(500),
    note: LocalizedText.nullable().default(null),
  })
  .strict();

export async function changeStage(q: Queryable, actor: Actor, code: string, change: z.infer<typeof StageChangeInput>) {
  const [complaint] = await q.query<{ kiosk_id: number; stage: ComplaintStage }>(
    'SELECT kiosk_id, stage FROM complaints WHERE tracking_code = $1 FOR UPDATE',
    [code],
  );
  if (!complaint) throw new HubError('not-found', `No complaint ${code}.`);
  if (!canAdvance(complaint.stage, change.stage)) {
    throw new HubError('conflict', `Complaint ${code} is "${complaint.stage}" and cannot become "${change.stage}".`);
  }
  const changedAt = await appendToFeed(q, actor, complaint.kiosk_id, code, change.stage, change.reason, change.note);
  await q.query('UPDATE complaints SET stage = $3, stage_changed_at = $4 WHERE kiosk_id = $1 AND tracking_code = $2', [
    complaint.kiosk_id,
    code,
    change.stage,
    changedAt,
  ]);
  await audit(q, actor, 'complaint.stage-changed', code, {
    from: complaint.stage,
    to: change.stage,
    reason: change.reason,
  });
}

/** LAPOR! types by the names its entry form uses. */
const LAPOR_TYPES: Record<string, string> = {
  complaint: 'Pengaduan',
  aspiration: 'Aspirasi',
  information: 'Permintaan Informasi',
};

/**
 * The columns an operator types into SP4N-LAPOR! for each report: title, text, type, topic,
 * date and place of the event, the reporter (blank when anonymous, marked when confidential)
 * and the kiosk's tracking code to find it again. Reads the events, so it is for caseworkers.
 */
export async function exportForLapor(q: Queryable, actor: Actor, stage: ComplaintStage | undefined): Promise<string> {
  const rows = await q.query<{ data: Record<string, unknown>; stage: string; prefix: string }>(
    `SELECT e.data, c.stage, k.prefix FROM complaints c JOIN events e USING (kiosk_id, seq) JOIN kiosks k USING (kiosk_id)
     WHERE ($1::text IS NULL OR c.stage = $1) ORDER BY c.filed_at LIMIT 10000`,
    [stage ?? null],
  );
  await audit(q, actor, 'complaint.exported', 'lapor', { rows: rows.length, stage: stage ?? null });
  const header = [
    'Judul Laporan',
    'Isi Laporan',
    'Klasifikasi',
    'Kategori',
    'Tanggal Kejadian',
    'Lokasi Kejadian',
    'Kerahasiaan',
    'NIK',
    'Nama',
    'Nomor HP',
    'Kode Lacak',
    'Kios',
    'Tahap',
  ];
  const body = rows.map(({ data, stage: at, prefix }) => {
    const reporter = data.reporter as { nik: string; name: string; phone: string } | null;
    const topic = (data.topicNames as LocalizedText[]).map((n) => n.id).join(' - ');
    const text = String(data.text);
    return [
      `${LAPOR_TYPES[String(data.type)]}: ${topic}`.slice(0, 150),
      text,
      LAPOR_TYPES[String(data.type)] ?? '',
      topic,
      (data.happenedOn as string | null) ?? '',
      (data.place as string | null) ?? '',
      data.identity === 'anonymous' ? 'Anonim' : data.identity === 'confidential' ? 'Rahasia' : 'Tidak',
      reporter?.nik ?? '',
      reporter?.name ?? '',
      reporter?.phone ?? '',
      String(data.trackingCode),
      prefix,
      at,
    ];
  });
  return toCsv(header, body);
}
