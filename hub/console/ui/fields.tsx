/**
 * Labelled form controls: every input has a visible label tied to it, a hint or an error
 * tied by aria-describedby, and marks itself invalid when the error shows.
 */
import { useId, type ReactNode } from 'react';

interface Common {
  label: ReactNode;
  error?: ReactNode;
  hint?: ReactNode;
  testId?: string;
}

function Described({ id, hint, error }: { id: string; hint?: ReactNode; error?: ReactNode }) {
  return (
    <>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </>
  );
}

const describedBy = (id: string, hint?: ReactNode, error?: ReactNode) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

export function TextField(
  props: Common & {
    value: string;
    onChange(value: string): void;
    type?: string;
    multiline?: boolean;
    required?: boolean;
    autoComplete?: string;
    lang?: string;
    maxLength?: number;
  },
) {
  const id = useId();
  const shared = {
    id,
    value: props.value,
    required: props.required,
    lang: props.lang,
    maxLength: props.maxLength,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props.hint, props.error),
    'data-testid': props.testId,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...shared} rows={3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...shared}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      <Described id={id} hint={props.hint} error={props.error} />
    </div>
  );
}

export function SelectField<T extends string>(
  props: Common & {
    value: T;
    onChange(value: T): void;
    /** `data`: the label is data (a kiosk's or service's name), not the console's words. */
    options: { value: T; label: string; data?: boolean }[];
  },
) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        data-testid={props.testId}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(e) => props.onChange(e.target.value as T)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value} translate={o.data ? 'no' : undefined}>
            {o.label}
          </option>
        ))}
      </select>
      <Described id={id} hint={props.hint} error={props.error} />
    </div>
  );
}

export function CheckField(props: Common & { checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div className="field check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}
