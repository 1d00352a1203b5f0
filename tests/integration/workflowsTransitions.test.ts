import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_ACTIONS, type ApplicationAction } from '../../db/reference/workflows';
import { ok, signedProject } from '../helpers/investmentFixtures';
import type { TestApp } from '../helpers/tempStore';
import { ALL_MATERIALS, createTestTemplate, openWorkflowApp, type Detail } from './workflowsTestApp';

/**
 * Every action in every state, through the real dispatcher on a real SQLite file. Each case starts from a fresh
 * application brought into its state; an allowed action moves it as the table says, a refused one leaves the
 * application, its steps and its timeline exactly as they were.
 */

type Fixture = 'submitted' | 'in_review' | 'in_review_missing' | 'correction' | 'suspended' | 'approved' | 'approved_missing' | 'completed' | 'rejected' | 'withdrawn';

const METHOD: Record<ApplicationAction, string> = {
  accept: 'applications.accept',
  accept_with_missing: 'applications.acceptWithMissing',
  supply_missing: 'applications.supplyMissing',
  approve_step: 'applications.approveStep',
  return_for_correction: 'applications.returnForCorrection',
  resubmit: 'applications.resubmit',
  reject: 'applications.reject',
  suspend: 'applications.suspend',
  resume: 'applications.resume',
  withdraw: 'applications.withdraw',
  complete: 'applications.complete',
};

const WITHOUT_LICENCE = ['申请表', '可行性研究报告'];

/** Valid input for each action on an application in any state (approve_step names its current step). */
function inputFor(action: ApplicationAction, app: Detail): Record<string, unknown> {
  const id = app.id;
  switch (action) {
    case 'accept':
      return { id, materialsReceived: ALL_MATERIALS };
    case 'accept_with_missing':
      return { id, materialsReceived: WITHOUT_LICENCE, supplyBy: '2026-12-31' };
    case 'supply_missing':
      return { id, materials: ['营业执照'] };
    case 'approve_step':
      return { id, stepNo: app.currentStep?.stepNo ?? 1, department: '商务局' };
    case 'return_for_correction':
    case 'reject':
    case 'suspend':
      return { id, reason: '测试原因' };
    default:
      return { id };
  }
}

const A = (status: string) => status;
const R = (key: string) => `workflow.${key}`;

const REVIEW_ACTIONS = { approve_step: A('in_review'), return_for_correction: A('correction'), suspend: A('suspended') };
const CLOSED = (status: 'completed' | 'rejected' | 'withdrawn') => Object.fromEntries(APPLICATION_ACTIONS.map((a) => [a, R(`state.${status}`)])) as Record<ApplicationAction, string>;
const approvedRow = (supply: string, complete: string): Record<ApplicationAction, string> => ({
  accept: R('state.alreadyAccepted'), accept_with_missing: R('state.alreadyAccepted'), supply_missing: supply, approve_step: R('state.alreadyApproved'),
  return_for_correction: R('state.alreadyApproved'), resubmit: R('state.notInCorrection'), reject: R('state.alreadyApproved'), suspend: R('state.alreadyApproved'),
  resume: R('state.notSuspended'), withdraw: R('state.alreadyApproved'), complete,
});
const reviewRow = (supply: string): Record<ApplicationAction, string> => ({
  accept: R('state.alreadyAccepted'), accept_with_missing: R('state.alreadyAccepted'), supply_missing: supply, ...REVIEW_ACTIONS,
  resubmit: R('state.notInCorrection'), reject: A('rejected'), resume: R('state.notSuspended'), withdraw: A('withdrawn'), complete: R('state.notApproved'),
});

/** Status after the action, or the catalog key it is refused with. */
const TABLE: Record<Fixture, Record<ApplicationAction, string>> = {
  submitted: {
    accept: A('in_review'), accept_with_missing: A('in_review'), supply_missing: R('state.notAccepted'), approve_step: R('state.notAccepted'),
    return_for_correction: R('state.notAccepted'), resubmit: R('state.notInCorrection'), reject: A('rejected'), suspend: R('state.notAccepted'),
    resume: R('state.notSuspended'), withdraw: A('withdrawn'), complete: R('state.notApproved'),
  },
  in_review: reviewRow(R('missing.nothingOutstanding')),
  in_review_missing: reviewRow(A('in_review')),
  correction: {
    accept: R('state.alreadyAccepted'), accept_with_missing: R('state.alreadyAccepted'), supply_missing: A('correction'), approve_step: R('state.inCorrection'),
    return_for_correction: R('state.inCorrection'), resubmit: A('in_review'), reject: A('rejected'), suspend: R('state.inCorrection'),
    resume: R('state.notSuspended'), withdraw: A('withdrawn'), complete: R('state.notApproved'),
  },
  suspended: {
    accept: R('state.alreadyAccepted'), accept_with_missing: R('state.alreadyAccepted'), supply_missing: A('suspended'), approve_step: R('state.suspended'),
    return_for_correction: R('state.suspended'), resubmit: R('state.notInCorrection'), reject: A('rejected'), suspend: R('state.suspended'),
    resume: A('in_review'), withdraw: A('withdrawn'), complete: R('state.notApproved'),
  },
  approved: approvedRow(R('missing.nothingOutstanding'), A('completed')),
  approved_missing: approvedRow(A('approved'), R('missing.outstanding')),
  completed: CLOSED('completed'),
  rejected: CLOSED('rejected'),
  withdrawn: CLOSED('withdrawn'),
};

describe('every action in every state', () => {
  let app: TestApp;
  let templateId: string;
  let enterpriseId: string;

  beforeAll(async () => {
    app = openWorkflowApp();
    templateId = await createTestTemplate(app);
    ({ enterpriseId } = await signedProject(app));
  });
  afterAll(() => app.close());

  async function approveAll(id: string, on: string): Promise<void> {
    await ok(app, 'applications.approveStep', { id, stepNo: 1, department: '商务局', on });
    await ok(app, 'applications.approveStep', { id, stepNo: 2, department: '商务局', on });
    await ok(app, 'applications.approveStep', { id, stepNo: 2, department: '市场监管局', on });
    await ok(app, 'applications.approveStep', { id, stepNo: 3, department: '商务局', on });
  }

  async function bring(fixture: Fixture): Promise<Detail> {
    const { id } = await ok<Detail>(app, 'applications.create', { templateId, enterpriseId, subject: `状态 ${fixture}`, submittedOn: '2026-11-02' });
    const missing = fixture.endsWith('_missing') || fixture === 'correction' || fixture === 'suspended';
    if (fixture !== 'submitted' && fixture !== 'withdrawn') {
      if (missing) await ok(app, 'applications.acceptWithMissing', { id, materialsReceived: WITHOUT_LICENCE, supplyBy: '2026-12-31', on: '2026-11-03' });
      else await ok(app, 'applications.accept', { id, materialsReceived: ALL_MATERIALS, on: '2026-11-03' });
    }
    if (fixture === 'correction') await ok(app, 'applications.returnForCorrection', { id, reason: '补正', on: '2026-11-05' });
    if (fixture === 'suspended') await ok(app, 'applications.suspend', { id, reason: '专家评审', on: '2026-11-05' });
    if (fixture.startsWith('approved') || fixture === 'completed') await approveAll(id, '2026-11-10');
    if (fixture === 'completed') await ok(app, 'applications.complete', { id, on: '2026-11-11' });
    if (fixture === 'rejected') await ok(app, 'applications.reject', { id, reason: '不符合产业政策', on: '2026-11-05' });
    if (fixture === 'withdrawn') await ok(app, 'applications.withdraw', { id, on: '2026-11-04' });
    return ok<Detail>(app, 'applications.get', { id });
  }

  function snapshot(id: string) {
    const row = app.store.sqlite.prepare('SELECT * FROM workflow_applications WHERE id = ?').get(id);
    const runs = app.store.sqlite.prepare('SELECT * FROM workflow_step_runs WHERE application_id = ? ORDER BY step_no, department').all(id);
    const events = app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM workflow_events WHERE application_id = ?').get(id);
    return { row, runs, events };
  }

  describe.each(Object.keys(TABLE) as Fixture[])('%s', (fixture) => {
    it.each(APPLICATION_ACTIONS)(`%s`, async (action) => {
      const start = await bring(fixture);
      expect(start.status).toBe(fixture.replace('_missing', ''));
      const before = snapshot(start.id);
      const expected = TABLE[fixture][action];
      const result = await app.call(METHOD[action], inputFor(action, start));
      if (expected.startsWith('workflow.')) {
        expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { fields: [{ key: expected }] } } });
        expect(snapshot(start.id)).toEqual(before);
      } else {
        expect(result, JSON.stringify(result.ok ? '' : result.error)).toMatchObject({ ok: true, value: { status: expected } });
        const after = await ok<Detail>(app, 'applications.get', { id: start.id });
        expect(after.events.length).toBe(start.events.length + 1);
        expect(after.events.at(-1)).toMatchObject({ kind: action, status: expected, actor: '测试员' });
      }
    });
  });

  it('offers on the page exactly the actions that would succeed', async () => {
    for (const fixture of Object.keys(TABLE) as Fixture[]) {
      const detail = await bring(fixture);
      const succeed = APPLICATION_ACTIONS.filter((a) => !TABLE[fixture][a].startsWith('workflow.'));
      expect(detail.allowedActions, fixture).toEqual(succeed);
    }
  });
});
