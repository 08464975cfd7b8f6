import type { Failure, KioskMethods, MethodInput, MethodOutput, Result } from '../../preload/contract.ts';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const failure = (code: Failure['code'], message: string, extra: Partial<Failure> = {}): Failure => ({
  ok: false,
  code,
  message,
  ...extra,
});

/** Implementations of some of the contract's methods; buildApi joins the groups. */
export type MethodGroup<M extends keyof KioskMethods> = {
  [K in M]: (input: MethodInput<K>) => Promise<Result<MethodOutput<K>>>;
};
