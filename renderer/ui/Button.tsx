import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  variant?: ButtonVariant;
  testId?: string;
  children: ReactNode;
};

/** Every tap target in the kiosk: at least 48x48 CSS px, a visible pressed state, no hover. */
export function Button({ variant = 'secondary', testId, className, children, ...rest }: Props) {
  return (
    <button type="button" className={`btn btn-${variant} ${className ?? ''}`} data-testid={testId} {...rest}>
      {children}
    </button>
  );
}
