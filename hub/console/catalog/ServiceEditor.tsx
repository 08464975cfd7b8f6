/**
 * One service: its names, the six components of the service standard (PermenPAN-RB
 * 15/2014), its category, counter and retention, and its questions.
 */
import type { Catalog, Language, Service } from '../api/hub-types';
import { SelectField, TextField } from '../ui/fields';
import type { Update } from './draft';
import { FieldEditor } from './FieldEditor';
import { LocalizedField, LocalizedList } from './LocalizedField';
import { Message } from '../i18n/t';

const wholeOr = (text: string): number | string | undefined =>
  text === '' ? undefined : /^\d+$/.test(text) ? Number(text) : text;

export function ServiceEditor(props: { catalog: Catalog; index: number; update: Update; language: Language }) {
  const service: Service = props.catalog.services[props.index]!;
  const at = (...path: (string | number)[]) => ['services', props.index, ...path];
  const { update } = props;
  const standard = service.standard;
  const nextOrder = Math.max(0, ...service.fields.map((f) => f.order)) + 1;
  return (
    <div className="service-editor" data-testid="service-editor">
      <h2 translate="no">{service.service_name[props.language]}</h2>
      <div className="row">
        <TextField
          label={<Message id="catalog.serviceCode" />}
          value={service.service_code}
          onChange={(v) => update(at('service_code'), v)}
        />
        <SelectField
          label={<Message id="catalog.category" />}
          value={service.group}
          onChange={(v) => update(at('group'), v)}
          options={props.catalog.categories.map((c) => ({ value: c.code, label: c.name[props.language], data: true }))}
        />
        <SelectField
          label={<Message id="catalog.counter" />}
          value={service.counter}
          onChange={(v) => update(at('counter'), v)}
          options={props.catalog.counters.map((c) => ({
            value: c.code,
            label: `${c.code} · ${c.name[props.language]}`,
            data: true,
          }))}
        />
        <TextField
          label={<Message id="catalog.keywords" />}
          value={service.keywords}
          onChange={(v) => update(at('keywords'), v)}
        />
      </div>
      <LocalizedField
        label="catalog.serviceName"
        value={service.service_name}
        path={at('service_name')}
        update={update}
        testId="service-name"
      />
      <LocalizedField
        label="catalog.description"
        value={service.description}
        path={at('description')}
        update={update}
        multiline
      />
      <h3>
        <Message id="catalog.standard" />
      </h3>
      <LocalizedList
        label="catalog.requirements"
        items={standard.requirements}
        path={at('standard', 'requirements')}
        update={update}
        testId="requirements"
      />
      <LocalizedList
        label="catalog.procedure"
        items={standard.procedure}
        path={at('standard', 'procedure')}
        update={update}
        testId="procedure"
      />
      <div className="row">
        <TextField
          label={<Message id="catalog.promisedDays" />}
          hint={<Message id="catalog.promisedDaysHint" />}
          value={standard.promisedWorkingDays === undefined ? '' : String(standard.promisedWorkingDays)}
          onChange={(v) => update(at('standard', 'promisedWorkingDays'), wholeOr(v))}
          testId="promised-days"
        />
        <TextField
          label={<Message id="catalog.cost" />}
          value={String(standard.cost.amountIdr)}
          onChange={(v) => update(at('standard', 'cost', 'amountIdr'), wholeOr(v) ?? 0)}
        />
      </div>
      <LocalizedField
        label="catalog.duration"
        value={standard.duration}
        path={at('standard', 'duration')}
        update={update}
        testId="duration"
      />
      <LocalizedField
        label="catalog.product"
        value={standard.product}
        path={at('standard', 'product')}
        update={update}
      />
      <LocalizedField
        label="catalog.complaints"
        value={standard.complaints}
        path={at('standard', 'complaints')}
        update={update}
      />
      <h3>
        <Message id="catalog.retention" />
      </h3>
      <div className="row">
        <TextField
          label={<Message id="catalog.retentionDays" />}
          value={String(service.retention?.daysAfterSync ?? 7)}
          onChange={(v) => update(at('retention'), { ...service.retention, daysAfterSync: wholeOr(v) })}
        />
        <TextField
          label={<Message id="catalog.retentionAlert" />}
          value={String(service.retention?.unsyncedAlertDays ?? 30)}
          onChange={(v) => update(at('retention'), { ...service.retention, unsyncedAlertDays: wholeOr(v) })}
        />
      </div>
      <h3>
        <Message id="catalog.fields" />
      </h3>
      {service.fields.map((field, i) => (
        <div key={i} className="list-item">
          <FieldEditor field={field} path={at('fields', i)} update={update} />
          <button
            type="button"
            onClick={() =>
              update(
                at('fields'),
                service.fields.filter((_, j) => j !== i),
              )
            }
          >
            <Message id="catalog.removeField" values={{ code: field.code }} />
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          update(at('fields'), [
            ...service.fields,
            {
              code: `pertanyaan_${nextOrder}`,
              datatype: 'string',
              required: false,
              order: nextOrder,
              description: { id: '', en: '' },
            },
          ])
        }
        data-testid="field-add"
      >
        <Message id="catalog.addField" />
      </button>
    </div>
  );
}
