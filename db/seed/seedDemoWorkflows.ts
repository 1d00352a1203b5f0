import { localToday } from '../../electron/api/contract/fields';
import * as actions from '../../electron/services/workflows/applicationActions';
import { loadWorkingCalendar } from '../../electron/services/workflows/deskCalendar';
import { addDays } from '../../electron/services/workflows/isoDays';
import { intakeMaterials } from '../../electron/services/workflows/templateRules';
import { installReferenceTemplates } from '../../electron/services/workflows/templateVersions';
import type { WorkingCalendar } from '../../electron/services/workflows/workingCalendar';
import type { Store } from '../client';
import { insertAudit } from '../repos/auditRepo';
import { findLiveEnterpriseByName } from '../repos/enterprisesRepo';
import { findApplicationBySubject, getApplication } from '../repos/workflowsApplicationsRepo';
import { findCurrentTemplateByName } from '../repos/workflowsTemplatesRepo';
import type { WorkflowTemplateRow } from '../schema';
import { DEMO_APPLICATIONS, type DemoApplication, type DemoDay, type DemoStep } from './demoWorkflows';

/** The working day the relative demo dates count from: today, or the last working day before it. */
function anchorDay(calendar: WorkingCalendar, today: string): string {
  let day = today;
  while (!calendar.isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

function resolver(calendar: WorkingCalendar, today: string) {
  const anchor = anchorDay(calendar, today);
  return (day: DemoDay): string => {
    if (typeof day === 'string') return day;
    if ('ahead' in day) return calendar.addWorkingDays(anchor, day.ahead);
    let date = anchor;
    for (let left = day.ago; left > 0; ) {
      date = addDays(date, -1);
      if (calendar.isWorkingDay(date)) left -= 1;
    }
    return date;
  };
}

function projectIdOf(store: Store, enterpriseId: string, name: string | undefined): string | null {
  if (!name) return null;
  const row = store.sqlite.prepare('SELECT id FROM projects WHERE enterprise_id = ? AND name = ? AND deleted_at IS NULL').get(enterpriseId, name) as { id: string } | undefined;
  return row?.id ?? null;
}

function runStep(env: actions.ActionEnv, id: string, template: WorkflowTemplateRow, step: DemoStep, on: string, day: (d: DemoDay) => string): void {
  const application = getApplication(env.db, id)!;
  switch (step.do) {
    case 'accept': {
      const missing = step.missing ?? [];
      const materialsReceived = intakeMaterials(template.steps).map((m) => m.name).filter((name) => !missing.includes(name));
      if (missing.length) actions.acceptWithMissing(env, application, { materialsReceived, supplyBy: day(step.supplyBy!), on, comment: step.comment });
      else actions.acceptApplication(env, application, { materialsReceived, on, comment: step.comment });
      return;
    }
    case 'supply':
      return actions.supplyMissing(env, application, { materials: step.materials, on });
    case 'approve':
      return actions.approveStep(env, application, { stepNo: step.stepNo, department: step.department, on, comment: step.comment });
    case 'return':
      return actions.returnForCorrection(env, application, { reason: step.reason, on });
    case 'reject':
      return actions.reject(env, application, { reason: step.reason, on });
    case 'suspend':
      return actions.suspend(env, application, { reason: step.reason, on });
    case 'resubmit':
      return actions.resubmit(env, application, { on, comment: step.comment });
    case 'resume':
      return actions.resume(env, application, { on, comment: step.comment });
    case 'withdraw':
      return actions.withdraw(env, application, { on, comment: step.comment });
    case 'complete':
      return actions.complete(env, application, { on, comment: step.comment });
  }
}

/** Files one demo application and plays its actions through the engine, unless its investor is absent or it exists. */
function seedApplication(store: Store, env: actions.ActionEnv, demo: DemoApplication, day: (d: DemoDay) => string): void {
  const enterprise = findLiveEnterpriseByName(store.db, demo.enterprise);
  const template = findCurrentTemplateByName(store.db, demo.template);
  if (!enterprise || !template || findApplicationBySubject(store.db, enterprise.id, demo.subject)) return;
  const dates = [day(demo.submittedOn), ...demo.steps.map((s) => day(s.on))];
  // Fixed history dates lie in 2026; a desk whose clock is earlier skips them rather than record the future.
  if (dates.some((d) => d > env.today)) return;
  const created = actions.submitApplication(env, {
    templateId: template.id, enterpriseId: enterprise.id, projectId: projectIdOf(store, enterprise.id, demo.project),
    subject: demo.subject, contactName: demo.contactName, contactPhone: demo.contactPhone, note: '演示数据：办理时限为演示值', submittedOn: dates[0],
  });
  demo.steps.forEach((step, i) => runStep(env, created.id, template, step, dates[i + 1]!, day));
  insertAudit(store.db, { at: env.at, actor: env.actor, action: 'seed', entity: 'workflow_application', entityId: created.id, before: null, after: getApplication(store.db, created.id) });
}

/** The five reference procedures, then the demo applications of the demo investors; idempotent. */
export function seedDemoWorkflows(store: Store, actor: string, now: Date): void {
  const at = now.toISOString();
  for (const template of installReferenceTemplates({ db: store.db, at, actor })) {
    insertAudit(store.db, { at, actor, action: 'seed', entity: 'workflow_template', entityId: template.id, before: null, after: template });
  }
  const calendar = loadWorkingCalendar(store.db);
  const env: actions.ActionEnv = { db: store.db, at, actor, today: localToday(now) };
  const day = resolver(calendar, env.today);
  for (const demo of DEMO_APPLICATIONS) seedApplication(store, env, demo, day);
}
