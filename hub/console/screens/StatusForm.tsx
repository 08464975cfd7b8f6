/**
 * A status change as an agent writes it: the new status, a reason for the agency's records,
 * and a note for the citizen in Indonesian and English (both or neither; some statuses need
 * one). Checked here first, so a person sees what is missing before anything is sent. The
 * same form moves a request's status and a complaint's LAPOR! stage; `words` says which.
 */
import { useState, type FormEvent } from 'react';
import type { RequestStatus } from '../api/hub-types';
import type { MessageId } from '../i18n/messages';
import { SelectField, TextField } from '../ui/fields';
import { Message, useText } from '../i18n/t';

type RequestTarget = Exclude<RequestStatus, 'received'>;

export interface StatusChange<S extends string = RequestTarget> {
  status: S;
  reason: string;
  note: { id: string; en: string } | null;
}

/** What the form calls the statuses, and which of them need a note for the citizen. */
export interface StatusWords<S extends string> {
  label(status: S): MessageId;
  choose: MessageId;
  noteBoth: MessageId;
  final: MessageId;
  noteNeeded(status: S): boolean;
}

export const REQUEST_STATUS_WORDS: StatusWords<RequestTarget> = {
  label: (status) => `status.${status}`,
  choose: 'status.new',
  noteBoth: 'status.noteBoth',
  final: 'status.final',
  noteNeeded: (status) => status === 'rejected',
};

export function StatusForm<S extends string = RequestTarget>(props: {
  choices: S[];
  words: StatusWords<S>;
  busy: boolean;
  submitLabel: MessageId;
  onSubmit(change: StatusChange<S>): void;
}) {
  const text = useText();
  const { choices, words } = props;
  const [status, setStatus] = useState<S | undefined>(choices[0]);
  const [reason, setReason] = useState('');
  const [noteId, setNoteId] = useState('');
  const [noteEn, setNoteEn] = useState('');
  const [checked, setChecked] = useState(false);

  const noteNeeded = status !== undefined && words.noteNeeded(status);
  const problems = {
    reason: !reason.trim() ? 'form.required' : null,
    noteId: (noteNeeded || noteEn.trim()) && !noteId.trim() ? words.noteBoth : null,
    noteEn: (noteNeeded || noteId.trim()) && !noteEn.trim() ? words.noteBoth : null,
  } as const;
  const show = (id: MessageId | null) => (checked && id ? <Message id={id} /> : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (status === undefined || Object.values(problems).some(Boolean)) return;
    const note = noteId.trim() ? { id: noteId.trim(), en: noteEn.trim() } : null;
    props.onSubmit({ status, reason: reason.trim(), note });
  }

  if (status === undefined) {
    return (
      <p className="muted">
        <Message id={words.final} />
      </p>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="status-form">
      <SelectField<S>
        label={<Message id={words.choose} />}
        value={status}
        onChange={setStatus}
        testId="new-status"
        options={choices.map((s) => ({ value: s, label: text(words.label(s)) }))}
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
