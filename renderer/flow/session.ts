/**
 * The citizen's session as one state machine. It knows nothing about React or the
 * transport: the actors (loadCatalog, checkAnswer, submitRequest, callStaff) are stubs
 * here and are provided by the app (flow/kiosk-actors.ts) or by a unit test.
 */
import { assign, fromCallback, fromPromise, setup, spawnChild, type AnyMachineSnapshot } from 'xstate';
import type {
  AnswerValue,
  Answers,
  ErrorCode,
  FieldErrorCode,
  KioskInfo,
  Language,
  RequestStatus,
  Result,
  ServedCatalog,
  SubmitReceipt,
} from '../../preload/contract';
import { emptyValue, findService, isPersonal, sortCatalog } from './catalog';

export type Loaded = { catalog: ServedCatalog; info: KioskInfo | null };
export type CheckInput = { serviceCode: string; field: string; value: AnswerValue; consented?: boolean };
export type SubmitInput = {
  serviceCode: string;
  language: Language;
  answers: Answers;
  noticeVersion: string | null;
  consents: Record<string, boolean>;
  /** The catalog version the session loaded: main checks the answers against the catalog the citizen saw. */
  catalogVersion?: string | null;
};
/** What the start screen's catalog watch knows: the revision it holds. */
export type WatchInput = { revision: number | undefined };
/** A call for staff, tagged with its visit so an answer that arrives after the session ended is dropped. */
export type HelpInput = { screen: string; serviceCode?: string; visit: number };

/** Why the current answer was not accepted: the field's own rule, or the system failed. */
export type Problem = { kind: 'field'; code: FieldErrorCode } | { kind: 'system'; code: ErrorCode };

/** What an answer looked like before an edit from review began, so Back can undo it. */
export type EditBackup = {
  field: string;
  value: AnswerValue | undefined;
  display: string | undefined;
  consent: boolean | undefined;
};

/** Where the citizen's call for staff stands; the notice shows it until the citizen closes it. */
export type HelpState = 'calling' | 'called' | 'failed';

export type CitizenContext = {
  language: Language;
  serviceCode: string | null;
  /** Answers as typed, kept while the citizen moves back and forth or switches language. */
  answers: Answers;
  /** Server-checked display text per field (a NIK comes back masked). */
  displays: Record<string, string>;
  /** The citizen's yes or no to each optional extra that asks first (a field's consent question). */
  consents: Record<string, boolean>;
  /** The privacy notice the citizen saw and accepted before the personal questions. */
  noticeVersion: string | null;
  index: number;
  editing: EditBackup | null;
  problem: Problem | null;
  submitError: ErrorCode | null;
  receipt: SubmitReceipt | null;
  /** Display and speech choices belong to one citizen and end with the session. */
  largeText: boolean;
  highContrast: boolean;
  /** Once the citizen asks for speech, each new screen is read until they stop it. */
  readAloud: boolean;
  help: HelpState | null;
  /** "Cek status": the tracking code typed so far, and what the kiosk answered for the last one looked up. */
  statusCode: string;
  statusResult: Result<RequestStatus> | null;
};

export type SessionContext = CitizenContext & {
  /** Kiosk data, not citizen data: it survives the reset at the end of a session. */
  catalog: ServedCatalog | null;
  info: KioskInfo | null;
  loadError: ErrorCode | null;
  /** Counts sessions, so the UI can start each one from a fresh tree. */
  visit: number;
};

export const DEFAULT_LANGUAGE: Language = 'id';

export const freshCitizen = (): CitizenContext => ({
  language: DEFAULT_LANGUAGE,
  serviceCode: null,
  answers: {},
  displays: {},
  consents: {},
  noticeVersion: null,
  index: 0,
  editing: null,
  problem: null,
  submitError: null,
  receipt: null,
  largeText: false,
  highContrast: false,
  readAloud: false,
  help: null,
  statusCode: '',
  statusResult: null,
});

export type SessionEvent =
  | { type: 'START' }
  | { type: 'CHECK_STATUS' }
  | { type: 'STATUS_CODE'; code: string }
  | { type: 'LOOKUP' }
  | { type: 'LANGUAGE'; language: Language }
  | { type: 'CHOOSE_LANGUAGE'; language: Language }
  | { type: 'SELECT_SERVICE'; serviceCode: string }
  | { type: 'BEGIN' }
  | { type: 'ACCEPT_NOTICE' }
  | { type: 'CONSENT'; given: boolean }
  | { type: 'ANSWER'; value: AnswerValue }
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'EDIT'; field: string }
  | { type: 'CONFIRM' }
  | { type: 'RETRY' }
  | { type: 'FINISH' }
  | { type: 'RESET' }
  | { type: 'LARGE_TEXT'; on: boolean }
  | { type: 'HIGH_CONTRAST'; on: boolean }
  | { type: 'READ_ALOUD'; on: boolean }
  | { type: 'CALL_STAFF' }
  | { type: 'HELP_RESULT'; visit: number; ok: boolean }
  | { type: 'HELP_SEEN' }
  /** The start screen's watch found a catalog of a newer revision (a release from the hub). */
  | { type: 'CATALOG_LOADED'; catalog: ServedCatalog };

const notProvided = (name: string) => async (): Promise<never> => {
  throw new Error(`session machine: actor '${name}' was not provided`);
};

/** The top-level state of a snapshot: "services", "question". */
export function stateName(snapshot: Pick<AnyMachineSnapshot, 'value'>): string {
  const value = snapshot.value;
  return typeof value === 'string' ? value : (Object.keys(value)[0] ?? '');
}

/**
 * Whether two snapshots show the same screen: the same top-level state and the same context.
 * An answer being checked changes neither (only the Next button shows it, and follows the
 * sub-state itself), so the screen need not be drawn again while the kiosk checks.
 */
export function showsSameScreen(a: Pick<AnyMachineSnapshot, 'value' | 'context'>, b: typeof a): boolean {
  return a.context === b.context && stateName(a) === stateName(b);
}

/** The screen a snapshot shows, as staff read it in the help list: "services", "question:nik". */
export function screenName(snapshot: Pick<AnyMachineSnapshot, 'value' | 'context'>): string {
  const state = stateName(snapshot);
  const field = state === 'question' ? currentField(snapshot.context as SessionContext) : undefined;
  return field ? `${state}:${field.code}` : state;
}

export function currentService(context: SessionContext) {
  return findService(context.catalog, context.serviceCode);
}

export function currentField(context: SessionContext) {
  return currentService(context)?.fields[context.index];
}

/** The answer for a field as it will be checked and sent: untouched fields count as empty. */
export function answerFor(context: SessionContext, fieldCode: string): AnswerValue {
  const field = currentService(context)?.fields.find((f) => f.code === fieldCode);
  const value = context.answers[fieldCode];
  if (value !== undefined) return value;
  return field ? emptyValue(field) : '';
}

function checkInput(context: SessionContext): CheckInput {
  const field = currentField(context);
  if (!field || context.serviceCode === null) throw new Error('no current question');
  const input: CheckInput = {
    serviceCode: context.serviceCode,
    field: field.code,
    value: answerFor(context, field.code),
  };
  if (field.consent) input.consented = context.consents[field.code] === true;
  return input;
}

/** Only the chosen service's fields are sent, each exactly as it was checked. */
function submitInput(context: SessionContext): SubmitInput {
  const service = currentService(context);
  if (!service) throw new Error('no service chosen');
  const answers: Answers = {};
  const consents: Record<string, boolean> = {};
  for (const field of service.fields) {
    answers[field.code] = answerFor(context, field.code);
    if (field.consent) consents[field.code] = context.consents[field.code] === true;
  }
  const input: SubmitInput = {
    serviceCode: service.service_code,
    language: context.language,
    answers,
    noticeVersion: context.noticeVersion,
    consents,
  };
  if (context.catalog?.version !== undefined) input.catalogVersion = context.catalog.version;
  return input;
}

/** Whether the chosen service asks for personal data, and so shows the privacy notice first. */
function asksPersonalData(context: SessionContext): boolean {
  return currentService(context)?.fields.some(isPersonal) ?? false;
}

function lastIndex(context: SessionContext): number {
  return Math.max(0, (currentService(context)?.fields.length ?? 1) - 1);
}

function problemFrom(result: Result<unknown>, field: string): Problem {
  if (result.ok) throw new Error('not a failure');
  const own = result.fieldErrors?.find((e) => e.field === field) ?? result.fieldErrors?.[0];
  return own ? { kind: 'field', code: own.code } : { kind: 'system', code: result.code };
}

export const sessionMachine = setup({
  types: {} as { context: SessionContext; events: SessionEvent },
  actors: {
    loadCatalog: fromPromise<Result<Loaded>>(notProvided('loadCatalog')),
    checkAnswer: fromPromise<Result<{ display: string }>, CheckInput>(notProvided('checkAnswer')),
    submitRequest: fromPromise<Result<SubmitReceipt>, SubmitInput>(notProvided('submitRequest')),
    lookupStatus: fromPromise<Result<RequestStatus>, { trackingCode: string }>(notProvided('lookupStatus')),
    // Reports back with HELP_RESULT; a callback actor, so it can run beside any screen.
    callStaff: fromCallback<SessionEvent, HelpInput>(() => {
      throw new Error(`session machine: actor 'callStaff' was not provided`);
    }),
    // Watches for a newer catalog while the start screen shows; without a kiosk to ask, nothing changes.
    watchCatalog: fromCallback<SessionEvent, WatchInput>(() => {}),
  },
  delays: { reloadAfter: 15_000 },
  guards: {
    hasCatalog: ({ context }) => context.catalog !== null,
    isEditing: ({ context }) => context.editing !== null,
    isFirstQuestion: ({ context }) => context.index === 0,
    asksPersonalData: ({ context }) => asksPersonalData(context),
    serviceExists: ({ context, event }) =>
      event.type === 'SELECT_SERVICE' && findService(context.catalog, event.serviceCode) !== undefined,
    fieldExists: ({ context, event }) =>
      event.type === 'EDIT' && (currentService(context)?.fields.some((f) => f.code === event.field) ?? false),
  },
  actions: {
    clearCitizen: assign(({ context }) => ({ ...freshCitizen(), visit: context.visit + 1 })),
    setLanguage: assign({
      language: ({ context, event }) =>
        event.type === 'LANGUAGE' || event.type === 'CHOOSE_LANGUAGE' ? event.language : context.language,
    }),
    chooseService: assign(({ context, event }) => {
      if (event.type !== 'SELECT_SERVICE') return {};
      // Answers belong to one service; picking the same one again keeps them.
      if (event.serviceCode === context.serviceCode) return {};
      return {
        serviceCode: event.serviceCode,
        answers: {},
        displays: {},
        consents: {},
        noticeVersion: null,
        index: 0,
        problem: null,
      };
    }),
    firstQuestion: assign({ index: 0, problem: null, editing: null }),
    previousQuestion: assign({ index: ({ context }) => Math.max(0, context.index - 1), problem: null }),
    lastQuestion: assign({ index: ({ context }) => lastIndex(context), problem: null }),
    recordAnswer: assign(({ context, event }) => {
      const field = currentField(context);
      if (event.type !== 'ANSWER' || !field) return {};
      // A changed answer must be checked again before review shows it.
      const { [field.code]: _stale, ...displays } = context.displays;
      return { answers: { ...context.answers, [field.code]: event.value }, displays, problem: null };
    }),
    clearProblem: assign({ problem: null }),
    acceptNotice: assign({ noticeVersion: ({ context }) => context.catalog?.privacy?.version ?? null }),
    recordConsent: assign(({ context, event }) => {
      const field = currentField(context);
      if (event.type !== 'CONSENT' || !field) return {};
      const consents = { ...context.consents, [field.code]: event.given };
      if (event.given) return { consents, problem: null };
      // A no takes back whatever was typed: nothing of it is kept or sent.
      const { [field.code]: _answer, ...answers } = context.answers;
      const { [field.code]: _display, ...displays } = context.displays;
      return { consents, answers, displays, problem: null };
    }),
    beginEdit: assign(({ context, event }) => {
      if (event.type !== 'EDIT') return {};
      const index = currentService(context)?.fields.findIndex((f) => f.code === event.field) ?? 0;
      // Changing an optional extra starts again from its yes-or-no question.
      const { [event.field]: consent, ...consents } = context.consents;
      return {
        index,
        problem: null,
        consents,
        editing: {
          field: event.field,
          value: context.answers[event.field],
          display: context.displays[event.field],
          consent,
        },
      };
    }),
    cancelEdit: assign(({ context }) => {
      const backup = context.editing;
      if (!backup) return {};
      const { [backup.field]: _a, ...answers } = context.answers;
      const { [backup.field]: _d, ...displays } = context.displays;
      const { [backup.field]: _c, ...consents } = context.consents;
      if (backup.value !== undefined) answers[backup.field] = backup.value;
      if (backup.display !== undefined) displays[backup.field] = backup.display;
      if (backup.consent !== undefined) consents[backup.field] = backup.consent;
      return { answers, displays, consents, editing: null, problem: null };
    }),
  },
}).createMachine({
  id: 'session',
  context: { ...freshCitizen(), catalog: null, info: null, loadError: null, visit: 0 },
  initial: 'boot',
  on: {
    LANGUAGE: { actions: 'setLanguage' },
    RESET: { guard: 'hasCatalog', target: '.attract' },
    LARGE_TEXT: { actions: assign({ largeText: ({ event }) => event.on }) },
    HIGH_CONTRAST: { actions: assign({ highContrast: ({ event }) => event.on }) },
    READ_ALOUD: { actions: assign({ readAloud: ({ event }) => event.on }) },
    CALL_STAFF: {
      guard: ({ context }) => context.help !== 'calling',
      actions: [
        assign({ help: 'calling' as HelpState }),
        spawnChild('callStaff', {
          input: ({ context, self }) => ({
            screen: screenName(self.getSnapshot()),
            serviceCode: context.serviceCode ?? undefined,
            visit: context.visit,
          }),
        }),
      ],
    },
    HELP_RESULT: {
      guard: ({ context, event }) => event.visit === context.visit && context.help === 'calling',
      actions: assign({ help: ({ event }) => (event.ok ? 'called' : 'failed') as HelpState }),
    },
    HELP_SEEN: { actions: assign({ help: null }) },
  },
  states: {
    boot: {
      invoke: {
        src: 'loadCatalog',
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'attract',
            actions: assign(({ event }) =>
              event.output.ok
                ? { catalog: sortCatalog(event.output.value.catalog), info: event.output.value.info, loadError: null }
                : {},
            ),
          },
          {
            target: 'unavailable',
            actions: assign({ loadError: ({ event }) => (event.output.ok ? null : event.output.code) }),
          },
        ],
        onError: { target: 'unavailable', actions: assign({ loadError: 'internal' as ErrorCode }) },
      },
    },
    unavailable: {
      after: { reloadAfter: 'boot' },
      on: { RETRY: 'boot' },
    },
    // Entering attract always wipes the citizen's data, however the session ended.
    attract: {
      entry: 'clearCitizen',
      // No citizen is mid-request here: the one place a new catalog may take over.
      invoke: { src: 'watchCatalog', input: ({ context }) => ({ revision: context.catalog?.revision }) },
      on: {
        CATALOG_LOADED: { actions: assign({ catalog: ({ event }) => sortCatalog(event.catalog) }) },
        START: 'language',
        CHECK_STATUS: 'status',
        // The attract screen's language buttons start straight in that language.
        CHOOSE_LANGUAGE: { target: 'services', actions: 'setLanguage' },
      },
    },
    // "Cek status": a tracking code typed on the on-screen keys, looked up when it is whole.
    status: {
      initial: 'typing',
      on: { BACK: 'attract', FINISH: 'attract' },
      states: {
        typing: {
          on: {
            STATUS_CODE: { actions: assign({ statusCode: ({ event }) => event.code, statusResult: null }) },
            LOOKUP: 'looking',
          },
        },
        looking: {
          invoke: {
            src: 'lookupStatus',
            input: ({ context }) => ({ trackingCode: context.statusCode }),
            onDone: { target: 'typing', actions: assign({ statusResult: ({ event }) => event.output }) },
            onError: {
              target: 'typing',
              actions: assign({
                statusResult: { ok: false, code: 'internal', message: 'lookup failed' } as Result<RequestStatus>,
              }),
            },
          },
        },
      },
    },
    language: {
      on: {
        CHOOSE_LANGUAGE: { target: 'services', actions: 'setLanguage' },
        BACK: 'attract',
      },
    },
    services: {
      on: {
        SELECT_SERVICE: { guard: 'serviceExists', target: 'standard', actions: 'chooseService' },
        BACK: 'language',
      },
    },
    standard: {
      on: {
        BEGIN: [
          { guard: 'asksPersonalData', target: 'notice' },
          { target: 'question', actions: 'firstQuestion' },
        ],
        BACK: 'services',
      },
    },
    // The privacy notice (UU PDP), before the first personal question of a service.
    notice: {
      on: {
        ACCEPT_NOTICE: { target: 'question', actions: ['acceptNotice', 'firstQuestion'] },
        BACK: 'standard',
      },
    },
    question: {
      initial: 'answering',
      states: {
        answering: {
          on: {
            ANSWER: { actions: 'recordAnswer' },
            NEXT: 'checking',
            // Yes shows the question; no moves on as if it had been answered empty.
            CONSENT: [
              { guard: ({ event }) => event.given, actions: 'recordConsent' },
              { target: 'checking', actions: 'recordConsent' },
            ],
            BACK: [
              { guard: 'isEditing', target: '#session.review', actions: 'cancelEdit' },
              {
                guard: ({ context }) => context.index === 0 && asksPersonalData(context),
                target: '#session.notice',
                actions: 'clearProblem',
              },
              { guard: 'isFirstQuestion', target: '#session.standard', actions: 'clearProblem' },
              { actions: 'previousQuestion' },
            ],
          },
        },
        checking: {
          invoke: {
            src: 'checkAnswer',
            input: ({ context }) => checkInput(context),
            onDone: [
              {
                guard: ({ context, event }) =>
                  event.output.ok && (context.editing !== null || context.index >= lastIndex(context)),
                target: '#session.review',
                actions: assign(({ context, event }) => ({
                  displays: { ...context.displays, ...displayOf(context, event.output) },
                  editing: null,
                  problem: null,
                })),
              },
              {
                guard: ({ event }) => event.output.ok,
                target: 'answering',
                actions: assign(({ context, event }) => ({
                  displays: { ...context.displays, ...displayOf(context, event.output) },
                  index: context.index + 1,
                  problem: null,
                })),
              },
              {
                target: 'answering',
                actions: assign({
                  problem: ({ context, event }) => problemFrom(event.output, currentField(context)?.code ?? ''),
                }),
              },
            ],
            onError: {
              target: 'answering',
              actions: assign({ problem: { kind: 'system', code: 'internal' } as Problem }),
            },
          },
        },
      },
    },
    review: {
      on: {
        EDIT: { guard: 'fieldExists', target: 'question', actions: 'beginEdit' },
        BACK: { target: 'question', actions: 'lastQuestion' },
        CONFIRM: 'submitting',
      },
    },
    submitting: {
      invoke: {
        src: 'submitRequest',
        input: ({ context }) => submitInput(context),
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            target: 'result',
            actions: assign(({ event }) => (event.output.ok ? { receipt: event.output.value, submitError: null } : {})),
          },
          {
            target: 'submitFailed',
            actions: assign({ submitError: ({ event }) => (event.output.ok ? null : event.output.code) }),
          },
        ],
        onError: { target: 'submitFailed', actions: assign({ submitError: 'internal' as ErrorCode }) },
      },
    },
    submitFailed: {
      on: {
        RETRY: 'submitting',
        BACK: 'review',
      },
    },
    result: {
      on: { FINISH: 'attract' },
    },
  },
});

function displayOf(context: SessionContext, output: Result<{ display: string }>): Record<string, string> {
  const field = currentField(context);
  return output.ok && field ? { [field.code]: output.value.display } : {};
}

export type SessionMachine = typeof sessionMachine;
