import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../hub/agency/csv.ts';
import { parseForm } from '../../../../hub/open311/form-body.ts';
import { withoutIdentifiers } from '../../../../hub/open311/without-identifiers.ts';

describe('what GeoReport answers never carry', () => {
  it.each([
    ['NIK 3273014507900001.', 'NIK [NIK].'],
    ['NIK 3273 0145 0790 0001', 'NIK [NIK]'],
    ['HP 081234567890', 'HP [telepon]'],
    ['HP +62 812-3456-7890 ya', 'HP [telepon] ya'],
    ['telp 6281234567890', 'telp [telepon]'],
    ['Jl. Merdeka No. 12, RT 03/RW 04, 40115', 'Jl. Merdeka No. 12, RT 03/RW 04, 40115'],
    ['Loket 2 buka 08.00-15.00', 'Loket 2 buka 08.00-15.00'],
  ])('%s', (text, shown) => expect(withoutIdentifiers(text)).toBe(shown));
});

describe('a GeoReport form body', () => {
  it('reads attributes, lists of them, and no prototype', () => {
    const form = parseForm(
      'api_key=k&attribute[a]=1&attribute[b][]=x&attribute[b][]=y&__proto__=p&attribute[__proto__]=q&service_code=s&service_code=t',
    );
    expect(Object.entries(form.attribute)).toEqual([
      ['a', '1'],
      ['b', ['x', 'y']],
      ['__proto__', 'q'],
    ]);
    expect(Object.getPrototypeOf(form.attribute)).toBeNull();
    expect(form.service_code).toBe('s');
    expect(Object.getPrototypeOf(form)).toBeNull();
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });
});

describe('CSV exports', () => {
  it('quotes what needs quoting and keeps formulas from running', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', '=SUM(A1)'],
          ['"q"', null],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y",\'=SUM(A1)\r\n"""q""",\r\n');
  });
});
