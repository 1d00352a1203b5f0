import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiMethod, MethodInput, MethodOutput } from '../../../../electron/api/index';
import { call } from '../../api/client';

export interface QueryState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/**
 * One read call, repeated when `input` changes (compared by value) or on `reload()`; an answer to an older
 * request never overwrites a newer one. The last good data stays on screen while a reload is under way.
 */
export function useApiQuery<M extends ApiMethod>(method: M, input: MethodInput<M>): QueryState<MethodOutput<M>> {
  const [state, setState] = useState<Omit<QueryState<MethodOutput<M>>, 'reload'>>({ data: null, error: null, loading: true });
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);
  const key = JSON.stringify(input ?? {});

  useEffect(() => {
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    call(method, JSON.parse(key) as MethodInput<M>).then(
      (data) => request === latest.current && setState({ data, error: null, loading: false }),
      (error: unknown) => request === latest.current && setState((s) => ({ ...s, error, loading: false })),
    );
  }, [method, key, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { ...state, reload };
}
