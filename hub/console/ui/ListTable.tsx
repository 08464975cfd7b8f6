/** A list as a table: a caption for screen readers, a header row from message ids, and an actions column when rows have buttons. */
import type { ReactNode } from 'react';
import type { MessageId } from '../i18n/messages';
import { Message } from '../i18n/t';

export function ListTable(props: {
  caption: MessageId;
  columns: MessageId[];
  actions?: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <table className="list" data-testid={props.testId}>
      <caption className="visually-hidden">
        <Message id={props.caption} />
      </caption>
      <thead>
        <tr>
          {props.columns.map((id) => (
            <th scope="col" key={id}>
              <Message id={id} />
            </th>
          ))}
          {props.actions && (
            <th scope="col">
              <span className="visually-hidden">
                <Message id="fleet.actions" />
              </span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
