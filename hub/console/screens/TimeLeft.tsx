/**
 * How much of the service's promised time is left, in working days (hub/agency/deadline.ts);
 * overdue stands out in colour, weight and words, never colour alone.
 */
import { agencyToday, deadlineOf, workingDaysLeft } from '../../agency/deadline';
import type { RequestSummary, Service } from '../api/hub-types';
import { Message } from '../i18n/t';

const OPEN = ['received', 'processing', 'ready'];

/** Working days left, or null when the service promises no time or the request is finished. */
export function daysLeft(request: RequestSummary, service: Service | undefined, today = agencyToday()): number | null {
  const days = service?.standard.promisedWorkingDays;
  if (days === undefined || !OPEN.includes(request.status)) return null;
  return workingDaysLeft(deadlineOf(request.queueDay, days), today);
}

export function TimeLeft({ left }: { left: number | null }) {
  if (left === null) return <span className="muted">–</span>;
  if (left < 0) {
    return (
      <strong className="overdue" data-testid="overdue">
        <Message id="inbox.overdueBy" values={{ days: -left }} />
      </strong>
    );
  }
  return <Message id="inbox.daysLeft" values={{ days: left }} />;
}
