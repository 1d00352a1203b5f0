import { createDispatch } from '../../electron/api/dispatch';
import type { BrowserModeApp } from './browserMode';

/** The API the page talks to, called directly: files "made by other parks" and set-up steps outside the UI under test. */
export function apiOf(app: BrowserModeApp) {
  const dispatch = createDispatch({ store: app.store, actor: 'e2e', now: () => new Date(), appVersion: '0.0.0-e2e', dataDir: app.dataDir });
  return async <T>(method: string, input: unknown): Promise<T> => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
}

export type Api = ReturnType<typeof apiOf>;

/** A park's report through open → header → validate → export, as another park's desk would make it (a sent one as sent). */
export async function exportedReport(api: Api, park: { id: string; name: string }, code: string, period: string): Promise<{ fileName: string; bytes: Buffer }> {
  const opened = await api<{ submission: { id: string; status: string } }>('reports.open', { parkId: park.id, code, period });
  const id = opened.submission.id;
  const sent = opened.submission.status === 'submitted' || opened.submission.status === 'locked';
  if (!sent) {
    await api('reports.saveManual', { submissionId: id, header: { reportingUnit: park.name, preparer: '测试填表人', reportDate: '2026-11-05' } });
    const checked = await api<{ ok: boolean; problems: unknown[] }>('reports.validate', { submissionId: id });
    if (!checked.ok) throw new Error(`${code} ${period} does not validate: ${JSON.stringify(checked.problems)}`);
  }
  const file = await api<{ fileName: string; base64: string }>('reports.export', { submissionId: id });
  return { fileName: file.fileName, bytes: Buffer.from(file.base64, 'base64') };
}
