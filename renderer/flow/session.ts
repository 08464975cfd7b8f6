/**
 * The citizen's session as one state machine. It knows nothing about React or the
 * transport: the actors (loadCatalog, checkAnswer, submitRequest, callStaff) are stubs
 * here and are provided by the app (flow/kiosk-actors.ts) or by a unit test.
 */
import { assign, enqueueActions, fromCallback, fromPromise, setup, spawnChild, type AnyMachineSnapshot } from 'xstate';
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
import type { ComplaintReceipt, NewComplaint, NewSurvey } from '../../preload/contract';
import {
  CHECKED_STEPS,
  complaintInput,
  newComplaint,
  stepAfter,
  stepBefore,
  topicsAt,
  type ComplaintDraft,
} from '../voice/complaint-draft';
import {
  aboutService,
  newSurvey,
  surveyInput,
  surveyStepAfter,
  surveyStepBefore,
  surveyStepName,
  type SurveyDraft,
} from '../voice/survey-draft';
import type { VoiceEvent } from '../voice/voice-events';
import { COMPLAINT_SERVICE } from '../../sync/complaint-codes';

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
  /** Filed with an officer's help: the actor adds the officer's session token. */
  assisted?: boolean;
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
export type HelpState = 'calling' | 'called' | 'failed' | 'coming';

/** The officer filing a request with the citizen; every screen says who. */
export type Assistant = { name: string; staffNumber: string };

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
  /** The call for staff this visit made, so the screen hears when an officer attends it. */
  helpCallId: number | null;
  assistant: Assistant | null;
  /** "Cek status": the tracking code typed so far, and what the kiosk answered for the last one looked up. */
  statusCode: string;
  statusResult: Result<RequestStatus> | null;
  /** A complaint being written (SP4N-LAPOR!), and a satisfaction survey being answered (SKM). */
  complaint: ComplaintDraft | null;
  survey: SurveyDraft | null;
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
  helpCallId: null,
  assistant: null,
  statusCode: '',
  statusResult: null,
  complaint: null,
  survey: null,
});

export type SessionEvent =
  | VoiceEvent
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
  | { type: 'HELP_RESULT'; visit: number; ok: boolean; id?: number }
  | { type: 'HELP_SEEN' }
  /** An officer said they are on the way to the call with this id. */
  | { type: 'HELP_ATTENDED'; id: number }
  /** A signed-in officer starts a request with a citizen (from the start screen). */
  | { type: 'ASSIST'; assistant: Assistant }
  /** The officer's staff session ended: the screens stop naming them. */
  | { type: 'STAFF_LEFT' }
  /** Training mode: an example citizen's answers, filled in with one tap. */
  | { type: 'FILL_EXAMPLE'; answers: Answers; consents: Record<string, boolean> }
  /** The kiosk's details changed (an operator's settings, training mode). */
  | { type: 'INFO_LOADED'; info: KioskInfo }
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

/** The screens shown before a citizen has chosen a language: they write everything in every language. */
const BEFORE_LANGUAGE = new Set(['boot', 'unavailable', 'attract', 'language']);

export const writesEveryLanguage = (snapshot: Pick<AnyMachineSnapshot, 'value'>): boolean =>
  BEFORE_LANGUAGE.has(stateName(snapshot));

/** The screen a snapshot shows, as staff read it in the help list: "services", "question:nik". */
export function screenName(snapshot: Pick<AnyMachineSnapshot, 'value' | 'context'>): string {
  const state = stateName(snapshot);
  const context = snapshot.context as SessionContext;
  if (state === 'complaint' && context.complaint) return `complaint:${context.complaint.step}`;
  if (state === 'survey' && context.survey) return `survey:${surveyStepName(context.survey.step)}`;
  const field = state === 'question' ? currentField(context) : undefined;
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
  if (context.assistant) input.assisted = true;
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
    checkComplaint: fromPromise<Result<{ display: string }>, { field: string; value: string }>(
      notProvided('checkComplaint'),
    ),
    submitComplaint: fromPromise<Result<ComplaintReceipt>, NewComplaint>(notProvided('submitComplaint')),
    lookupSurveyCode: fromPromise<
      Result<{ trackingCode: string; serviceCode: string | null; free: boolean }>,
      { trackingCode: string }
    >(notProvided('lookupSurveyCode')),
    submitSurvey: fromPromise<Result<{ answeredAt: string }>, NewSurvey>(notProvided('submitSurvey')),
    // Reports back with HELP_RESULT; a callback actor, so it can run beside any screen.
    callStaff: fromCallback<SessionEvent, HelpInput>(() => {
      throw new Error(`session machine: actor 'callStaff' was not provided`);
    }),
    // Watches for a newer catalog while the start screen shows; without a kiosk to ask, nothing changes.
    watchCatalog: fromCallback<SessionEvent, WatchInput>(() => {}),
  },
  delays: { reloadAfter: 15_000, prepareAfter: 500 },
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
    // Checks the answer in the background as it changes, so Next can find the verdict waiting
    // (flow/ahead-checks.ts); what it keeps of the answer goes with the citizen.
    checkAhead: (_, _input: CheckInput) => {},
    forgetChecksAhead: () => {},
    prepareSubmission: (_, _input: SubmitInput) => {},
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
      actions: assign({
        help: ({ event }) => (event.ok ? 'called' : 'failed') as HelpState,
        helpCallId: ({ event }) => event.id ?? null,
      }),
    },
    HELP_SEEN: { actions: assign({ help: null }) },
    // Shown again even if the citizen closed the first notice: this is news.
    HELP_ATTENDED: {
      guard: ({ context, event }) => context.helpCallId === event.id,
      actions: assign({ help: 'coming' as HelpState }),
    },
    STAFF_LEFT: { actions: assign({ assistant: null }) },
    INFO_LOADED: { actions: assign({ info: ({ event }) => event.info }) },
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
      entry: ['clearCitizen', 'forgetChecksAhead'],
      // No citizen is mid-request here: the one place a new catalog may take over.
      invoke: { src: 'watchCatalog', input: ({ context }) => ({ revision: context.catalog?.revision }) },
      on: {
        CATALOG_LOADED: { actions: assign({ catalog: ({ event }) => sortCatalog(event.catalog) }) },
        START: 'language',
        ASSIST: { target: 'language', actions: assign({ assistant: ({ event }) => event.assistant }) },
        CHECK_STATUS: 'status',
        COMPLAIN: { target: 'complaint', actions: assign({ complaint: () => newComplaint() }) },
        SURVEY: { target: 'survey', actions: assign({ survey: () => newSurvey() }) },
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
          // A question that asks first is answered no with one tap, which gives nothing to
          // type ahead: its answer as it opens (a no, or one kept from before) is checked at once.
          entry: enqueueActions(({ context, enqueue }) => {
            if (currentField(context)?.consent) enqueue({ type: 'checkAhead', params: checkInput(context) });
          }),
          on: {
            ANSWER: {
              actions: ['recordAnswer', { type: 'checkAhead', params: ({ context }) => checkInput(context) }],
            },
            // Every answer is still checked by main as the trainee goes through the questions.
            FILL_EXAMPLE: {
              actions: assign(({ context, event }) => ({
                answers: { ...context.answers, ...event.answers },
                consents: { ...context.consents, ...event.consents },
                displays: {},
                problem: null,
              })),
            },
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
      // Once the citizen has been reading for a moment, main checks and seals the answers, so
      // Send only stores them. Asked then, not as the screen opens, so it never competes with
      // the tap that opened the screen or with Send; a Send sooner than that is checked at Send.
      after: {
        prepareAfter: { actions: { type: 'prepareSubmission', params: ({ context }) => submitInput(context) } },
      },
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
      on: {
        FINISH: 'attract',
        // The survey offered after a request, about that request's code and service.
        SURVEY: {
          target: 'survey',
          actions: assign({
            survey: ({ context }) =>
              newSurvey({
                code: context.receipt?.trackingCode ?? '',
                serviceCode: context.serviceCode,
                free: (currentService(context)?.standard.cost.amountIdr ?? 0) === 0,
              }),
          }),
        },
      },
    },
    // A complaint, aspiration or information request (SP4N-LAPOR!), one screen per step of its draft.
    complaint: {
      initial: 'editing',
      states: {
        editing: {
          on: {
            C_TYPE: {
              actions: assign({
                complaint: ({ context, event }) => moveOn({ ...context.complaint!, type: event.value }),
              }),
            },
            C_TOPIC: {
              actions: assign({
                complaint: ({ context, event }) => {
                  const draft = context.complaint!;
                  const topic = [...draft.topic, event.code];
                  // A topic with narrower ones under it shows those; one without is the choice.
                  return topicsAt(context.catalog?.complaints, topic).length > 0
                    ? { ...draft, topic }
                    : moveOn({ ...draft, topic });
                },
              }),
            },
            C_ANSWER: {
              actions: assign({
                complaint: ({ context, event }) => {
                  const draft = context.complaint!;
                  const field = CHECKED_STEPS[draft.step];
                  if (!field) return draft;
                  const { [field]: _stale, ...displays } = draft.displays;
                  return { ...draft, answers: { ...draft.answers, [field]: event.value }, displays, problem: null };
                },
              }),
            },
            C_NEXT: [
              { guard: ({ context }) => CHECKED_STEPS[context.complaint!.step] !== undefined, target: 'checking' },
              { actions: assign({ complaint: ({ context }) => moveOn(context.complaint!) }) },
            ],
            // Place and date may be left out: the answer is emptied and the complaint goes on.
            C_SKIP: {
              actions: assign({
                complaint: ({ context }) => {
                  const draft = context.complaint!;
                  const field = CHECKED_STEPS[draft.step];
                  return moveOn(field ? { ...draft, answers: { ...draft.answers, [field]: '' } } : draft);
                },
              }),
            },
            C_IDENTITY: {
              actions: assign({
                complaint: ({ context, event }) => moveOn({ ...context.complaint!, identity: event.value }),
              }),
            },
            C_ACCEPT_NOTICE: {
              actions: assign({
                complaint: ({ context }) =>
                  moveOn({ ...context.complaint!, noticeVersion: context.catalog?.privacy?.version ?? null }),
              }),
            },
            C_EDIT: {
              actions: assign({
                complaint: ({ context, event }) => ({
                  ...context.complaint!,
                  step: event.step,
                  editing: true,
                  topic: event.step === 'topic' ? [] : context.complaint!.topic,
                }),
              }),
            },
            C_SEND: {
              target: 'sending',
              actions: assign({ complaint: ({ context }) => ({ ...context.complaint!, step: 'sending' as const }) }),
            },
            BACK: [
              {
                // Within the topic tree, Back goes up one level first.
                guard: ({ context }) => context.complaint!.step === 'topic' && context.complaint!.topic.length > 0,
                actions: assign({
                  complaint: ({ context }) => ({ ...context.complaint!, topic: context.complaint!.topic.slice(0, -1) }),
                }),
              },
              { guard: ({ context }) => stepBefore(context.complaint!) === null, target: '#session.attract' },
              {
                actions: assign({
                  complaint: ({ context }) => ({
                    ...context.complaint!,
                    step: stepBefore(context.complaint!)!,
                    editing: false,
                    problem: null,
                  }),
                }),
              },
            ],
          },
        },
        checking: {
          invoke: {
            src: 'checkComplaint',
            input: ({ context }) => {
              const field = CHECKED_STEPS[context.complaint!.step]!;
              return { field, value: context.complaint!.answers[field] };
            },
            onDone: [
              {
                guard: ({ event }) => event.output.ok,
                target: 'editing',
                actions: assign({
                  complaint: ({ context, event }) => {
                    const draft = context.complaint!;
                    const field = CHECKED_STEPS[draft.step]!;
                    const display = event.output.ok ? event.output.value.display : '';
                    return moveOn({ ...draft, displays: { ...draft.displays, [field]: display } });
                  },
                }),
              },
              {
                target: 'editing',
                actions: assign({
                  complaint: ({ context, event }) => ({
                    ...context.complaint!,
                    problem: problemFrom(event.output, CHECKED_STEPS[context.complaint!.step] ?? ''),
                  }),
                }),
              },
            ],
            onError: {
              target: 'editing',
              actions: assign({
                complaint: ({ context }) => ({
                  ...context.complaint!,
                  problem: { kind: 'system', code: 'internal' } as Problem,
                }),
              }),
            },
          },
        },
        sending: {
          invoke: {
            src: 'submitComplaint',
            input: ({ context }) => complaintInput(context.complaint!, context.language, context.catalog?.version),
            onDone: [
              {
                guard: ({ event }) => event.output.ok,
                target: 'done',
                actions: assign({
                  complaint: ({ context, event }) => ({
                    ...context.complaint!,
                    step: 'done' as const,
                    receipt: event.output.ok ? event.output.value : null,
                  }),
                }),
              },
              {
                target: 'failed',
                actions: assign({
                  complaint: ({ context, event }) => ({
                    ...context.complaint!,
                    step: 'failed' as const,
                    problem: problemFrom(event.output, ''),
                  }),
                }),
              },
            ],
            onError: {
              target: 'failed',
              actions: assign({
                complaint: ({ context }) => ({
                  ...context.complaint!,
                  step: 'failed' as const,
                  problem: { kind: 'system', code: 'internal' } as Problem,
                }),
              }),
            },
          },
        },
        failed: {
          on: {
            RETRY: {
              target: 'sending',
              actions: assign({ complaint: ({ context }) => ({ ...context.complaint!, step: 'sending' as const }) }),
            },
            BACK: {
              target: 'editing',
              actions: assign({
                complaint: ({ context }) => ({ ...context.complaint!, step: 'review' as const, problem: null }),
              }),
            },
          },
        },
        done: {
          on: {
            FINISH: '#session.attract',
            SURVEY: {
              target: '#session.survey',
              actions: assign({
                survey: ({ context }) =>
                  newSurvey({
                    code: context.complaint?.receipt?.trackingCode ?? '',
                    serviceCode: COMPLAINT_SERVICE,
                    free: true,
                  }),
              }),
            },
          },
        },
      },
    },
    // The satisfaction survey (SKM): a code first when it starts from the start screen, then U1 to U9, the profile, a suggestion.
    survey: {
      initial: 'answering',
      states: {
        answering: {
          on: {
            S_CODE: {
              actions: assign({
                survey: ({ context, event }) => ({ ...context.survey!, code: event.code, error: null }),
              }),
            },
            S_LOOKUP: 'looking',
            S_WITHOUT_CODE: {
              actions: assign({
                survey: ({ context }) => ({
                  ...context.survey!,
                  code: '',
                  step: { kind: 'service' as const },
                  error: null,
                }),
              }),
            },
            S_SERVICE: {
              actions: assign({
                survey: ({ context, event }) =>
                  aboutService(
                    context.survey!,
                    event.serviceCode,
                    (event.serviceCode && findService(context.catalog, event.serviceCode)?.standard.cost.amountIdr) ||
                      0,
                  ),
              }),
            },
            S_SCORE: {
              actions: assign({
                survey: ({ context, event }) => ({
                  ...context.survey!,
                  scores: { ...context.survey!.scores, [event.element]: event.score },
                  step: surveyStepAfter(context.survey!.step),
                }),
              }),
            },
            S_PROFILE: {
              actions: assign({
                survey: ({ context, event }) => ({
                  ...context.survey!,
                  profile: { ...context.survey!.profile, [event.field]: event.value },
                  step: surveyStepAfter(context.survey!.step),
                }),
              }),
            },
            S_SUGGESTION: {
              actions: assign({ survey: ({ context, event }) => ({ ...context.survey!, suggestion: event.value }) }),
            },
            S_NEXT: {
              target: 'sending',
              actions: assign({
                survey: ({ context }) => ({ ...context.survey!, step: { kind: 'sending' as const } }),
              }),
            },
            BACK: [
              { guard: ({ context }) => surveyStepBefore(context.survey!) === null, target: '#session.attract' },
              {
                actions: assign({
                  survey: ({ context }) => ({
                    ...context.survey!,
                    step: surveyStepBefore(context.survey!)!,
                    error: null,
                  }),
                }),
              },
            ],
          },
        },
        looking: {
          invoke: {
            src: 'lookupSurveyCode',
            input: ({ context }) => ({ trackingCode: context.survey!.code }),
            onDone: {
              target: 'answering',
              actions: assign({
                survey: ({ context, event }) =>
                  event.output.ok
                    ? {
                        ...context.survey!,
                        aboutCode: event.output.value.trackingCode,
                        serviceCode: event.output.value.serviceCode,
                        free: event.output.value.free,
                        step: surveyStepAfter(context.survey!.step),
                        error: null,
                      }
                    : { ...context.survey!, error: event.output.code },
              }),
            },
            onError: {
              target: 'answering',
              actions: assign({ survey: ({ context }) => ({ ...context.survey!, error: 'internal' as ErrorCode }) }),
            },
          },
        },
        sending: {
          invoke: {
            src: 'submitSurvey',
            input: ({ context }) => surveyInput(context.survey!, context.language),
            onDone: {
              target: 'thanks',
              actions: assign({
                survey: ({ context, event }) => ({
                  ...context.survey!,
                  step: { kind: 'thanks' as const },
                  error: event.output.ok ? null : event.output.code,
                }),
              }),
            },
            onError: {
              target: 'thanks',
              actions: assign({
                survey: ({ context }) => ({
                  ...context.survey!,
                  step: { kind: 'thanks' as const },
                  error: 'internal' as ErrorCode,
                }),
              }),
            },
          },
        },
        thanks: { on: { FINISH: '#session.attract' } },
      },
    },
  },
});

/** The draft at its next step, its problem cleared and an edit from review ended. */
function moveOn(draft: ComplaintDraft): ComplaintDraft {
  return { ...draft, step: stepAfter(draft), problem: null, editing: false };
}

function displayOf(context: SessionContext, output: Result<{ display: string }>): Record<string, string> {
  const field = currentField(context);
  return output.ok && field ? { [field.code]: output.value.display } : {};
}

export type SessionMachine = typeof sessionMachine;
