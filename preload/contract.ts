/**
 * The one source of truth for what crosses the main/renderer boundary.
 * Main validates every input and output against these schemas (main/api/dispatch.ts);
 * the renderer only imports types from here, so zod stays out of its bundle.
 */
import { z } from 'zod';

export * from '../sync/catalog-schema.ts';
import { Catalog, Counter, FieldCode, Language, LocalizedText } from '../sync/catalog-schema.ts';
import { REQUEST_STATUSES } from '../sync/feed.ts';
import { ComplaintStatus, VOICE_OPERATOR_METHODS, voiceContract } from './voice-contract.ts';
import { IdleTimes, staffContract } from './staff-contract.ts';

export * from './voice-contract.ts';
export * from './staff-contract.ts';

/** An answer as the UI holds it: text for most kinds, a list of keys for multivaluelist. */
export const AnswerValue = z.union([z.string().max(4000), z.array(z.string().max(200)).max(50)]);
export type AnswerValue = z.infer<typeof AnswerValue>;
export const Answers = z.record(FieldCode, AnswerValue);
export type Answers = z.infer<typeof Answers>;

/** Why an answer was refused; the UI shows a translated sentence for each code. */
export const FIELD_ERRORS = [
  'required',
  'tooLong',
  'number',
  'numberWhole',
  'numberDecimalComma',
  'numberRange',
  'consent',
  'date',
  'dateFuture',
  'choice',
  'nikLength',
  'nikDigits',
  'nikDate',
  'nikSerial',
  'phone',
] as const;
export const FieldErrorCode = z.enum(FIELD_ERRORS);
export type FieldErrorCode = z.infer<typeof FieldErrorCode>;
export const FieldError = z.object({ field: z.string(), code: FieldErrorCode }).strict();
export type FieldError = z.infer<typeof FieldError>;

/** A receipt is a plain document first; the screen and the printer both render it. */
export const ReceiptBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('title'), text: z.string() }).strict(),
  z.object({ type: z.literal('text'), text: z.string(), bold: z.boolean().optional() }).strict(),
  z.object({ type: z.literal('big'), label: z.string(), value: z.string() }).strict(),
  z.object({ type: z.literal('pair'), label: z.string(), value: z.string() }).strict(),
  z.object({ type: z.literal('list'), label: z.string(), items: z.array(z.string()) }).strict(),
  z.object({ type: z.literal('rule') }).strict(),
  z.object({ type: z.literal('qr'), payload: z.string().min(1), caption: z.string() }).strict(),
]);
export type ReceiptBlock = z.infer<typeof ReceiptBlock>;
export const ReceiptDocument = z.object({ language: Language, blocks: z.array(ReceiptBlock) }).strict();
export type ReceiptDocument = z.infer<typeof ReceiptDocument>;

/**
 * What became of the receipt by the time the result screen shows: printed; queued (it is
 * coming, or the printer did not answer in time); stopped (the printer says it cannot print
 * now: no paper, cover open, offline); preview (no printer is attached).
 */
export const PrinterState = z.enum(['printed', 'queued', 'stopped', 'preview']);
export type PrinterState = z.infer<typeof PrinterState>;

export const SubmitReceipt = z
  .object({
    /** As printed and read aloud, grouped with hyphens. */
    trackingCode: z.string(),
    queueNumber: z.string(),
    counter: Counter,
    requestedAt: z.string(),
    /**
     * What the receipt's QR code carries (the bare tracking code): the result screen draws
     * the same code. The receipt itself is built once, by the print queue, as it prints.
     */
    qr: z.string(),
    printer: PrinterState,
  })
  .strict();
export type SubmitReceipt = z.infer<typeof SubmitReceipt>;

/** What the renderer needs to recognise a keyboard-wedge scan and a staff badge. */
export const ScannerSettings = z
  .object({
    /** KeyboardEvent.key values the scanner types before each code (often none) and after it. */
    wedgePrefix: z.array(z.string().min(1)),
    wedgeSuffix: z.array(z.string().min(1)).min(1),
    /** Codes starting with this are staff badges; null: this kiosk has none. */
    badgePrefix: z.string().min(1).nullable(),
  })
  .strict();
export type ScannerSettings = z.infer<typeof ScannerSettings>;

export const KioskInfo = z
  .object({
    kioskId: z.string(),
    /** The kiosk's time zone (KIOSK_TIMEZONE): the screen shows times in it, as the receipt does. */
    timeZone: z.string(),
    agency: LocalizedText,
    printerConfigured: z.boolean(),
    /** Optional so an answer without it (an older main, a test stand-in) still passes; the renderer then uses its defaults. */
    scanner: ScannerSettings.optional(),
    /** Training mode (main/training/): every screen carries the training band. */
    training: z.boolean().optional(),
    /** The idle times an operator set; absent: the renderer's defaults. */
    idle: IdleTimes.optional(),
  })
  .strict();
export type KioskInfo = z.infer<typeof KioskInfo>;

/**
 * The catalog new sessions get. `version` is the hub's release (null: the bundled or
 * KIOSK_CATALOG catalog), which a submission names; `revision` changes whenever main starts
 * serving another catalog or other announcements: the start screen asks again now and then
 * and takes the catalog when its revision is new.
 */
export const ServedCatalog = Catalog.extend({
  version: z.string().nullable().optional(),
  revision: z.number().int().nonnegative().optional(),
});
export type ServedCatalog = z.infer<typeof ServedCatalog>;

/** What a scan of a receipt's QR code (or a typed tracking code) shows the citizen. */
export const RequestStatus = z
  .object({
    trackingCode: z.string(),
    serviceCode: z.string(),
    queueNumber: z.string(),
    queueDay: z.string(),
    counter: Counter,
    requestedAt: z.string(),
    receiptPrinted: z.boolean(),
    /**
     * What the agency's hub last said about it; null (or absent, from a kiosk without a hub)
     * until it has said anything, which the status view shows as received.
     */
    hubStatus: z
      .object({
        state: z.enum(REQUEST_STATUSES),
        /** When the agency changed it. */
        changedAt: z.string(),
        /** For the citizen, in both languages: why it was rejected, where to collect it. */
        note: LocalizedText.nullable(),
      })
      .strict()
      .nullable()
      .optional(),
    /** When this kiosk last heard from the hub: how fresh the status is; null: never. */
    updatedAt: z.string().nullable().optional(),
    /** Present when the code is a complaint's: its type, topic and LAPOR! stage (queue fields are then empty). */
    complaint: ComplaintStatus.optional(),
  })
  .strict();
export type RequestStatus = z.infer<typeof RequestStatus>;

/** Where sync with the agency's hub stands, for operators (main/sync/). */
export const SyncStatus = z
  .object({
    /** off: no hub set; notEnrolled / enrolling; idle between rounds; syncing; waiting after a failure. */
    state: z.enum(['off', 'notEnrolled', 'enrolling', 'idle', 'syncing', 'waiting']),
    hubUrl: z.string().nullable(),
    kioskPrefix: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
    /** Events the hub has not acknowledged yet. */
    backlog: z.number().int().nonnegative(),
    /** The running round, with counts for a progress bar; null between rounds. */
    progress: z
      .object({
        phase: z.enum(['enrol', 'send', 'receive', 'heartbeat']),
        eventsSent: z.number().int().nonnegative(),
        eventsToSend: z.number().int().nonnegative(),
        statusesReceived: z.number().int().nonnegative(),
      })
      .strict()
      .nullable(),
    /** Why the last round failed, or the hub's refusal of a batch, in one sentence; null when all went well. */
    lastError: z.string().nullable(),
    /** The hub catalog version new sessions get; null for the bundled or KIOSK_CATALOG one. */
    catalogVersion: z.string().nullable(),
    /** A catalog release the kiosk refused, and why. */
    catalogRefused: z.string().nullable(),
  })
  .strict();
export type SyncStatus = z.infer<typeof SyncStatus>;

export const PrinterHealth = z.enum(['ready', 'paperNearEnd', 'paperEnd', 'coverOpen', 'offline', 'error', 'unknown']);
export type PrinterHealth = z.infer<typeof PrinterHealth>;

/** Printer and scanner state in one place, for the operator screens. */
export const DevicesStatus = z
  .object({
    printer: z
      .object({
        configured: z.boolean(),
        kind: z.enum(['tcp', 'serial', 'usblp', 'file']),
        health: PrinterHealth,
        /** The printer's own words or the transport's error, for the operator. */
        detail: z.string().nullable(),
        checkedAt: z.string().nullable(),
        queuedJobs: z.number().int().nonnegative(),
        failedJobs: z.number().int().nonnegative(),
      })
      .strict(),
    scanners: z.array(
      z
        .object({
          kind: z.enum(['hid', 'serial']),
          name: z.string(),
          connected: z.boolean(),
          lastScanAt: z.string().nullable(),
          problem: z.string().nullable(),
        })
        .strict(),
    ),
    /** Conditions an operator must act on, newest first (paper near end comes before paper out). */
    alerts: z.array(z.object({ code: z.union([PrinterHealth, z.literal('syncOverdue')]), since: z.string() }).strict()),
    /** Personal data on the kiosk (retention, UU PDP): the last purge and the oldest request the hub lacks. */
    personalData: z
      .object({
        lastPurgeAt: z.string().nullable(),
        purgedLastTime: z.number().int().nonnegative(),
        oldestUnsyncedAt: z.string().nullable(),
      })
      .strict(),
  })
  .strict();
export type DevicesStatus = z.infer<typeof DevicesStatus>;

/**
 * The screens of the citizen's session (the session machine's states), which is what a
 * call for staff names; a question screen adds its field: "question:nik". Nothing else is
 * stored, so a help call cannot carry a path, a NIK or control characters.
 */
export const SCREENS = [
  'boot',
  'unavailable',
  'attract',
  'language',
  'services',
  'standard',
  'notice',
  'question',
  'review',
  'submitting',
  'submitFailed',
  'result',
  'status',
  'complaint',
  'survey',
] as const;
export const ScreenName = z
  .string()
  .regex(
    new RegExp(`^(${SCREENS.join('|')}|(question|complaint|survey):[a-z][a-z0-9_]{0,63})$`),
    'not a screen of the kiosk',
  );

const empty = z.object({}).strict();

/** A citizen's request as it is sent from the review screen. */
const SubmissionFields = z
  .object({
    serviceCode: z.string().max(64),
    language: Language,
    answers: Answers,
    /** The privacy notice the citizen was shown (catalog privacy.version); null for a service without personal data. */
    noticeVersion: z.string().max(40).nullable(),
    /** Yes or no to each optional extra with a consent question. */
    consents: z.record(FieldCode, z.boolean()),
    /** The catalog version the citizen's session loaded (catalog.get); absent: the current one. */
    catalogVersion: z.string().max(40).nullable().optional(),
  })
  .strict();
const trackingCodeInput = z.object({ trackingCode: z.string().max(32) }).strict();

/**
 * Every method the renderer may call, with its input and the value of a successful result.
 * Failures are typed results, never thrown across the boundary (see Result below).
 */
export const contract = {
  'kiosk.info': { input: empty, output: KioskInfo },
  'catalog.get': { input: empty, output: ServedCatalog },
  'requests.checkAnswer': {
    input: z
      .object({
        serviceCode: z.string().max(64),
        field: z.string().max(64),
        value: AnswerValue,
        /** For a field with a consent question: the citizen's yes (then it must be answered) or no. */
        consented: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ display: z.string() }).strict(),
  },
  /**
   * The review screen shows the answers as they will be sent: main checks them and seals
   * them now, so that Send only has to store them. Sending afterwards works the same whether
   * or not this was called; an answer changed since is checked at Send.
   */
  'requests.prepare': {
    input: SubmissionFields,
    output: z.object({ prepared: z.literal(true) }).strict(),
  },
  'requests.submit': {
    input: SubmissionFields.extend({
      /** An assisted request: the session token of the officer filing it with the citizen. */
      staffToken: z.string().max(100).optional(),
    }).strict(),
    output: SubmitReceipt,
  },
  'requests.status': { input: trackingCodeInput, output: RequestStatus },
  /** The citizen asked for staff; recorded for the staff view (time, screen, service). */
  'help.call': {
    input: z.object({ screen: ScreenName, serviceCode: z.string().max(64).optional() }).strict(),
    /** `id` is what the citizen's screen hears back when an officer attends the call (event help.attended). */
    output: z.object({ id: z.number().int().positive(), requestedAt: z.string() }).strict(),
  },
  /** Operator methods: never exposed to the citizen's page (see OPERATOR_METHODS). */
  'devices.status': { input: empty, output: DevicesStatus },
  /** Staff ask for a receipt again; the only way a job prints twice, and it prints as a copy. */
  'printing.reprint': { input: trackingCodeInput, output: z.object({ queued: z.literal(true) }).strict() },
  'printing.testPrint': { input: empty, output: z.object({ printed: z.boolean() }).strict() },
  /** Where sync with the agency's hub stands: last success, backlog, a running round's progress, the last error. */
  'sync.status': { input: empty, output: SyncStatus },
  /** Starts a sync round at once (unless one is running); follow it with sync.status. */
  'sync.now': { input: empty, output: SyncStatus },
  ...voiceContract(PrinterState),
  ...staffContract(DevicesStatus, SyncStatus, PrinterHealth),
} as const;

/** Events main pushes to the renderer; listeners get the payload only, never the IPC event. */
export const events = {
  'scanner.scan': z.object({ code: z.string().max(512), source: z.enum(['hid', 'serial']) }).strict(),
  /** An officer is on the way to the call for staff with this id. */
  'help.attended': z.object({ id: z.number().int().positive() }).strict(),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Contract[M]['output']>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);

/**
 * Methods for an operator's tools, not the page: a reprint of someone else's receipt, a test
 * page that wastes paper, the printer's internals. The page never gets them: Electron does
 * not register them for the page, and browser mode answers them only to a caller that
 * holds the operator key (KIOSK_OPERATOR_KEY). Staff at the kiosk reach the same through
 * the staff methods (staff-contract.ts), which need a live staff session's token instead.
 */
export const OPERATOR_METHODS = [
  'devices.status',
  'printing.reprint',
  'printing.testPrint',
  'sync.status',
  'sync.now',
  ...VOICE_OPERATOR_METHODS,
] as const;
export type OperatorMethodName = (typeof OPERATOR_METHODS)[number];
export type CitizenMethodName = Exclude<MethodName, OperatorMethodName>;
export const isOperatorMethod = (method: MethodName): method is OperatorMethodName =>
  (OPERATOR_METHODS as readonly string[]).includes(method);
export const CITIZEN_METHOD_NAMES = METHOD_NAMES.filter((m): m is CitizenMethodName => !isOperatorMethod(m));

/** Error codes that cross the boundary; the UI has a plain-language sentence for each. */
export const ERROR_CODES = [
  'invalidInput',
  'unknownMethod',
  'unknownService',
  'invalidAnswers',
  'invalidTrackingCode',
  'notFound',
  'tooManyLookups',
  'alreadySurveyed',
  'storageFailed',
  /** A staff call whose session has ended (signed out, idle, or the kiosk restarted). */
  'staffSignedOut',
  /** A staff call the signed-in role may not make. */
  'notAllowed',
  /** No USB drive, or several to choose from. */
  'usbDrive',
  /** A USB bundle refused, or the kiosk is not enrolled. */
  'bundleRefused',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Failure = { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldError[] };
export type Result<T> = { ok: true; value: T } | Failure;

/** Every method as the main process serves it. */
export type KioskMethods = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

/**
 * What window.kiosk looks like in the renderer, in Electron and in browser mode alike: the
 * page's methods, the citizen's and the staff's (which do nothing without a staff session).
 */
export type CitizenMethods = Pick<KioskMethods, CitizenMethodName>;
export type KioskApi = CitizenMethods & {
  /** Subscribes to a main-process event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** IPC channel names are derived, so preload and main cannot drift apart. */
export const channelFor = (method: MethodName): string => `kiosk:${method}`;
export const eventChannelFor = (event: EventName): string => `kiosk-event:${event}`;
