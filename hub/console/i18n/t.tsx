/** The console's messages, by ids of its own catalog only. */
import { useIntl, type IntlShape } from 'react-intl';
import type { ReactNode } from 'react';
import type { MessageId } from './messages';

type Values = Record<string, ReactNode>;

export function Message({ id, values }: { id: MessageId; values?: Values }) {
  return <>{useIntl().formatMessage({ id: id as never }, values)}</>;
}

/** The same as text, for attributes and computed labels. */
export const textOf = (intl: IntlShape) => (id: MessageId, values?: Record<string, string | number>) =>
  intl.formatMessage({ id: id as never }, values);

export const useText = () => textOf(useIntl());
