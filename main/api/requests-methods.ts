import { checkAnswer } from '../requests/validate-answer.ts';
import { checkAllAnswers, recordRequest } from '../requests/submit-request.ts';
import { formatQueueNumber, queueDay } from '../requests/queue-day.ts';
import { formatTrackingCode, parseTrackingCode } from '../requests/tracking-code.ts';
import { LookupLimit } from './lookup-limit.ts';
import { findService } from '../catalog/load-catalog.ts';
import { counterOf } from '../printing/request-receipt.ts';
import { lookupRequest } from './lookup-request.ts';
import type { ApiDeps } from './deps.ts';
import { failure, ok, type MethodGroup } from './result.ts';

/** Lookups that reach the database (a mistyped code is caught before and does not count). */
const STATUS_LOOKUPS_PER_MINUTE = 10;

/** Answer checks, submission and status lookups: the citizen's own requests. */
export function requestsMethods(
  deps: ApiDeps,
): MethodGroup<'requests.checkAnswer' | 'requests.submit' | 'requests.status'> {
  const today = () => queueDay(deps.now(), deps.kiosk.timeZone);
  const lookups = new LookupLimit(STATUS_LOOKUPS_PER_MINUTE, deps.now);

  return {
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
        submitted = recordRequest(deps.db, deps.catalog, deps.kiosk, service, language, checked.answers, deps.now());
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
        printer: !deps.printer.config.configured ? 'preview' : printed ? 'printed' : 'queued',
      });
    },

    // The answer names the service and the queue, never anything about the person.
    'requests.status': async ({ trackingCode }) => {
      if (parseTrackingCode(trackingCode) !== null && !lookups.allow()) {
        return failure('tooManyLookups', 'Too many status lookups in the last minute; try again in a minute.');
      }
      const request = lookupRequest(deps.db, deps.kiosk.codes, trackingCode);
      if ('ok' in request) return request;
      return ok({
        trackingCode: formatTrackingCode(request.trackingCode),
        serviceCode: request.serviceCode,
        queueNumber: formatQueueNumber(request.counter, request.queueNumber),
        queueDay: request.queueDay,
        counter: counterOf(deps.catalog, request.counter),
        requestedAt: request.requestedAt,
        receiptPrinted: request.printedAt !== null,
      });
    },
  };
}
