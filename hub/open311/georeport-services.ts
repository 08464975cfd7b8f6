/**
 * The catalog as GeoReport services and service definitions. The kiosk's field kinds are
 * Open311's datatypes plus three of its own, which map to the nearest one with a
 * datatype_description that says the format.
 */
import type { Catalog, Field, FieldKind, Language, Service } from '../../sync/catalog-schema.ts';
import type { Value } from './georeport-format.ts';

type Datatype = 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';

export const DATATYPE_OF: Record<FieldKind, Datatype> = {
  string: 'string',
  text: 'text',
  number: 'number',
  datetime: 'datetime',
  singlevaluelist: 'singlevaluelist',
  multivaluelist: 'multivaluelist',
  nik: 'string',
  phone: 'string',
  date: 'datetime',
};

/** How to write answers of the kiosk's own kinds when the catalog does not say. */
const FORMAT_HINT: Partial<Record<FieldKind, Record<Language, string>>> = {
  nik: { id: 'NIK: 16 angka', en: 'NIK: 16 digits' },
  phone: { id: 'Nomor HP: +62 atau 0, lalu 8…', en: 'Mobile number: +62 or 0, then 8…' },
  date: { id: 'Tanggal: YYYY-MM-DD', en: 'Date: YYYY-MM-DD' },
  datetime: { id: 'Waktu ISO 8601 dengan zona', en: 'ISO 8601 time with its zone' },
};

export function serviceOf(catalog: Catalog, service: Service, language: Language): Value {
  const group = catalog.categories.find((c) => c.code === service.group);
  return {
    service_code: service.service_code,
    service_name: service.service_name[language],
    description: service.description[language],
    metadata: service.fields.length > 0,
    type: 'realtime',
    keywords: service.keywords,
    group: group ? group.name[language] : service.group,
  };
}

function attributeOf(field: Field, language: Language): Value {
  const hint = field.datatype_description?.[language] ?? FORMAT_HINT[field.datatype]?.[language] ?? null;
  return {
    variable: true,
    code: field.code,
    datatype: DATATYPE_OF[field.datatype],
    required: field.required,
    datatype_description: hint,
    order: field.order,
    description: field.description[language],
    values: (field.values ?? []).map((v) => ({ key: v.key, name: v.name[language] })),
  };
}

export function definitionOf(service: Service, language: Language): Value {
  const fields = [...service.fields].sort((a, b) => a.order - b.order);
  return { service_code: service.service_code, attributes: fields.map((f) => attributeOf(f, language)) };
}
