import { fromCallback, fromPromise } from 'xstate';
import type {
  ComplaintField,
  ComplaintReceipt,
  KioskApi,
  NewComplaint,
  NewSurvey,
  RequestStatus,
  Result,
  SubmitReceipt,
} from '../../preload/contract';
import type { CheckInput, HelpInput, Loaded, SessionEvent, SubmitInput, WatchInput } from './session';
import { sessionMachine } from './session';
import { staffToken } from '../staff/staff-token';
import { aheadChecks } from './ahead-checks';

const CATALOG_CHECK_FIRST_MS = 2000;
const CATALOG_CHECK_EVERY_MS = 30_000;

/** The catalog and the kiosk's details, which the kiosk needs before its start screen. */
export async function loadKiosk(kiosk: KioskApi): Promise<Result<Loaded>> {
  const [catalog, info] = await Promise.all([kiosk['catalog.get']({}), kiosk['kiosk.info']({})]);
  if (!catalog.ok) return catalog;
  // The catalog carries the agency name too, so a failed info call need not stop the kiosk.
  return { ok: true, value: { catalog: catalog.value, info: info.ok ? info.value : null } };
}

/**
 * The session machine wired to window.kiosk: each actor resolves with the typed Result.
 * `firstLoad` is a loadKiosk already under way (asked for before React draws anything); the
 * machine's first load takes it, and every later one (Retry) asks again.
 */
export function kioskSession(kiosk: KioskApi, firstLoad?: Promise<Result<Loaded>>) {
  let early = firstLoad;
  const answers = aheadChecks((input: CheckInput) => kiosk['requests.checkAnswer'](input));
  return sessionMachine.provide({
    actions: {
      checkAhead: (_, input: CheckInput) => answers.ahead(input),
      forgetChecksAhead: () => answers.forget(),
      // Only a head start: Send checks whatever was not prepared, so a failure here changes nothing.
      prepareSubmission: (_, { assisted: _assisted, ...request }: SubmitInput) => {
        kiosk['requests.prepare'](request).catch(() => {});
      },
    },
    actors: {
      loadCatalog: fromPromise<Result<Loaded>>(() => {
        const load = early ?? loadKiosk(kiosk);
        early = undefined;
        return load;
      }),
      checkAnswer: fromPromise<Result<{ display: string }>, CheckInput>(({ input }) => answers.check(input)),
      // An assisted request carries the officer's session token, which the page holds in memory only.
      submitRequest: fromPromise<Result<SubmitReceipt>, SubmitInput>(({ input }) => {
        const { assisted, ...request } = input;
        const token = assisted ? staffToken() : null;
        return kiosk['requests.submit'](token ? { ...request, staffToken: token } : request);
      }),
      lookupStatus: fromPromise<Result<RequestStatus>, { trackingCode: string }>(({ input }) =>
        kiosk['requests.status'](input),
      ),
      checkComplaint: fromPromise<Result<{ display: string }>, { field: string; value: string }>(({ input }) =>
        kiosk['complaints.checkAnswer']({ field: input.field as ComplaintField, value: input.value }),
      ),
      submitComplaint: fromPromise<Result<ComplaintReceipt>, NewComplaint>(({ input }) =>
        kiosk['complaints.submit'](input),
      ),
      lookupSurveyCode: fromPromise(({ input }: { input: { trackingCode: string } }) => kiosk['survey.lookup'](input)),
      submitSurvey: fromPromise<Result<{ answeredAt: string }>, NewSurvey>(({ input }) =>
        kiosk['survey.submit'](input),
      ),
      watchCatalog: fromCallback<SessionEvent, WatchInput>(({ input, sendBack }) => {
        let known = input.revision;
        let watching = true;
        const check = () =>
          kiosk['catalog.get']({}).then(
            (result) => {
              if (!watching || !result.ok || result.value.revision === known) return;
              known = result.value.revision;
              sendBack({ type: 'CATALOG_LOADED', catalog: result.value });
            },
            () => {},
          );
        // Soon after a session ends, then now and then while the kiosk stands idle.
        const first = setTimeout(check, CATALOG_CHECK_FIRST_MS);
        const every = setInterval(check, CATALOG_CHECK_EVERY_MS);
        return () => {
          watching = false;
          clearTimeout(first);
          clearInterval(every);
        };
      }),
      callStaff: fromCallback<SessionEvent, HelpInput>(({ input, sendBack }) => {
        const { visit, ...call } = input;
        kiosk['help.call'](call).then(
          (result) =>
            sendBack({ type: 'HELP_RESULT', visit, ok: result.ok, ...(result.ok ? { id: result.value.id } : {}) }),
          () => sendBack({ type: 'HELP_RESULT', visit, ok: false }),
        );
      }),
    },
  });
}
