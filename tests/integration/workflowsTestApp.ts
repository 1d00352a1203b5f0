import { createDispatch } from '../../electron/api/dispatch';
import type { FieldIssue } from '../../electron/api/contract/result';
import { ok } from '../helpers/investmentFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

/** The issue's "today": Monday 2026-11-23. */
export const TODAY = '2026-11-23';

/** The real store and dispatcher, with the desk's clock fixed at 10:00 local time on `today`. */
export function openWorkflowApp(today = TODAY): TestApp {
  const app = openTestApp();
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const dispatch = createDispatch({ ...app.ctx, now: () => new Date(y, m - 1, d, 10) }, { logError: () => {} });
  return { ...app, call: (method, input) => dispatch(method, input) };
}

/** Calls a method that must fail and returns its first field issue (code VALIDATION) or its code. */
export async function refusal(app: TestApp, method: string, input: unknown): Promise<FieldIssue & { code: string }> {
  const result = await app.call(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  const field = result.error.details?.fields?.[0];
  return { code: result.error.code, path: field?.path ?? '', key: field?.key ?? ('' as FieldIssue['key']), ...(field?.params ? { params: field.params } : {}) };
}

export function countRows(app: TestApp, table: string): number {
  return (app.store.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/**
 * A test procedure: intake with a 容缺-able first step, a 会签 second step that takes no material late, a decision.
 * Limits 5+5+3 statutory, 3+2+1 promised.
 */
export const TEST_TEMPLATE = {
  name: '外商投资项目联合审批（测试）',
  category: 'foreign_investment',
  legalBasis: '测试用',
  steps: [
    {
      name: '受理审核', departments: ['商务局'], role: '经办人', statutoryDays: 5, promisedDays: 3, allowsMissing: true, isPledge: true,
      materials: [{ name: '申请表', mandatory: true }, { name: '营业执照', mandatory: true }, { name: '授权委托书', mandatory: false }],
    },
    {
      name: '联合会签', departments: ['商务局', '市场监管局'], role: '科长', statutoryDays: 5, promisedDays: 2, allowsMissing: false, isPledge: false,
      materials: [{ name: '可行性研究报告', mandatory: true }],
    },
    { name: '审批决定', departments: ['商务局'], role: '分管领导', statutoryDays: 3, promisedDays: 1, allowsMissing: false, isPledge: false, materials: [] },
  ],
};

export const ALL_MATERIALS = ['申请表', '营业执照', '可行性研究报告'];

export interface Detail {
  id: string;
  serial: string;
  status: string;
  light: string | null;
  paused: boolean;
  currentStep: { stepNo: number; departments: string[]; pendingDepartments: string[]; clocks: Record<'statutory' | 'promised', Clock>; light: string | null } | null;
  overall: Record<'statutory' | 'promised', Clock>;
  steps: { stepNo: number; state: string; startedOn: string | null; completedOn: string | null; statutoryDays: number; clocks: Record<'statutory' | 'promised', Clock>; light: string | null }[];
  events: { kind: string; on: string; actor: string; comment: string; status: string; payload: Record<string, unknown> }[];
  materialsOutstanding: string[];
  allowedActions: string[];
  beyondCoverage: boolean;
  templateVersion: number;
}

export interface Clock {
  limit: number;
  dueOn: string | null;
  elapsed: number;
  remaining: number;
  overdue: number;
  pausedDays: number;
  paused: boolean;
  light: string | null;
  beyondCoverage: boolean;
}

export async function createTestTemplate(app: TestApp, overrides: Record<string, unknown> = {}): Promise<string> {
  return (await ok<{ id: string }>(app, 'workflowTemplates.create', { ...TEST_TEMPLATE, ...overrides })).id;
}
