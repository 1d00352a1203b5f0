import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/investmentFixtures';
import { lockMonths, reportPark } from '../helpers/reportParkFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

interface View {
  submission: { id: string; status: string; revision: number; supersedesId: string | null; fileSha256: string | null; fileName: string | null };
  values: { indicators: Record<string, Record<string, number | null>> };
  cells: { row: string; column: string; editable: boolean; source: string }[];
  validation: { row: string; column: string; message: string; messageEn: string }[];
}
interface Download {
  fileName: string;
  base64: string;
  sha256: string;
}

describe('report submission lifecycle over the API', () => {
  let app: TestApp;
  let parkId: string;
  let projects: Record<string, string>;
  beforeAll(async () => {
    app = openTestApp();
    ({ parkId, projects } = await reportPark(app));
  });
  afterAll(() => app.close());

  const open = () => ok<View>(app, 'reports.open', { parkId, code: 'T1', period: '2026-10' });
  const auditCount = () => (app.store.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'report_submission'").get() as { n: number }).n;

  it('opens one draft per park, form and period, and says which month still needs its lock', async () => {
    const first = await open();
    expect(first.submission).toMatchObject({ status: 'draft', revision: 1 });
    expect((await open()).submission.id).toBe(first.submission.id);
    expect(first.validation).toEqual([expect.objectContaining({ row: 'period', column: '2026-10', message: expect.stringContaining('尚未锁定'), messageEn: expect.stringContaining('not locked') })]);
    expect(first.cells.find((c) => c.row === 'utilised_fdi' && c.column === 'month')).toMatchObject({ editable: false, source: 'computed' });
    expect(auditCount()).toBe(1);
  });

  it('refuses export before validation and keeps a failed validation a draft', async () => {
    const { submission } = await open();
    expect(await app.call('reports.export', { submissionId: submission.id })).toMatchObject({ ok: false, error: { code: 'REPORT_STATE' } });
    const result = await ok<{ ok: boolean; problems: unknown[]; submission: { status: string } }>(app, 'reports.validate', { submissionId: submission.id });
    expect(result).toMatchObject({ ok: false, submission: { status: 'draft' } });
    expect(result.problems).toHaveLength(1);
  });

  it('refuses a typed value over a computed cell, at that cell', async () => {
    const { submission } = await open();
    const refused = await app.call('reports.saveManual', { submissionId: submission.id, manualValues: { utilised_fdi: { month: 1 } } });
    expect(refused).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'manualValues.utilised_fdi.month', key: 'report.cell.notEditable' }] } } });
  });

  it('validates once the month is locked; an edit after that returns it to 草稿', async () => {
    await lockMonths(app, parkId, ['2026-10']);
    const { submission } = await open();
    expect(await ok(app, 'reports.validate', { submissionId: submission.id })).toMatchObject({ ok: true, problems: [], submission: { status: 'validated' } });
    const edited = await ok<View>(app, 'reports.saveManual', { submissionId: submission.id, header: { phone: '0573-85123456' } });
    expect(edited.submission.status).toBe('draft');
    expect(await ok(app, 'reports.validate', { submissionId: submission.id })).toMatchObject({ ok: true });
  });

  it('exports the real workbook, submits it by its hash only, then refuses edits and locks', async () => {
    const { submission } = await open();
    const file = await ok<Download>(app, 'reports.export', { submissionId: submission.id });
    const bytes = Buffer.from(file.base64, 'base64');
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    expect(file.fileName).toBe('园区利用外资情况月报_中日（平湖）产业合作园_2026-10.xlsx');
    const saved = path.join(app.dir, file.fileName);
    fs.writeFileSync(saved, bytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.length).toBe(2);

    expect(await app.call('reports.submit', { submissionId: submission.id, fileSha256: 'a'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'REPORT_FILE_UNKNOWN' } });
    const sent = await ok<View>(app, 'reports.submit', { submissionId: submission.id, fileSha256: file.sha256 });
    expect(sent.submission).toMatchObject({ status: 'submitted', fileSha256: file.sha256, fileName: file.fileName });
    expect(sent.values.indicators.utilised_fdi!.month).toBe(1020.13);
    expect(sent.cells.every((c) => !c.editable)).toBe(true);

    expect(await app.call('reports.saveManual', { submissionId: submission.id, header: { phone: '1' } })).toMatchObject({ ok: false, error: { code: 'REPORT_NOT_EDITABLE' } });
    expect(await app.call('reports.validate', { submissionId: submission.id })).toMatchObject({ ok: false, error: { code: 'REPORT_NOT_EDITABLE' } });
    expect((await ok<View>(app, 'reports.lock', { submissionId: submission.id })).submission.status).toBe('locked');
    expect(await app.call('reports.lock', { submissionId: submission.id })).toMatchObject({ ok: false, error: { code: 'REPORT_STATE' } });
  });

  it('keeps the snapshot as sent when the register changes, and a revision shows the change against it', async () => {
    const sentId = (await open()).submission.id;
    await ok(app, 'arrivals.unlockMonth', { parkId, period: '2026-10', reason: '补录漏报的到资' });
    await ok(app, 'arrivals.add', { projectId: projects.a, arrivedOn: '2026-10-28', amount: '9.8766', currency: 'USD' });
    await lockMonths(app, parkId, ['2026-10']);

    const sentView = await ok<View>(app, 'reports.open', { parkId, code: 'T1', period: '2026-10' });
    expect(sentView.values.indicators.utilised_fdi!.month).toBe(1020.13);

    const revision = await ok<View>(app, 'reports.revise', { submissionId: sentId });
    expect(revision.submission).toMatchObject({ revision: 2, status: 'draft', supersedesId: sentId });
    expect(await app.call('reports.revise', { submissionId: sentId })).toMatchObject({ ok: false, error: { code: 'REPORT_STATE' } });
    expect((await open()).submission.id).toBe(revision.submission.id);

    const changes = await ok<{ row: string; column: string; before: unknown; after: unknown }[]>(app, 'reports.diff', { submissionId: revision.submission.id });
    // 1020.1333 + 9.8766 = 1030.0099 → 1030.01
    expect(changes).toContainEqual({ row: 'utilised_fdi', column: 'month', before: 1020.13, after: 1030.01 });
    expect(changes).toContainEqual({ row: 'fdi_eu', column: 'month', before: 1000.12, after: 1010 });
    expect(changes).toContainEqual({ row: 'projects.1', column: 'utilised_fdi_month', before: 1000.12, after: 1010 });
    expect(changes.some((c) => c.row === 'new_enterprises')).toBe(false);
  });

  it('compares with the previous month and the same month last year', async () => {
    const compared = await ok<{ column: string; periods: Record<string, string>; sources: Record<string, string>; rows: { row: string; current: number | null; previous: number | null; lastYear: number | null; momChange: number | null; yoyChange: number | null }[] }>(
      app, 'reports.compare', { parkId, code: 'T1', period: '2026-10' },
    );
    expect(compared.periods).toEqual({ current: '2026-10', previous: '2026-09', lastYear: '2025-10' });
    expect(compared.sources).toEqual({ current: 'snapshot', previous: 'computed', lastYear: 'computed' });
    const fdi = compared.rows.find((r) => r.row === 'utilised_fdi')!;
    // The province has the sent 1020.13; September had nothing; October 2025 had nothing either (July did).
    expect(fdi).toEqual({ row: 'utilised_fdi', current: 1020.13, previous: 0, lastYear: 0, momChange: null, yoyChange: null });
    expect(compared.rows.find((r) => r.row === 'new_enterprises')).toMatchObject({ current: 2, previous: 0 });
  });

  it('lists the latest revision per park, form and period with its revision count', async () => {
    const rows = await ok<{ revision: number; revisions: number; status: string; parkName: string }[]>(app, 'reports.list', { parkId });
    expect(rows).toEqual([expect.objectContaining({ revision: 2, revisions: 2, status: 'draft', parkName: '中日（平湖）产业合作园' })]);
  });

  it('takes typed T3 values on manual indicators, recomputes 同比 and catches a negative figure', async () => {
    const t3 = await ok<View>(app, 'reports.open', { parkId, code: 'T3', period: '2026-Q3' });
    expect(t3.cells.find((c) => c.row === 'tax_revenue' && c.column === 'quarter')!.editable).toBe(true);
    expect(t3.cells.find((c) => c.row === 'tax_revenue' && c.column === 'yoy')!.editable).toBe(false);
    const saved = await ok<View>(app, 'reports.saveManual', { submissionId: t3.submission.id, manualValues: { tax_revenue: { quarter: 1200.5, ytd: 3000, last_ytd: 2500 }, employees: { quarter: -3 } } });
    expect(saved.values.indicators.tax_revenue).toEqual({ quarter: 1200.5, ytd: 3000, last_ytd: 2500, yoy: 20 });
    expect(saved.cells.find((c) => c.row === 'tax_revenue' && c.column === 'ytd')!.source).toBe('manual');
    expect(saved.validation.map((p) => `${p.row}.${p.column}`)).toEqual(expect.arrayContaining(['employees.quarter', 'period.2026-07', 'period.2026-08', 'period.2026-09']));
    const cleared = await ok<View>(app, 'reports.saveManual', { submissionId: t3.submission.id, manualValues: { employees: { quarter: null } } });
    expect(cleared.values.indicators.employees!.quarter).toBeNull();
  });
});

describe('report export as a job', () => {
  it('reports progress and hands over the same download as its result', async () => {
    const app = openTestApp();
    try {
      const { parkId } = await reportPark(app);
      await lockMonths(app, parkId, ['2026-10']);
      const view = await ok<View>(app, 'reports.open', { parkId, code: 'T2', period: '2026-10' });
      await ok(app, 'reports.validate', { submissionId: view.submission.id });
      const { jobId } = await ok<{ jobId: string }>(app, 'reports.startExport', { submissionId: view.submission.id });
      const { jobs } = await import('../../electron/services/jobs/jobRegistry');
      const done = await jobs.settled(jobId);
      expect(done).toMatchObject({ status: 'done', kind: 'reports.export', done: 4, total: 4 });
      const result = done.result as Download;
      expect(result.fileName).toBe('重点外资项目推进台账_中日（平湖）产业合作园_2026-10.xlsx');
      expect((await ok<View>(app, 'reports.submit', { submissionId: view.submission.id, fileSha256: result.sha256 })).submission.status).toBe('submitted');
    } finally {
      app.close();
    }
  });
});
