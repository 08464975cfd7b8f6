import { checkAnswer } from '../requests/validate-answer.ts';
import { checkAllAnswers, recordRequest, type Consents } from '../requests/submit-request.ts';
import { isPersonal } from '../../sync/catalog-check.ts';
import type { Catalog, Failure, MethodInput, Service } from '../../preload/contract.ts';
import { PreparedSubmissions, type SubmissionPlace } from '../requests/prepared-submission.ts';
import { formatQueueNumber, queueDay } from '../requests/queue-day.ts';
import { formatTrackingCode, parseTrackingCode } from '../requests/tracking-code.ts';
import { LookupLimit } from './lookup-limit.ts';
import { findService } from '../catalog/load-catalog.ts';
import { counterOf } from '../printing/request-receipt.ts';
import { qrPayload } from '../printing/build-receipt.ts';
import { lookupRequest } from './lookup-request.ts';
import { hubStatusOf, setCatalogVersion } from '../store/hub-status-repo.ts';
import { lastHeardFromHub } from '../sync/sync-settings.ts';
import type { ApiDeps } from './deps.ts';
import { appendAudit } from '../store/audit-repo.ts';
import { failure, ok, type MethodGroup } from './result.ts';
import { COMPLAINT_SERVICE, complaintById } from '../store/complaints-repo.ts';
import { complaintStatus } from '../voice/complaint-status.ts';

/**
 * Personal data is taken only after the citizen was shown the catalog's current privacy
 * notice, and optional extras only with a yes or no to each of their consent questions.
 */
function privacyProblem(
  catalog: Catalog,
  service: Service,
  noticeVersion: string | null,
  consents: Consents,
): string | null {
  const personal = service.fields.some(isPersonal);
  if (personal && noticeVersion !== catalog.privacy?.version) {
    return `Service "${service.service_code}" asks for personal data: send the version of the privacy notice shown (${catalog.privacy?.version}).`;
  }
  if (!personal && noticeVersion !== null) return `Service "${service.service_code}" shows no privacy notice.`;
  const asks = service.fields.filter((f) => f.consent).map((f) => f.code);
  const stray = Object.keys(consents).filter((code) => !asks.includes(code));
  return stray.length > 0 ? `Service "${service.service_code}" asks no consent for ${stray.join(', ')}.` : null;
}

/** Answer checks, submission and status lookups: the citizen's own requests. */
export function requestsMethods(
  deps: ApiDeps,
): MethodGroup<'requests.checkAnswer' | 'requests.prepare' | 'requests.submit' | 'requests.status'> {
  const today = () => queueDay(deps.now(), deps.kiosk.timeZone);
  const lookups = new LookupLimit(deps.statusLookupsPerMinute, deps.now);
  const prepared = new PreparedSubmissions(deps.now);

  /** The catalog, service and day a submission is checked against, once its shape is right. */
  function placeOf(
    input: MethodInput<'requests.prepare'>,
  ): (SubmissionPlace & { version: string | null }) | { failure: Failure } {
    // A citizen who began before a new catalog arrived submits against the one they saw.
    const { version, catalog } = deps.catalogs.forSubmission(input.catalogVersion);
    const service = findService(catalog, input.serviceCode);
    if (!service) return { failure: failure('unknownService', `No service "${input.serviceCode}" in the catalog.`) };
    const unknown = Object.keys(input.answers).filter((code) => !service.fields.some((f) => f.code === code));
    if (unknown.length) {
      return { failure: failure('invalidInput', `Service "${input.serviceCode}" has no field ${unknown.join(', ')}.`) };
    }
    const notice = privacyProblem(catalog, service, input.noticeVersion, input.consents);
    if (notice) return { failure: failure('invalidInput', notice) };
    return { db: deps.db, catalog, service, today: today(), version };
  }

  return {
    'requests.checkAnswer': async ({ serviceCode, field, value, consented }) => {
      const service = findService(deps.catalog, serviceCode);
      const definition = service?.fields.find((f) => f.code === field);
      if (!service || !definition) return failure('unknownService', `No field "${field}" in service "${serviceCode}".`);
      const check = checkAnswer(definition, value, today(), consented);
      if (!check.ok) {
        return failure('invalidAnswers', `Answer to "${field}" refused: ${check.code}.`, {
          fieldErrors: [{ field, code: check.code }],
        });
      }
      return ok({ display: check.answer.display });
    },

    'requests.prepare': async (input) => {
      const place = placeOf(input);
      if ('failure' in place) return place.failure;
      const checked = prepared.prepare(place, deps.kiosk.codes, input);
      if (!checked.ok) return failure('invalidAnswers', 'Some answers were refused.', { fieldErrors: checked.errors });
      return ok({ prepared: true as const });
    },

    'requests.submit': async ({ staffToken, ...input }) => {
      const place = placeOf(input);
      if ('failure' in place) return place.failure;
      const { version, catalog, service } = place;
      const { serviceCode, language, noticeVersion, consents } = input;
      // Checked and sealed at review when the answers are still those; checked here otherwise.
      const ahead = prepared.take(place, input);
      const checked = ahead
        ? { ok: true as const, ...ahead }
        : checkAllAnswers(service, input.answers, place.today, consents);
      if (!checked.ok) return failure('invalidAnswers', 'Some answers were refused.', { fieldErrors: checked.errors });
      // An assisted request names its officer on the row, the receipt and the hub's event.
      const officer = staffToken === undefined ? null : deps.staff.use(staffToken);
      if (staffToken !== undefined && !officer) {
        return failure(
          'staffSignedOut',
          'The officer assisting this request has signed out; ask them to sign in again.',
        );
      }
      const assistedBy = officer && `${officer.name} (${officer.staffNumber})`;

      let submitted;
      try {
        submitted = deps.db.transaction(() => {
          const made = recordRequest(
            deps.db,
            catalog,
            deps.kiosk,
            service,
            language,
            checked.answers,
            deps.now(),
            { noticeVersion, consents },
            assistedBy,
            ahead?.sealedAhead,
          );
          if (version !== null) setCatalogVersion(deps.db, made.jobId, version);
          if (officer) {
            appendAudit(deps.db, {
              at: made.requestedAt,
              actor: officer.staffNumber,
              action: 'request.assisted',
              subject: made.trackingCode,
              detail: { serviceCode },
            });
          }
          return made;
        })();
      } catch (error) {
        return failure('storageFailed', `The request could not be saved: ${String(error)}`);
      }
      deps.printQueue.kick();
      const outcome = await deps.printQueue.waitUntilPrinted(submitted.jobId, deps.printWaitMs);
      return ok({
        trackingCode: formatTrackingCode(submitted.trackingCode),
        queueNumber: submitted.queueNumber,
        counter: submitted.counter,
        requestedAt: submitted.requestedAt,
        qr: qrPayload(submitted.trackingCode),
        printer: !deps.printer.config.configured ? 'preview' : outcome === 'pending' ? 'queued' : outcome,
      });
    },

    // The answer names the service and the queue, never anything about the person.
    'requests.status': async ({ trackingCode }) => {
      if (parseTrackingCode(trackingCode) !== null && !lookups.allow()) {
        return failure('tooManyLookups', 'Too many status lookups in the last minute; try again in a minute.');
      }
      const request = lookupRequest(deps.db, deps.kiosk.codes, trackingCode);
      if ('ok' in request) return request;
      const complaint = complaintById(deps.db, request.id);
      if (complaint) {
        return ok({
          trackingCode: formatTrackingCode(complaint.trackingCode),
          serviceCode: COMPLAINT_SERVICE,
          queueNumber: '',
          queueDay: complaint.filedOn,
          counter: deps.catalog.counters[0]!,
          requestedAt: complaint.filedAt,
          receiptPrinted: complaint.printedAt !== null,
          updatedAt: lastHeardFromHub(deps.db),
          complaint: complaintStatus(complaint, deps.kiosk.timeZone),
        });
      }
      return ok({
        trackingCode: formatTrackingCode(request.trackingCode),
        serviceCode: request.serviceCode,
        queueNumber: formatQueueNumber(request.counter, request.queueNumber),
        queueDay: request.queueDay,
        counter: counterOf(deps.catalog, request.counter),
        requestedAt: request.requestedAt,
        receiptPrinted: request.printedAt !== null,
        hubStatus: hubStatusOf(deps.db, request.id),
        updatedAt: lastHeardFromHub(deps.db),
      });
    },
  };
}
