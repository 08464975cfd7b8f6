import { contract, isMethodName, type Failure, type Result } from '../../preload/contract.ts';
import type { buildApi } from './build-api.ts';

type Api = ReturnType<typeof buildApi>;

/**
 * The single entry for both transports: checks the method exists, validates the input,
 * runs it, and validates the output, so nothing unchecked crosses the boundary either way.
 * Thrown errors become an 'internal' failure; the details stay in the main process log.
 */
export async function dispatch(api: Api, method: string, rawInput: unknown, log = console): Promise<Result<unknown>> {
  if (!isMethodName(method)) return { ok: false, code: 'unknownMethod', message: `No method "${method}".` };
  const spec = contract[method];
  // zod drops an own "__proto__" key without a word; refuse it as any other unknown key.
  if (hasProtoKey(rawInput)) {
    return {
      ok: false,
      code: 'invalidInput',
      message: `Input for ${method} refused: "__proto__" is not a known name.`,
    };
  }
  const input = spec.input.safeParse(rawInput ?? {});
  if (!input.success) {
    return {
      ok: false,
      code: 'invalidInput',
      message: `Input for ${method} refused: ${input.error.issues[0]?.message}`,
    };
  }
  let result: Result<unknown>;
  try {
    result = await (api[method] as (i: unknown) => Promise<Result<unknown>>)(input.data);
  } catch (error) {
    log.error(`[api] ${method} failed`, error);
    return { ok: false, code: 'internal', message: `${method} failed inside the kiosk.` } satisfies Failure;
  }
  if (!result.ok) return result;
  const known = typeof result.value === 'object' && result.value !== null && checked.get(result.value);
  if (known) return { ok: true, value: known };
  const output = spec.output.safeParse(result.value);
  if (!output.success) {
    log.error(`[api] ${method} produced an invalid result`, output.error.issues);
    return { ok: false, code: 'internal', message: `${method} produced an invalid result.` };
  }
  if (typeof result.value === 'object' && result.value !== null) checked.set(result.value, output.data);
  return { ok: true, value: output.data };
}

/**
 * Results already checked, by identity. Methods return fresh objects, except for what the
 * kiosk holds unchanged (the catalog, a few kilobytes that take milliseconds to check):
 * that is checked on its first answer only. Results are never changed once returned.
 */
const checked = new WeakMap<object, unknown>();

function hasProtoKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.hasOwn(value, '__proto__')) return true;
  return Object.values(value).some(hasProtoKey);
}
