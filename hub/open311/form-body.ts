/**
 * A form-urlencoded POST body as GeoReport sends it: plain fields, and answers as
 * `attribute[code]=value`, repeated as `attribute[code][]=value` for a multivaluelist.
 * The first value of a repeated plain field counts.
 */
export interface FormBody {
  [field: string]: string | Record<string, string | string[]>;
  attribute: Record<string, string | string[]>;
}

const ATTRIBUTE = /^attribute\[([^\]]*)\](\[\])?$/;

export function parseForm(body: string): FormBody {
  // Without prototypes: a field named __proto__ stays a field.
  const form = Object.assign(Object.create(null) as FormBody, { attribute: Object.create(null) });
  for (const [name, value] of new URLSearchParams(body)) {
    const match = ATTRIBUTE.exec(name);
    if (match) {
      const code = match[1]!;
      const before = form.attribute[code];
      if (match[2]) form.attribute[code] = [...(Array.isArray(before) ? before : before ? [before] : []), value];
      else if (before === undefined) form.attribute[code] = value;
    } else if (name !== 'attribute' && !(name in form)) form[name] = value;
  }
  return form;
}
