import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { nextWindow, PAGE_SIZE, type ProjectListInput, type ProjectListRow } from './projectQuery';

export interface ProjectRowsState {
  rows: ProjectListRow[];
  total: number;
  /** The first page of a new query is on its way (the old rows stay visible meanwhile). */
  loading: boolean;
  /** A further page is on its way. */
  loadingMore: boolean;
  error: unknown;
  loadMore(): void;
  reload(): void;
}

/**
 * The projects for `query`, fetched a window at a time as the user scrolls (keep `query` memoised: a new object
 * starts over). Only what was scrolled past is ever in memory; an answer to an older query is dropped.
 */
export function useProjectRows(query: ProjectListInput): ProjectRowsState {
  const [rows, setRows] = useState<ProjectListRow[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reloads, setReloads] = useState(0);
  const generation = useRef(0);
  const moreInFlight = useRef(false);
  const loaded = useRef({ count: 0, total: 0 });

  useEffect(() => {
    const current = ++generation.current;
    moreInFlight.current = false;
    setLoading(true);
    setLoadingMore(false);
    call('projects.list', { ...query, limit: PAGE_SIZE, offset: 0 }).then(
      (page) => {
        if (current !== generation.current) return;
        loaded.current = { count: page.rows.length, total: page.total };
        setRows(page.rows);
        setTotal(page.total);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (current !== generation.current) return;
        setError(failure);
        setLoading(false);
      },
    );
  }, [query, reloads]);

  const loadMore = useCallback(() => {
    const next = nextWindow(loaded.current.count, loaded.current.total);
    if (!next || moreInFlight.current || loading) return;
    const current = generation.current;
    moreInFlight.current = true;
    setLoadingMore(true);
    call('projects.list', { ...query, ...next }).then(
      (page) => {
        if (current !== generation.current) return;
        loaded.current = { count: loaded.current.count + page.rows.length, total: page.total };
        // A project saved meanwhile shifts the offsets; a row seen twice is shown once (row keys must be unique).
        setRows((previous) => {
          const seen = new Set(previous.map((row) => row.id));
          return [...previous, ...page.rows.filter((row) => !seen.has(row.id))];
        });
        setTotal(page.total);
        moreInFlight.current = false;
        setLoadingMore(false);
      },
      (failure: unknown) => {
        if (current !== generation.current) return;
        setError(failure);
        moreInFlight.current = false;
        setLoadingMore(false);
      },
    );
  }, [query, loading]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { rows, total, loading, loadingMore, error, loadMore, reload };
}
