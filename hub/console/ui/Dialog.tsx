/**
 * A modal dialog on the platform's <dialog>: focus moves into it, Tab stays inside, Escape
 * closes it, and focus returns to what opened it.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Message } from '../i18n/t';

export function Dialog(props: {
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={props.wide ? 'wide' : undefined}
      aria-labelledby={titleId}
      data-testid={props.testId}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" onClick={props.onClose} data-testid="dialog-close">
          <Message id="dialog.close" />
        </button>
      </div>
      {props.children}
    </dialog>
  );
}
