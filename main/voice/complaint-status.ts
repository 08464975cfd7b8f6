import type { ComplaintStatus } from '../../preload/voice-contract.ts';
import { nextStep } from '../../sync/complaint-stages.ts';
import { queueDay } from '../requests/queue-day.ts';
import type { StoredComplaint } from '../store/complaints-repo.ts';

/** Where a complaint stands, for its status lookup: until the hub says otherwise it is received, as of its filing. */
export function complaintStatus(complaint: StoredComplaint, timeZone: string): ComplaintStatus {
  const stage = complaint.stage?.stage ?? 'received';
  const stageAt = complaint.stage?.changedAt ?? null;
  const stageOn = stageAt ? queueDay(new Date(stageAt), timeZone) : complaint.filedOn;
  return {
    type: complaint.meta.type,
    topicNames: complaint.meta.topicNames,
    identity: complaint.meta.identity,
    filedOn: complaint.filedOn,
    stage,
    stageAt,
    next: nextStep(stage, complaint.filedOn, stageOn),
  };
}
