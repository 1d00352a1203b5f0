import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../../../electron/api/index';
import { call } from '../../../api/client';

export type JobView = MethodOutput<'jobs.get'>;

/** How often a running job is asked for its progress. */
const POLL_MS = 250;

export interface JobState {
  /** The job as last seen; null before one starts. */
  job: JobView | null;
  running: boolean;
  /** Starts the long work (a `start…` API call) and polls it until it ends; resolves with the job's final view. */
  run(start: () => Promise<{ jobId: string }>): Promise<JobView>;
  /** Asks the running job to stop; it ends as `cancelled` once its work has undone itself. */
  cancel(): Promise<void>;
  reset(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Progress and cancel for one long job at a time (import dry run, import commit). */
export function useJob(): JobState {
  const [job, setJob] = useState<JobView | null>(null);
  const [running, setRunning] = useState(false);
  const jobId = useRef<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (start: () => Promise<{ jobId: string }>) => {
    setRunning(true);
    setJob(null);
    try {
      const { jobId: id } = await start();
      jobId.current = id;
      for (;;) {
        const view = await call('jobs.get', { jobId: id });
        if (mounted.current) setJob(view);
        if (view.status !== 'running') return view;
        await sleep(POLL_MS);
      }
    } finally {
      jobId.current = null;
      if (mounted.current) setRunning(false);
    }
  }, []);

  const cancel = useCallback(async () => {
    if (jobId.current) await call('jobs.cancel', { jobId: jobId.current });
  }, []);

  const reset = useCallback(() => setJob(null), []);
  return { job, running, run, cancel, reset };
}
