import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import type { ParkListInput, ParkView } from './parkTypes';

export interface ParkListState {
  rows: ParkView[];
  total: number;
  loading: boolean;
  error: unknown;
  reload(): void;
}

/**
 * The current page of parks for `query` (keep it memoised: a new object means a new request); an answer to an
 * older query never overwrites a newer one.
 */
export function useParkList(query: ParkListInput): ParkListState {
  const [state, setState] = useState<Omit<ParkListState, 'reload'>>({ rows: [], total: 0, loading: true, error: null });
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    call('parks.list', query).then(
      ({ rows, total }) => {
        if (request === latest.current) setState({ rows, total, loading: false, error: null });
      },
      (error: unknown) => {
        if (request === latest.current) setState((s) => ({ ...s, loading: false, error }));
      },
    );
  }, [query, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { ...state, reload };
}
