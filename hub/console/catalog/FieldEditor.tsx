/** One question of a service: its code, kind, order, whether it is required, its texts and its choices. */
import type { Field, FieldKind } from '../api/hub-types';
import type { MessageId } from '../i18n/messages';
import { CheckField, SelectField, TextField } from '../ui/fields';
import type { Path, Update } from './draft';
import { LocalizedField } from './LocalizedField';
import { Message, useText } from '../i18n/t';

const KINDS: FieldKind[] = [
  'string',
  'text',
  'number',
  'date',
  'datetime',
  'singlevaluelist',
  'multivaluelist',
  'nik',
  'phone',
];
const LISTS: FieldKind[] = ['singlevaluelist', 'multivaluelist'];

/** A whole number typed into a box, or the text itself when it is not one (the hub's check names the problem). */
const wholeOr = (text: string): number | string => (/^\d+$/.test(text) ? Number(text) : text);

export function FieldEditor({ field, path, update }: { field: Field; path: Path; update: Update }) {
  const text = useText();
  const set = (key: string, value: unknown) => update([...path, key], value);
  const values = field.values ?? [];
  return (
    <div className="field-editor" data-testid={`field-${field.code}`}>
      <div className="row">
        <TextField label={<Message id="catalog.fieldCode" />} value={field.code} onChange={(v) => set('code', v)} />
        <SelectField
          label={<Message id="catalog.fieldKind" />}
          value={field.datatype}
          onChange={(kind) => {
            set('datatype', kind);
            if (LISTS.includes(kind) && !field.values) set('values', [{ key: 'satu', name: { id: '', en: '' } }]);
            if (!LISTS.includes(kind) && field.values) set('values', undefined);
          }}
          options={KINDS.map((k) => ({ value: k, label: text(`kind.${k}` as MessageId) }))}
        />
        <TextField
          label={<Message id="catalog.fieldOrder" />}
          value={String(field.order)}
          onChange={(v) => set('order', wholeOr(v))}
        />
        <CheckField
          label={<Message id="catalog.fieldRequired" />}
          checked={field.required}
          onChange={(v) => set('required', v)}
        />
      </div>
      <LocalizedField
        label="catalog.fieldQuestion"
        value={field.description}
        path={[...path, 'description']}
        update={update}
        testId={`question-${field.code}`}
      />
      <CheckField
        label={<Message id="catalog.fieldPersonal" />}
        checked={field.personalData !== undefined}
        onChange={(on) => set('personalData', on ? { ...field.description } : undefined)}
      />
      {field.personalData && (
        <LocalizedField
          label="catalog.fieldPersonalName"
          value={field.personalData}
          path={[...path, 'personalData']}
          update={update}
        />
      )}
      {LISTS.includes(field.datatype) && (
        <fieldset className="text-list">
          <legend>
            <Message id="catalog.choices" />
          </legend>
          {values.map((v, i) => (
            <div key={i} className="list-item">
              <TextField
                label={<Message id="catalog.choiceKey" />}
                value={v.key}
                onChange={(key) => update([...path, 'values', i, 'key'], key)}
              />
              <LocalizedField
                label="catalog.choiceName"
                value={v.name}
                path={[...path, 'values', i, 'name']}
                update={update}
              />
              <button
                type="button"
                onClick={() =>
                  set(
                    'values',
                    values.filter((_, j) => j !== i),
                  )
                }
              >
                <Message id="catalog.remove" values={{ n: i + 1 }} />
              </button>
            </div>
          ))}
          <button type="button" onClick={() => set('values', [...values, { key: '', name: { id: '', en: '' } }])}>
            <Message id="catalog.addChoice" />
          </button>
        </fieldset>
      )}
    </div>
  );
}
