/** One status change for every selected request, all or none (the hub refuses the whole set if one cannot move). */
import { api } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { useAction } from '../ui/use-action';
import { REQUEST_STATUS_WORDS, StatusForm, type StatusChange } from './StatusForm';
import { Message } from '../i18n/t';

const TARGETS: StatusChange['status'][] = ['processing', 'ready', 'done', 'rejected'];

export function BulkStatus(props: { codes: string[]; onClose(): void; onDone(): void }) {
  const { busy, error, run } = useAction();
  const submit = (change: StatusChange) =>
    run(async () => {
      await api('POST', '/requests/status', { trackingCodes: props.codes, change });
      props.onDone();
    });
  return (
    <Dialog
      title={<Message id="bulk.title" values={{ count: props.codes.length }} />}
      onClose={props.onClose}
      testId="bulk-dialog"
    >
      <p translate="no" className="codes">
        {props.codes.join(', ')}
      </p>
      <ErrorNote error={error} />
      <StatusForm
        choices={TARGETS}
        words={REQUEST_STATUS_WORDS}
        busy={busy}
        submitLabel="bulk.submit"
        onSubmit={submit}
      />
    </Dialog>
  );
}
