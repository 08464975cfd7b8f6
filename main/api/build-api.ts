import type {
  Catalog,
  Failure,
  KioskApi,
  LocalizedText,
  MethodInput,
  MethodOutput,
  Result,
} from '../../preload/contract.ts';
import type { Db } from '../store/open-database.ts';
import type { PrintQueue } from '../printing/print-queue.ts';
import { findService } from '../catalog/load-catalog.ts';
import { checkAnswer } from '../requests/validate-answer.ts';
import { checkAllAnswers, recordRequest, type KioskIdentity } from '../requests/submit-request.ts';
import { queueDay } from '../requests/queue-day.ts';
import { formatTrackingCode } from '../requests/tracking-code.ts';

export interface ApiDeps {
  db: Db;
  catalog: Catalog;
  kiosk: KioskIdentity;
  printQueue: PrintQueue;
  printerConfigured: boolean;
  /** How long submit waits for the receipt before telling the citizen it is still queued. */
  printWaitMs: number;
  now?: () => Date;
}

type Methods = { [M in keyof KioskApi]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>> };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const failure = (code: Failure['code'], message: string, extra: Partial<Failure> = {}): Failure => ({
  ok: false,
  code,
  message,
  ...extra,
});

/** The kiosk's whole API as plain async methods; both transports serve this one object. */
export function buildApi(deps: ApiDeps): Methods {
  const now = deps.now ?? (() => new Date());
  const today = () => queueDay(now(), deps.kiosk.timeZone);
  const agency: LocalizedText = deps.catalog.agency;

  return {
    'kiosk.info': async () => ok({ kioskId: deps.kiosk.prefix, agency, printerConfigured: deps.printerConfigured }),

    'catalog.get': async () => ok(deps.catalog),

    'requests.checkAnswer': async ({ serviceCode, field, value }) => {
      const service = findService(deps.catalog, serviceCode);
      const definition = service?.fields.find((f) => f.code === field);
      if (!service || !definition) return failure('unknownService', `No field "${field}" in service "${serviceCode}".`);
      const check = checkAnswer(definition, value, today());
      if (!check.ok) {
        return failure('invalidAnswers', `Answer to "${field}" refused: ${check.code}.`, {
          fieldErrors: [{ field, code: check.code }],
        });
      }
      return ok({ display: check.answer.display });
    },

    'requests.submit': async ({ serviceCode, language, answers }) => {
      const service = findService(deps.catalog, serviceCode);
      if (!service) return failure('unknownService', `No service "${serviceCode}" in the catalog.`);
      const unknown = Object.keys(answers).filter((code) => !service.fields.some((f) => f.code === code));
      if (unknown.length)
        return failure('invalidInput', `Service "${serviceCode}" has no field ${unknown.join(', ')}.`);
      const checked = checkAllAnswers(service, answers, today());
      if (!checked.ok) return failure('invalidAnswers', 'Some answers were refused.', { fieldErrors: checked.errors });

      let submitted;
      try {
        submitted = recordRequest(deps.db, deps.catalog, deps.kiosk, service, language, checked.answers, now());
      } catch (error) {
        return failure('storageFailed', `The request could not be saved: ${String(error)}`);
      }
      deps.printQueue.kick();
      const printed = await deps.printQueue.waitUntilPrinted(submitted.jobId, deps.printWaitMs);
      return ok({
        trackingCode: formatTrackingCode(submitted.trackingCode),
        queueNumber: submitted.queueNumber,
        counter: submitted.counter,
        requestedAt: submitted.requestedAt,
        receipt: submitted.receipt,
        printer: !deps.printerConfigured ? 'preview' : printed ? 'printed' : 'queued',
      });
    },
  };
}
