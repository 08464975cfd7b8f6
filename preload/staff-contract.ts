/**
 * Staff at the kiosk across the main/renderer boundary: sign-in, the officer's calls for
 * staff, and the operator's console. contract.ts joins these methods to the others.
 *
 * Every method but the sign-in carries the staff session's token, which main checks
 * together with the role; the page holds the token in memory only, from the PIN sign-in to
 * the sign-out or the two idle minutes that end it (main/staff/staff-sessions.ts). So
 * unlike the operator methods, these may be offered to the page: without a live token
 * they do nothing.
 */
import { z } from 'zod';
import type { DevicesStatus, PrinterHealth, SyncStatus } from './contract.ts';

import { BadgeCode, Pin, StaffName, StaffNumber, StaffRole } from '../sync/staff-roster.ts';
import { Language } from '../sync/catalog-schema.ts';
import { Period, SkmReport } from '../sync/skm-report.ts';

export { STAFF_ROLES, StaffRole } from '../sync/staff-roster.ts';
/** Who is signing in: the code a badge scanned as, or a staff number typed by the hidden way in. */
export const StaffWho = z.union([
  z.object({ badge: BadgeCode }).strict(),
  z.object({ staffNumber: StaffNumber }).strict(),
]);
export type StaffWho = z.infer<typeof StaffWho>;

const Token = z.string().min(20).max(100);
const withToken = <T extends z.ZodRawShape>(shape: T) => z.object({ token: Token, ...shape }).strict();
const tokenOnly = withToken({});
/** A kiosk day, YYYY-MM-DD. */
const Day = z.iso.date();

export const StaffSession = z
  .object({
    token: Token,
    staffNumber: StaffNumber,
    name: z.string(),
    role: StaffRole,
    /** Without a touch for this long, the session ends (main ends it too). */
    idleSeconds: z.number().int().positive(),
  })
  .strict();
export type StaffSession = z.infer<typeof StaffSession>;

/** Whether a badge or staff number can try a PIN now; what the screen says right after a scan. */
export const StaffCheck = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), name: z.string() }).strict(),
  z.object({ state: z.literal('locked'), until: z.string() }).strict(),
  z.object({ state: z.literal('unknown') }).strict(),
  z.object({ state: z.literal('disabled') }).strict(),
]);
export type StaffCheck = z.infer<typeof StaffCheck>;

export const SignInOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('signedIn'), session: StaffSession }).strict(),
  z.object({ outcome: z.literal('wrongPin'), triesLeft: z.number().int().positive() }).strict(),
  z.object({ outcome: z.literal('locked'), until: z.string() }).strict(),
  z.object({ outcome: z.literal('unknown') }).strict(),
  z.object({ outcome: z.literal('disabled') }).strict(),
]);
export type SignInOutcome = z.infer<typeof SignInOutcome>;

/** A citizen's call for staff, as the officer's list shows it. */
export const HelpCall = z
  .object({
    id: z.number().int().positive(),
    requestedAt: z.string(),
    screen: z.string(),
    serviceCode: z.string().nullable(),
  })
  .strict();
export type HelpCall = z.infer<typeof HelpCall>;

/** Seconds without a touch before the citizen is warned, per kind of screen, and how long the warning counts. */
export const IdleTimes = z
  .object({
    answer: z.number().int().min(30).max(600),
    result: z.number().int().min(10).max(300),
    /** WCAG 2.2.1: at least 20 s to ask for more time. */
    warning: z.number().int().min(20).max(120),
  })
  .strict();
export type IdleTimes = z.infer<typeof IdleTimes>;

export const PrinterChoice = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('network'),
      host: z.string().regex(/^[0-9A-Za-z.-]{1,253}$/, 'an IP address or host name'),
      port: z.number().int().min(1).max(65535),
      paper: z.union([z.literal(80), z.literal(58)]),
    })
    .strict(),
  /** No printer: receipts go to the preview file and the result screen says so. */
  z.object({ kind: z.literal('none') }).strict(),
]);
export type PrinterChoice = z.infer<typeof PrinterChoice>;

export const ANNOUNCEMENT_LENGTH = 120;
export const KioskSettings = z
  .object({
    kioskName: z.string().trim().min(1).max(60),
    idle: IdleTimes,
    printer: PrinterChoice,
    announcements: z
      .array(
        z
          .object({
            id: z.string().trim().min(1).max(ANNOUNCEMENT_LENGTH),
            en: z.string().trim().min(1).max(ANNOUNCEMENT_LENGTH),
          })
          .strict(),
      )
      .max(5),
  })
  .strict();
export type KioskSettings = z.infer<typeof KioskSettings>;

/** Where a setting comes from when the console cannot change it. */
export const FixedBy = z.enum(['environment', 'hub']).nullable();

export const SettingsView = z
  .object({
    values: KioskSettings,
    fixed: z.object({ kioskName: FixedBy, printer: FixedBy, announcements: FixedBy }).strict(),
    /** The printer an environment setting names, as the kiosk reads it; null when the console's applies. */
    printerFromEnvironment: z.string().nullable(),
  })
  .strict();
export type SettingsView = z.infer<typeof SettingsView>;

export const AuditEntryView = z
  .object({
    id: z.number().int().positive(),
    at: z.string(),
    actor: z.string().nullable(),
    /** The actor's name as the kiosk knows it now; null for the kiosk itself or an account since removed. */
    actorName: z.string().nullable(),
    action: z.string(),
    subject: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .strict();
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditVerdict = z
  .object({
    ok: z.boolean(),
    entries: z.number().int().nonnegative(),
    problem: z
      .object({
        kind: z.enum(['edited', 'removed', 'cut', 'unsigned']),
        /** The first entry the problem touches. */
        from: z.number().int().nonnegative(),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type AuditVerdict = z.infer<typeof AuditVerdict>;

export const StaffAccountView = z
  .object({
    staffNumber: StaffNumber,
    name: z.string(),
    role: StaffRole,
    hasBadge: z.boolean(),
    source: z.enum(['hub', 'local']),
    disabled: z.boolean(),
    lockedUntil: z.string().nullable(),
  })
  .strict();
export type StaffAccountView = z.infer<typeof StaffAccountView>;

export const PrintJobView = z
  .object({
    trackingCode: z.string(),
    status: z.enum(['queued', 'printing', 'failed']),
    queuedAt: z.string(),
    /** The printer's or the queue's last word on it, as the kiosk logged it. */
    reason: z.string().nullable(),
  })
  .strict();
export type PrintJobView = z.infer<typeof PrintJobView>;

export const StatsRange = withToken({ from: Day, to: Day });

export const Statistics = z
  .object({
    requests: z.array(
      z.object({ day: z.string(), serviceCode: z.string(), counter: z.string(), n: z.number().int() }).strict(),
    ),
    helpCalls: z.array(z.object({ day: z.string(), n: z.number().int() }).strict()),
    printFaults: z.array(z.object({ day: z.string(), kind: z.string(), n: z.number().int() }).strict()),
  })
  .strict();
export type Statistics = z.infer<typeof Statistics>;

const done = z.object({}).strict();

/** The staff methods, joined to the contract with its device and sync schemas. */
export const staffContract = (
  devices: z.ZodType<DevicesStatus>,
  sync: z.ZodType<SyncStatus>,
  health: z.ZodType<PrinterHealth>,
) => ({
  'staff.check': { input: z.object({ who: StaffWho }).strict(), output: StaffCheck },
  'staff.signIn': { input: z.object({ who: StaffWho, pin: z.string().max(6) }).strict(), output: SignInOutcome },
  'staff.signOut': { input: withToken({ idle: z.boolean() }), output: done },
  /** A touch on a staff screen or an assisted request: keeps the session from its idle end. */
  'staff.touch': { input: tokenOnly, output: done },
  'staff.helpCalls': { input: tokenOnly, output: z.object({ calls: z.array(HelpCall) }).strict() },
  /** The officer is on the way: the citizen's screen says so (event help.attended). */
  'staff.attendHelp': { input: withToken({ id: z.number().int().positive() }), output: done },

  'console.devices': {
    input: tokenOnly,
    output: z.object({ status: devices, jobs: z.array(PrintJobView) }).strict(),
  },
  'console.testPrint': { input: tokenOnly, output: z.object({ printed: z.boolean() }).strict() },
  /** The only way a receipt prints again; it prints as a copy and is in the audit trail. */
  'console.reprint': {
    input: withToken({ trackingCode: z.string().max(32) }),
    output: z.object({ queued: z.literal(true) }).strict(),
  },
  'console.sync': { input: tokenOnly, output: sync },
  'console.syncNow': { input: tokenOnly, output: sync },
  'console.usbExport': {
    input: tokenOnly,
    output: z.object({ file: z.string(), events: z.number().int().nonnegative() }).strict(),
  },
  'console.usbImport': {
    input: tokenOnly,
    output: z.object({ file: z.string(), statuses: z.number().int().nonnegative() }).strict(),
  },
  'console.settings': { input: tokenOnly, output: SettingsView },
  /** Saved only if valid, and a changed printer only once it printed a test page; audited; effective at once. */
  'console.saveSettings': {
    input: withToken({ settings: KioskSettings }),
    output: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('saved'), view: SettingsView }).strict(),
      z.object({ outcome: z.literal('printerFailed'), health }).strict(),
    ]),
  },
  'console.stats': { input: StatsRange, output: Statistics },
  /** The requests of a range of days as CSV, to the USB drive. */
  'console.exportStats': {
    input: StatsRange,
    output: z.object({ file: z.string(), rows: z.number().int().nonnegative() }).strict(),
  },
  /** The kiosk's own SKM report (skm.report) for a period, of one service, the complaints desk, or (null) all. */
  'console.skm': {
    input: withToken({ period: Period, serviceCode: z.string().max(64).nullable() }),
    output: SkmReport,
  },
  /** The same report as CSV or PDF (skm.export), to the USB drive as the statistics go. */
  'console.exportSkm': {
    input: withToken({
      period: Period,
      serviceCode: z.string().max(64).nullable(),
      format: z.enum(['csv', 'pdf']),
      language: Language,
    }),
    output: z.object({ file: z.string() }).strict(),
  },
  'console.audit': {
    input: withToken({ before: z.number().int().positive().nullable() }),
    output: z.object({ entries: z.array(AuditEntryView), verdict: AuditVerdict }).strict(),
  },
  'console.accounts': { input: tokenOnly, output: z.object({ accounts: z.array(StaffAccountView) }).strict() },
  /** An account for a kiosk that has never been online; the hub's roster wins for its staff numbers. */
  'console.addAccount': {
    input: withToken({
      staffNumber: StaffNumber,
      name: StaffName,
      role: StaffRole,
      badge: BadgeCode.nullable(),
      pin: Pin,
    }),
    output: z.discriminatedUnion('outcome', [
      z.object({ outcome: z.literal('added') }).strict(),
      z
        .object({ outcome: z.literal('refused'), problem: z.enum(['staffNumberTaken', 'badgeTaken', 'badgePrefix']) })
        .strict(),
    ]),
  },
  'console.training': { input: withToken({ on: z.boolean() }), output: z.object({ training: z.boolean() }).strict() },
  'console.wipeTraining': { input: tokenOnly, output: done },
  /** Quits the kiosk for maintenance (Electron); in browser mode nothing quits and the answer says so. */
  'console.exit': { input: tokenOnly, output: z.object({ exiting: z.boolean() }).strict() },
});

/** Methods an officer may call; every other staff method is the operator's. */
export const OFFICER_METHODS = ['staff.signOut', 'staff.touch', 'staff.helpCalls', 'staff.attendHelp'] as const;
