/** One catalog text in both languages, side by side, each labelled with its language. */
import type { LocalizedText } from '../api/hub-types';
import type { MessageId } from '../i18n/messages';
import { TextField } from '../ui/fields';
import type { Path, Update } from './draft';
import { Message } from '../i18n/t';

export function LocalizedField(props: {
  label: MessageId;
  value: LocalizedText | undefined;
  path: Path;
  update: Update;
  multiline?: boolean;
  testId?: string;
}) {
  const value = props.value ?? { id: '', en: '' };
  return (
    <fieldset className="localized">
      <legend>
        <Message id={props.label} />
      </legend>
      {(['id', 'en'] as const).map((language) => (
        <TextField
          key={language}
          label={<Message id={`language.${language}`} />}
          value={value[language]}
          lang={language}
          multiline={props.multiline}
          testId={props.testId && `${props.testId}-${language}`}
          onChange={(text) => props.update(props.path, { ...value, [language]: text })}
        />
      ))}
    </fieldset>
  );
}

/** A list of texts in both languages (requirements, procedure steps), with add and remove. */
export function LocalizedList(props: {
  label: MessageId;
  items: LocalizedText[];
  path: Path;
  update: Update;
  testId: string;
}) {
  return (
    <fieldset className="text-list">
      <legend>
        <Message id={props.label} />
      </legend>
      {props.items.map((item, i) => (
        <div key={i} className="list-item">
          <LocalizedField
            label="catalog.item"
            value={item}
            path={[...props.path, i]}
            update={props.update}
            testId={`${props.testId}-${i}`}
          />
          <button
            type="button"
            onClick={() =>
              props.update(
                props.path,
                props.items.filter((_, j) => j !== i),
              )
            }
          >
            <Message id="catalog.remove" values={{ n: i + 1 }} />
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => props.update(props.path, [...props.items, { id: '', en: '' }])}
        data-testid={`${props.testId}-add`}
      >
        <Message id="catalog.add" />
      </button>
    </fieldset>
  );
}
