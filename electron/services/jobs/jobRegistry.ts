import { randomUUID } from 'node:crypto';
import { formatMessage } from '../../api/contract/messages';
import { AppError } from '../appError';

export type JobStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobProgress {
  done?: number;
  total?: number;
  /** What the job is doing now, a key the renderer translates ('backup', 'parse', 'validate', 'write'). */
  phase?: string;
}

export interface JobError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export interface JobView {
  id: string;
  kind: string;
  status: JobStatus;
  done: number;
  total: number;
  phase: string;
  startedAt: string;
  finishedAt?: string;
  result?: unknown;
  error?: JobError;
}

export type JobWork<T> = (progress: (update: JobProgress) => void, signal: AbortSignal) => Promise<T>;

interface JobEntry {
  view: JobView;
  controller: AbortController;
  finishedAtMs?: number;
}

export interface JobRegistry {
  start<T>(kind: string, work: JobWork<T>): string;
  get(id: string): JobView;
  /** Asks a running job to stop; it is `cancelled` once its work has undone itself (a rollback, say). */
  cancel(id: string): { cancelled: boolean };
  /** Resolves when the job has finished, whatever the outcome (tests, the command line). */
  settled(id: string): Promise<JobView>;
}

export interface JobRegistryOptions {
  /** How long a finished job stays readable, so a window that polled late still sees its outcome. */
  keepFinishedMs?: number;
  /** Where unexpected errors go with their stack. */
  logError?: (error: unknown, kind: string) => void;
  now?: () => number;
}

function toJobError(error: unknown): JobError {
  if (error instanceof AppError) return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  return { code: 'INTERNAL', message: formatMessage('code.INTERNAL') };
}

/**
 * Long work (imports, exports) runs in this process but outside the request that started it: the request gets
 * a job id at once and the window polls `get` for progress. Jobs are in memory only — a restarted app has none.
 */
export function createJobRegistry(options: JobRegistryOptions = {}): JobRegistry {
  const keepMs = options.keepFinishedMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const logError = options.logError ?? ((error, kind) => console.error(`[jobs] ${kind} failed`, error));
  const jobs = new Map<string, JobEntry>();
  const waiters = new Map<string, Promise<JobView>>();

  function evictOld(): void {
    for (const [id, entry] of jobs) {
      if (entry.finishedAtMs !== undefined && now() - entry.finishedAtMs > keepMs) {
        jobs.delete(id);
        waiters.delete(id);
      }
    }
  }

  function find(id: string): JobEntry {
    evictOld();
    const entry = jobs.get(id);
    if (!entry) throw new AppError('JOB_NOT_FOUND', undefined, { jobId: id });
    return entry;
  }

  function finish(entry: JobEntry, patch: Partial<JobView>): JobView {
    entry.finishedAtMs = now();
    Object.assign(entry.view, patch, { finishedAt: new Date(entry.finishedAtMs).toISOString() });
    return { ...entry.view };
  }

  return {
    start(kind, work) {
      evictOld();
      const id = randomUUID();
      const controller = new AbortController();
      const entry: JobEntry = {
        controller,
        view: { id, kind, status: 'running', done: 0, total: 0, phase: '', startedAt: new Date(now()).toISOString() },
      };
      jobs.set(id, entry);
      const progress = (update: JobProgress) => {
        if (entry.view.status !== 'running') return;
        if (update.done !== undefined) entry.view.done = update.done;
        if (update.total !== undefined) entry.view.total = update.total;
        if (update.phase !== undefined) entry.view.phase = update.phase;
      };
      // Started on the next turn, so a job that fails at once is still reported through `get`, never thrown at the caller.
      const settled = Promise.resolve()
        .then(() => work(progress, controller.signal))
        .then(
          (result) => finish(entry, { status: 'done', result }),
          (error: unknown) => {
            if (controller.signal.aborted) return finish(entry, { status: 'cancelled', error: toJobError(error) });
            if (!(error instanceof AppError)) logError(error, kind);
            return finish(entry, { status: 'failed', error: toJobError(error) });
          },
        );
      waiters.set(id, settled);
      return id;
    },

    get(id) {
      return { ...find(id).view };
    },

    cancel(id) {
      const entry = find(id);
      if (entry.view.status !== 'running' || entry.controller.signal.aborted) return { cancelled: false };
      entry.controller.abort();
      return { cancelled: true };
    },

    settled(id) {
      find(id);
      return waiters.get(id)!;
    },
  };
}

/** The app's one registry: jobs started by any API call are visible to every later call. */
export const jobs = createJobRegistry();
