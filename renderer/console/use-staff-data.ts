import { useCallback, useEffect, useState } from 'react';
import type { Failure, MethodInput, MethodOutput } from '../../preload/contract';
import { useStaff, type TokenMethod } from '../staff/StaffProvider';

/**
 * What a console screen shows, asked for with the staff session's token when the screen
 * opens (and every `everyMs` if given); `reload` asks again after an action.
 */
export function useStaffData<M extends TokenMethod>(
  method: M,
  input: Omit<MethodInput<M>, 'token'>,
  everyMs?: number,
): { data: MethodOutput<M> | null; problem: Failure | null; reload: () => void } {
  const staff = useStaff();
  const [data, setData] = useState<MethodOutput<M> | null>(null);
  const [problem, setProblem] = useState<Failure | null>(null);
  const key = JSON.stringify(input);
  const reload = useCallback(() => {
    void staff.call(method, JSON.parse(key)).then((result) => {
      if (result.ok) {
        setData(result.value);
        setProblem(null);
      } else setProblem(result);
    });
  }, [staff, method, key]);
  useEffect(() => {
    reload();
    if (!everyMs) return;
    const every = setInterval(reload, everyMs);
    return () => clearInterval(every);
  }, [reload, everyMs]);
  return { data, problem, reload };
}
