/**
 * A status change as an agent writes it: the new status, a reason for the agency's records,
 * and a note for the citizen in Indonesian and English (both or neither; a rejection needs
 * one). Checked here first, so a person sees what is missing before anything is sent.
 */
import { useState, type FormEvent } from 'react';
import type { RequestStatus } from '../api/hub-types';
import type { MessageId } from '../i18n/messages';
import { SelectField, TextField } from '../ui/fields';
import { Message, useText } from '../i18n/t';

export interface StatusChange {
  status: Exclude<RequestStatus, 'received'>;
  reason: string;
  note: { id: string; en: string } | null;
}

export function StatusForm(props: {
  choices: RequestStatus[];
  busy: boolean;
  submitLabel: MessageId;
  onSubmit(change: StatusChange): void;
}) {
  const text = useText();
  const choices = props.choices.filter((s): s is StatusChange['status'] => s !== 'received');
  const [status, setStatus] = useState<StatusChange['status']>(choices[0] ?? 'processing');
  const [reason, setReason] = useState('');
  const [noteId, setNoteId] = useState('');
  const [noteEn, setNoteEn] = useState('');
  const [checked, setChecked] = useState(false);

  const noteNeeded = status === 'rejected';
  const problems = {
    reason: !reason.trim() ? 'form.required' : null,
    noteId: (noteNeeded || noteEn.trim()) && !noteId.trim() ? 'status.noteBoth' : null,
    noteEn: (noteNeeded || noteId.trim()) && !noteEn.trim() ? 'status.noteBoth' : null,
  } as const;
  const show = (id: MessageId | null) => (checked && id ? <Message id={id} /> : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (Object.values(problems).some(Boolean)) return;
    const note = noteId.trim() ? { id: noteId.trim(), en: noteEn.trim() } : null;
    props.onSubmit({ status, reason: reason.trim(), note });
  }

  if (choices.length === 0) {
    return (
      <p className="muted">
        <Message id="status.final" />
      </p>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="status-form">
      <SelectField<StatusChange['status']>
        label={<Message id="status.new" />}
        value={status}
        onChange={setStatus}
        testId="new-status"
        options={choices.map((s) => ({ value: s, label: text(`status.${s}` as MessageId) }))}
      />
      <TextField
        label={<Message id="status.reason" />}
        hint={<Message id="status.reasonHint" />}
        value={reason}
        onChange={setReason}
        maxLength={500}
        testId="status-reason"
        error={show(problems.reason)}
      />
      <TextField
        label={<Message id="status.noteId" />}
        value={noteId}
        onChange={setNoteId}
        multiline
        lang="id"
        maxLength={500}
        testId="note-id"
        error={show(problems.noteId)}
      />
      <TextField
        label={<Message id="status.noteEn" />}
        value={noteEn}
        onChange={setNoteEn}
        multiline
        lang="en"
        maxLength={500}
        testId="note-en"
        error={show(problems.noteEn)}
      />
      <button type="submit" className="primary" disabled={props.busy} data-testid="status-submit">
        <Message id={props.submitLabel} />
      </button>
    </form>
  );
}
