import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/services/appError';
import { createJobRegistry } from '../../electron/services/jobs/jobRegistry';

describe('job registry', () => {
  it('reports progress while running and the result when done', async () => {
    const jobs = createJobRegistry();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const id = jobs.start('demo', async (progress) => {
      progress({ phase: 'write', done: 3, total: 10 });
      await gate;
      return { rows: 10 };
    });
    await nextTurn();
    expect(jobs.get(id)).toMatchObject({ kind: 'demo', status: 'running', phase: 'write', done: 3, total: 10 });
    release();
    expect(await jobs.settled(id)).toMatchObject({ status: 'done', result: { rows: 10 } });
  });

  it('keeps an AppError code, message and details; hides an unexpected error behind INTERNAL', async () => {
    const logged: unknown[] = [];
    const jobs = createJobRegistry({ logError: (error) => logged.push(error) });
    const known = jobs.start('a', async () => {
      throw new AppError('IMPORT_DISK_FULL', '磁盘空间不足', { cause: 'ENOSPC' });
    });
    const unknown = jobs.start('b', async () => {
      throw new Error('boom');
    });
    expect(await jobs.settled(known)).toMatchObject({ status: 'failed', error: { code: 'IMPORT_DISK_FULL', message: '磁盘空间不足', details: { cause: 'ENOSPC' } } });
    expect(await jobs.settled(unknown)).toMatchObject({ status: 'failed', error: { code: 'INTERNAL' } });
    expect(logged).toHaveLength(1);
  });

  it('cancels through the signal; the job is cancelled only once its work has stopped', async () => {
    const jobs = createJobRegistry();
    const id = jobs.start('long', async (_progress, signal) => {
      for (;;) {
        await nextTurn();
        signal.throwIfAborted();
      }
    });
    expect(jobs.cancel(id)).toEqual({ cancelled: true });
    expect(jobs.cancel(id)).toEqual({ cancelled: false });
    expect(await jobs.settled(id)).toMatchObject({ status: 'cancelled' });
    expect(jobs.cancel(id)).toEqual({ cancelled: false });
  });

  it('forgets finished jobs after a while, and says so with JOB_NOT_FOUND', async () => {
    let clock = 1_000_000;
    const jobs = createJobRegistry({ keepFinishedMs: 60_000, now: () => clock });
    const id = jobs.start('quick', async () => 1);
    await jobs.settled(id);
    clock += 59_000;
    expect(jobs.get(id).status).toBe('done');
    clock += 2_000;
    expect(() => jobs.get(id)).toThrow(expect.objectContaining({ code: 'JOB_NOT_FOUND' }));
  });
});
