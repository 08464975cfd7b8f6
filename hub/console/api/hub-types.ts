/**
 * The agency API's shapes, from the hub's own schemas (types only: nothing of zod reaches
 * the console's bundle).
 */
import type { z } from 'zod';
import type { Account as AccountSchema } from '../../accounts/accounts.ts';
import type { AuditEntry as AuditEntrySchema } from '../../agency/audit-list.ts';
import type { FleetSummary as FleetSummarySchema, KioskView as KioskViewSchema } from '../../agency/fleet.ts';
import type { RequestDetail as RequestDetailSchema } from '../../agency/request-detail.ts';
import type { RequestSummary as RequestSummarySchema } from '../../agency/request-list.ts';
import type { Stats as StatsSchema } from '../../agency/request-stats.ts';
import type { CatalogVersion as CatalogVersionRow } from '../../catalog/catalogs.ts';
import type { Partner as PartnerSchema } from '../../open311/partners.ts';
import type { ComplaintSummary as ComplaintSummarySchema } from '../../voice/complaints.ts';
import type { SkmReport as SkmReportSchema } from '../../../sync/skm-report.ts';
import type { Json } from './json.ts';

export type { Role } from '../../accounts/accounts.ts';
export type { RequestStatus } from '../../../sync/feed.ts';
export type { Catalog, Field, FieldKind, Language, LocalizedText, Service } from '../../../sync/catalog-schema.ts';

export type Account = Json<z.infer<typeof AccountSchema>>;
export type RequestSummary = Json<z.infer<typeof RequestSummarySchema>>;
export type RequestDetail = Json<z.infer<typeof RequestDetailSchema>>;
export type KioskView = Json<z.infer<typeof KioskViewSchema>>;
export type FleetSummary = Json<z.infer<typeof FleetSummarySchema>>;
export type AuditEntry = Json<z.infer<typeof AuditEntrySchema>>;
export type Stats = Json<z.infer<typeof StatsSchema>>;
export type CatalogVersion = Json<CatalogVersionRow>;
export type Partner = Json<z.infer<typeof PartnerSchema>>;
export type ComplaintSummary = Json<ComplaintSummarySchema>;
export type SkmReport = Json<SkmReportSchema>;
export type { ComplaintStage } from '../../../sync/complaint-stages.ts';

export interface EnrolmentCard {
  code: string;
  expiresAt: string;
  hubFingerprint: string;
  qrText: string;
  qrSvg: string;
}
