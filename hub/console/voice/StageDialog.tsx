/**
 * Moving a complaint to a later LAPOR! stage: the status form with the stages' words. An
 * answer needs a note for the citizen in both languages, since it is the agency's answer
 * the kiosk shows; the hub refuses a stage that is not later than the current one.
 */
import { api } from '../api/client';
import type { ComplaintStage, ComplaintSummary } from '../api/hub-types';
import { Message } from '../i18n/t';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { useAction } from '../ui/use-action';
import { StatusForm, type StatusChange, type StatusWords } from '../screens/StatusForm';

export const STAGES: ComplaintStage[] = ['received', 'verified', 'forwarded', 'answered', 'closed'];

const STAGE_WORDS: StatusWords<ComplaintStage> = {
  label: (stage) => `complaints.stage.${stage}`,
  choose: 'complaints.newStage',
  noteBoth: 'complaints.noteBoth',
  final: 'complaints.final',
  noteNeeded: (stage) => stage === 'answered',
};

export function StageDialog(props: { complaint: ComplaintSummary; onClose(): void; onMoved(): void }) {
  const { complaint } = props;
  const { busy, error, run } = useAction();
  const move = (change: StatusChange<ComplaintStage>) =>
    run(async () => {
      await api('POST', `/complaints/${complaint.trackingCode}/stage`, {
        stage: change.status,
        reason: change.reason,
        note: change.note,
      });
      props.onMoved();
    });
  return (
    <Dialog
      title={<Message id="complaints.moveTitle" values={{ code: complaint.trackingCode }} />}
      onClose={props.onClose}
      testId="stage-dialog"
    >
      <ErrorNote error={error} />
      <StatusForm
        choices={STAGES.slice(STAGES.indexOf(complaint.stage) + 1)}
        words={STAGE_WORDS}
        busy={busy}
        submitLabel="complaints.moveSubmit"
        onSubmit={move}
      />
    </Dialog>
  );
}
