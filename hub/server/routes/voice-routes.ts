/** Complaints (SP4N-LAPOR!) and SKM reports for the console. */
import { z } from 'zod';
import { skmCsv } from '../../../sync/skm-csv.ts';
import { skmPdf } from '../../../sync/skm-pdf.ts';
import { SkmReport } from '../../../sync/skm-report.ts';
import { CASEWORKERS } from '../../accounts/accounts.ts';
import type { Store } from '../../store/store.ts';
import {
  ComplaintFilter,
  ComplaintSummary,
  StageChangeInput,
  changeStage,
  exportForLapor,
  listComplaints,
} from '../../voice/complaints.ts';
import { SkmQuery, skmReport } from '../../voice/skm-tally.ts';
import { actorOf } from '../session-door.ts';
import type { HubApp } from '../types.ts';

const anyone = { roles: [] };
const caseworkers = { roles: CASEWORKERS };
const Code = z.object({ trackingCode: z.string().max(40) });

export function voiceRoutes(app: HubApp, store: Store): void {
  app.get(
    '/api/v1/complaints',
    {
      schema: { querystring: ComplaintFilter, response: { 200: z.object({ complaints: z.array(ComplaintSummary) }) } },
      config: anyone,
    },
    async (request) => ({ complaints: await store.transaction((tx) => listComplaints(tx, request.query)) }),
  );
  app.post(
    '/api/v1/complaints/:trackingCode/stage',
    { schema: { params: Code, body: StageChangeInput }, config: caseworkers },
    async (request) => {
      await store.transaction((tx) => changeStage(tx, actorOf(request), request.params.trackingCode, request.body));
      return { ok: true };
    },
  );
  app.get(
    '/api/v1/complaints/export.csv',
    { schema: { querystring: ComplaintFilter.pick({ stage: true }) }, config: caseworkers },
    async (request, reply) => {
      const csv = await store.transaction((tx) => exportForLapor(tx, actorOf(request), request.query.stage));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="serambi-lapor.csv"')
        .send(csv);
    },
  );
  app.get(
    '/api/v1/skm/report',
    { schema: { querystring: SkmQuery, response: { 200: SkmReport } }, config: anyone },
    async (request) => store.transaction((tx) => skmReport(tx, request.query)),
  );
  app.get('/api/v1/skm/report.csv', { schema: { querystring: SkmQuery }, config: anyone }, async (request, reply) => {
    const report = await store.transaction((tx) => skmReport(tx, request.query));
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="serambi-skm.csv"')
      .send(`\uFEFF${skmCsv(report, request.query.language)}`);
  });
  app.get('/api/v1/skm/report.pdf', { schema: { querystring: SkmQuery }, config: anyone }, async (request, reply) => {
    const report = await store.transaction((tx) => skmReport(tx, request.query));
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', 'attachment; filename="serambi-skm.pdf"')
      .send(Buffer.from(await skmPdf(report, request.query.language, new Date())));
  });
}
