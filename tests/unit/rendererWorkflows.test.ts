import ExcelJS from 'exceljs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../../renderer/src/i18n/resources';
import { checkAction } from '../../renderer/src/pages/workflows/application/actionRequests';
import { checkIntake } from '../../renderer/src/pages/workflows/intake/intakeRequest';
import { fillOverdueWorkbook } from '../../renderer/src/pages/workflows/reports/overdueWorkbook';
import { checkTemplateForm, placeDepartmentIssues } from '../../renderer/src/pages/workflows/templates/templateFormValues';
import type { ApplicationDetail, OverdueRow } from '../../renderer/src/pages/workflows/workflowTypes';

const ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

async function translator(locale: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ resources: { [locale]: { translation: TRANSLATIONS[locale] } }, lng: locale, keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false } });
  return instance.t;
}

const row = (overrides: Partial<OverdueRow>): OverdueRow => ({
  applicationId: ID, serial: '2026-0005', enterpriseName: '喜力啤酒（嘉善）有限公司', subject: '进出口货物收发货人备案', templateName: '海关备案', templateVersion: 1,
  status: 'in_review', paused: false, stepNo: 1, stepName: '备案审核', department: '属地海关', acceptedOn: '2026-11-13', stepStartedOn: '2026-11-13',
  stepStatutoryDueOn: '2026-11-18', stepPromisedDueOn: '2026-11-16', stepStatutoryOverdueDays: 3, stepPromisedOverdueDays: 5,
  overallStatutoryDueOn: '2026-11-18', overallPromisedDueOn: '2026-11-16', overallStatutoryOverdueDays: 3, overallPromisedOverdueDays: 5, beyondCoverage: false,
  ...overrides,
});

describe('overdue export', () => {
  it('keeps names a spreadsheet would run as a formula as text, the full-width ＝ too', async () => {
    const t = await translator('zh-CN');
    const workbook = new ExcelJS.Workbook();
    const names = ['=HYPERLINK("x")', '＝1+1', '@SUM(A1)', '喜力啤酒（嘉善）有限公司'];
    fillOverdueWorkbook(workbook, names.map((enterpriseName) => row({ enterpriseName })), t, '2026-11-23');
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    const written = [2, 3, 4, 5].map((r) => reread.worksheets[0]!.getRow(r).getCell(2).value);
    expect(written).toEqual([`'=HYPERLINK("x")`, "'＝1+1", "'@SUM(A1)", '喜力啤酒（嘉善）有限公司']);
  });

  it('writes a bold, frozen header in the user’s language and keeps day counts as numbers', async () => {
    const t = await translator('en');
    const workbook = new ExcelJS.Workbook();
    fillOverdueWorkbook(workbook, [row({ enterpriseName: '=cmd|calc' })], t, '2026-11-23');
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    const sheet = reread.worksheets[0]!;
    expect(sheet.name).toBe('Overdue applications');
    expect(sheet.getRow(1).getCell(1).value).toBe('No.');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).getCell(2).value).toBe("'=cmd|calc");
    expect(sheet.getRow(2).getCell(11).value).toBe(3);
  });
});

describe('workflow forms', () => {
  it('puts a promised limit over the statutory one at that step’s box, with the statutory days', () => {
    const check = checkTemplateForm({ name: '测试', category: 'other', steps: [{ name: '审核', departments: ['商务局'], statutoryDays: 3, promisedDays: 5 }] });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues).toContainEqual(expect.objectContaining({ path: 'steps.0.promisedDays', key: 'workflow.limit.promisedOverStatutory', params: { statutory: 3 } }));
  });

  it('refuses a template without steps and a negative limit', () => {
    const none = checkTemplateForm({ name: '测试', category: 'other', steps: [] });
    expect(!none.ok && none.issues.map((i) => i.key)).toContain('workflow.template.noSteps');
    const negative = checkTemplateForm({ name: '测试', category: 'other', steps: [{ name: '审核', departments: ['商务局'], statutoryDays: -1, promisedDays: 0 }] });
    expect(!negative.ok && negative.issues.map((i) => i.path)).toContain('steps.0.statutoryDays');
  });

  it('shows a duplicate 会签 department at the step’s department box', () => {
    expect(placeDepartmentIssues([{ path: 'steps.1.departments.2', key: 'workflow.step.duplicateDepartment' }])).toEqual([{ path: 'steps.1.departments', key: 'workflow.step.duplicateDepartment' }]);
  });

  it('asks for a reason before returning for correction, and for a deadline before 容缺 acceptance', () => {
    const detail = { id: ID, currentStep: null } as unknown as ApplicationDetail;
    const correction = checkAction('return_for_correction', detail, { reason: ' ' });
    expect(!correction.ok && correction.issues[0]).toMatchObject({ path: 'reason' });
    const missing = checkAction('accept_with_missing', detail, { materialsReceived: ['护照'] });
    expect(!missing.ok && missing.issues.map((i) => i.path)).toEqual(['supplyBy']);
    expect(checkAction('resume', detail, { comment: '申请人已补齐' }).ok).toBe(true);
  });

  it('checks the intake and the acceptance together before anything is filed', () => {
    const base = { templateId: ID, enterpriseId: ID, subject: '工作许可', submittedOn: '2026-11-23', materialsReceived: ['护照'] };
    expect(checkIntake({ ...base, mode: 'accept' }).ok).toBe(true);
    const noDeadline = checkIntake({ ...base, mode: 'acceptWithMissing' });
    expect(!noDeadline.ok && noDeadline.issues.map((i) => i.path)).toEqual(['supplyBy']);
    const noSubject = checkIntake({ ...base, subject: '', mode: 'submit' });
    expect(!noSubject.ok && noSubject.issues.map((i) => i.path)).toEqual(['subject']);
  });
});
