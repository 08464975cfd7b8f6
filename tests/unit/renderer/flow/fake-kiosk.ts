import { fromCallback, fromPromise } from 'xstate';
import type { Catalog, Result, SubmitReceipt } from '../../../../preload/contract.ts';
import { miniCatalog, testService } from '../../../fixtures/mini-catalog.ts';
import {
  sessionMachine,
  type CheckInput,
  type HelpInput,
  type Loaded,
  type SessionEvent,
  type SubmitInput,
} from '../../../../renderer/flow/session.ts';

const t = (id: string, en: string) => ({ id, en });

/** Two services; fields listed out of order on purpose, since the machine must sort them. */
export const catalog: Catalog = {
  agency: t('Mal Pelayanan Publik Uji', 'Test Public Service Mall'),
  privacy: miniCatalog.privacy!,
  categories: [{ code: 'umum', name: t('Umum', 'General'), pictogram: 'people' }],
  counters: [{ code: 'A', name: t('Loket A', 'Counter A') }],
  services: [
    testService(
      'akta',
      'A',
      [
        {
          code: 'hubungan',
          datatype: 'singlevaluelist',
          required: true,
          order: 3,
          description: t('Hubungan', 'Relation'),
          values: [{ key: 'ibu', name: t('Ibu', 'Mother') }],
        },
        { code: 'nik', datatype: 'nik', required: true, order: 1, description: t('NIK', 'NIK') },
        { code: 'nama', datatype: 'string', required: true, order: 2, description: t('Nama', 'Name') },
        {
          code: 'telepon',
          datatype: 'phone',
          required: false,
          order: 4,
          description: t('HP', 'Phone'),
          consent: t('Mau kabar lewat SMS?', 'Updates by SMS?'),
        },
      ],
      { service_name: t('Akta', 'Certificate'), pictogram: 'baby', group: 'umum' },
    ),
    testService(
      'lain',
      'A',
      [{ code: 'nik', datatype: 'nik', required: true, order: 1, description: t('NIK', 'NIK') }],
      {
        service_name: t('Lain', 'Other'),
        pictogram: 'people',
        group: 'umum',
        standard: { ...testService('x', 'A', []).standard, cost: { amountIdr: 50000 } },
      },
    ),
  ],
};

export const receipt: SubmitReceipt = {
  trackingCode: 'K3A22223X',
  queueNumber: 'A-001',
  counter: { code: 'A', name: t('Loket A', 'Counter A') },
  requestedAt: '2026-11-27T10:00:00+07:00',
  qr: 'K3A22223X',
  printer: 'printed',
};

/**
 * A fake main process: NIKs must be 16 digits, required fields (and optional extras the
 * citizen said yes to) non-empty; phone numbers are checked as-is. Calls for staff answer when the test says so (`help.answer(ok)`).
 */
export function fakeKiosk(
  options: { submit?: (input: SubmitInput) => Result<SubmitReceipt>; load?: () => Result<Loaded> } = {},
) {
  const checks: CheckInput[] = [];
  const submits: SubmitInput[] = [];
  const helpCalls: HelpInput[] = [];
  const pendingHelp: ((ok: boolean, id?: number) => void)[] = [];
  const machine = sessionMachine.provide({
    actors: {
      loadCatalog: fromPromise<Result<Loaded>>(
        async () => options.load?.() ?? { ok: true, value: { catalog, info: null } },
      ),
      checkAnswer: fromPromise<Result<{ display: string }>, CheckInput>(async ({ input }) => {
        checks.push(input);
        const field = catalog.services
          .find((s) => s.service_code === input.serviceCode)
          ?.fields.find((f) => f.code === input.field);
        const value = Array.isArray(input.value) ? input.value.join(',') : input.value;
        if (!field) return { ok: false, code: 'unknownService', message: 'no such field' };
        const refuse = (code: 'required' | 'nikLength') => ({
          ok: false as const,
          code: 'invalidAnswers' as const,
          message: code,
          fieldErrors: [{ field: input.field, code }],
        });
        const required = field.required || input.consented === true;
        if (value === '') return required ? refuse('required') : { ok: true, value: { display: '' } };
        if (field.datatype === 'nik')
          return value.length === 16
            ? { ok: true, value: { display: '************' + value.slice(-4) } }
            : refuse('nikLength');
        return { ok: true, value: { display: value } };
      }),
      submitRequest: fromPromise<Result<SubmitReceipt>, SubmitInput>(async ({ input }) => {
        submits.push(input);
        return options.submit?.(input) ?? { ok: true, value: receipt };
      }),
      callStaff: fromCallback<SessionEvent, HelpInput>(({ input, sendBack }) => {
        helpCalls.push(input);
        pendingHelp.push((ok, id) => sendBack({ type: 'HELP_RESULT', visit: input.visit, ok, ...(id ? { id } : {}) }));
      }),
    },
  });
  /** Answers the oldest call for staff still waiting (with the id main gave it, if the test needs one). */
  const answerHelp = (ok: boolean, id?: number) => pendingHelp.shift()?.(ok, id);
  return { machine, checks, submits, helpCalls, answerHelp };
}
