import { COST_ELEMENT } from '../../sync/skm-elements.ts';
import { STAGE_DEADLINE_DAYS } from '../../sync/complaint-stages.ts';
import { deadlineOf } from '../../sync/working-days.ts';
import { findService } from '../catalog/load-catalog.ts';
import { queueDay } from '../requests/queue-day.ts';
import { formatTrackingCode, parseTrackingCode } from '../requests/tracking-code.ts';
import { checkAnswer } from '../requests/validate-answer.ts';
import { COMPLAINT_SERVICE, complaintById } from '../store/complaints-repo.ts';
import { insertSurvey, surveyedCode } from '../store/surveys-repo.ts';
import { complaintFields } from '../voice/complaint-fields.ts';
import { qrPayload } from '../printing/build-receipt.ts';
import { recordComplaint } from '../voice/record-complaint.ts';
import type { ApiDeps } from './deps.ts';
import { lookupRequest } from './lookup-request.ts';
import { failure, ok, type MethodGroup } from './result.ts';

/** Complaints (SP4N-LAPOR!) and the satisfaction survey (SKM), for the citizen. */
export function voiceMethods(
  deps: ApiDeps,
): MethodGroup<'complaints.checkAnswer' | 'complaints.submit' | 'survey.lookup' | 'survey.submit'> {
  const today = () => queueDay(deps.now(), deps.kiosk.timeZone);
  /** A service a survey is about is free when its standard says so; a complaint always is, and an unknown one may be. */
  const isFree = (serviceCode: string | null) =>
    serviceCode === null ||
    serviceCode === COMPLAINT_SERVICE ||
    (findService(deps.catalog, serviceCode)?.standard.cost.amountIdr ?? 0) === 0;

  return {
    'complaints.checkAnswer': async ({ field, value }) => {
      const desk = deps.catalog.complaints;
      if (!desk) return failure('unknownService', 'This kiosk takes no complaints.');
      const check = checkAnswer(complaintFields(desk)[field], value, today());
      if (!check.ok) {
        return failure('invalidAnswers', `Answer to "${field}" refused: ${check.code}.`, {
          fieldErrors: [{ field, code: check.code }],
        });
      }
      return ok({ display: check.answer.display });
    },

    'complaints.submit': async (input) => {
      const { version, catalog } = deps.catalogs.forSubmission(input.catalogVersion);
      let recorded;
      try {
        recorded = recordComplaint(deps.db, catalog, version, deps.kiosk, input, deps.now());
      } catch (error) {
        return failure('storageFailed', `The complaint could not be saved: ${String(error)}`);
      }
      if (!recorded.ok) {
        return failure(recorded.fieldErrors ? 'invalidAnswers' : 'invalidInput', recorded.problem, {
          ...(recorded.fieldErrors ? { fieldErrors: recorded.fieldErrors } : {}),
        });
      }
      const { complaint } = recorded;
      deps.printQueue.kick();
      const outcome = await deps.printQueue.waitUntilPrinted(complaint.id, deps.printWaitMs);
      return ok({
        trackingCode: formatTrackingCode(complaint.trackingCode),
        filedAt: complaint.filedAt,
        verifyBy: deadlineOf(complaint.filedOn, STAGE_DEADLINE_DAYS.verify),
        qr: qrPayload(complaint.trackingCode),
        printer: !deps.printer.config.configured ? 'preview' : outcome === 'pending' ? 'queued' : outcome,
      });
    },

    // A code of this kiosk must be one it issued; another kiosk's code is taken on its check character.
    'survey.lookup': async ({ trackingCode }) => {
      const code = parseTrackingCode(trackingCode);
      if (!code) return failure('invalidTrackingCode', 'That is not a tracking code: a character is wrong or missing.');
      if (surveyedCode(deps.db, code)) return failure('alreadySurveyed', 'This code has already been surveyed.');
      if (deps.kiosk.codes.numberOf(code) === null) {
        return ok({ trackingCode: formatTrackingCode(code), serviceCode: null, free: true });
      }
      const request = lookupRequest(deps.db, deps.kiosk.codes, code);
      if ('ok' in request) return request;
      const serviceCode = complaintById(deps.db, request.id) ? COMPLAINT_SERVICE : request.serviceCode;
      return ok({ trackingCode: formatTrackingCode(code), serviceCode, free: isFree(serviceCode) });
    },

    'survey.submit': async ({ aboutCode, serviceCode, language, scores, profile, suggestion }) => {
      const code = aboutCode === null ? null : parseTrackingCode(aboutCode);
      if (aboutCode !== null && !code) return failure('invalidTrackingCode', 'That is not a tracking code.');
      if (scores[COST_ELEMENT] === null && !isFree(serviceCode)) {
        return failure('invalidInput', `Element ${COST_ELEMENT} may be skipped only for a free service.`);
      }
      const skipped = Object.entries(scores).filter(([element, score]) => score === null && element !== COST_ELEMENT);
      if (skipped.length > 0) return failure('invalidInput', `Answer every element but the cost of a free service.`);
      const now = deps.now();
      try {
        if (code && surveyedCode(deps.db, code))
          return failure('alreadySurveyed', 'This code has already been surveyed.');
        insertSurvey(deps.db, {
          answeredAt: now.toISOString(),
          answeredOn: today(),
          aboutCode: code,
          serviceCode,
          language,
          scores,
          profile,
          suggestion: suggestion?.trim() || null,
        });
      } catch (error) {
        return failure('storageFailed', `The survey could not be saved: ${String(error)}`);
      }
      return ok({ answeredAt: now.toISOString() });
    },
  };
}
