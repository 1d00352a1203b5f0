import type { Db } from '../../../db/client';
import { RUNNING_STATUSES, type ApplicationStatus, type ClockLight } from '../../../db/reference/workflows';
import {
  approvalsBetween,
  countApplicationRows,
  listApplicationRows,
  stepRunsOf,
  type ApplicationListRow,
  type ApplicationRowQuery,
} from '../../../db/repos/workflowsApplicationsRepo';
import { templatesByIds } from '../../../db/repos/workflowsTemplatesRepo';
import { clockEventsOf, eventsOf } from '../../../db/repos/workflowsEventsRepo';
import { allowedActions } from './applicationStates';
import { materialsStatus, readApplication, type ApplicationFacts, type ReadApplication } from './applicationView';
import { lightSeverity, pausesFromEvents, readClock } from './clock';
import { totalLimits } from './templateRules';
import type { WorkingCalendar } from './workingCalendar';

/** Calendar, day and warning threshold every clock reading of one request shares. */
export interface ClockSetting {
  calendar: WorkingCalendar;
  asOf: string;
  warnDays: number;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Step runs and timeline dates for many applications in two queries. */
export function loadFacts(db: Db, rows: readonly ApplicationListRow[]): ApplicationFacts[] {
  const ids = rows.map((r) => r.application.id);
  const templates = templatesByIds(db, rows.map((r) => r.application.templateId));
  const runs = groupBy(stepRunsOf(db, ids), (r) => r.applicationId);
  const events = groupBy(clockEventsOf(db, ids), (e) => e.applicationId);
  return rows.map((row) => ({
    application: row.application,
    template: templates.get(row.application.templateId)!,
    enterpriseName: row.enterpriseName,
    projectName: row.projectName,
    runs: runs.get(row.application.id) ?? [],
    events: events.get(row.application.id) ?? [],
  }));
}

/** One list row: who, what, where it stands, both clocks overall and for the current step, and its light. */
function summary(facts: ApplicationFacts, read: ReadApplication, asOf: string) {
  const { application: a, template } = facts;
  const current = read.current;
  return {
    id: a.id,
    serial: a.serial,
    subject: a.subject,
    status: a.status,
    enterpriseId: a.enterpriseId,
    enterpriseName: facts.enterpriseName,
    projectId: a.projectId,
    projectName: facts.projectName,
    templateId: template.id,
    templateFamilyId: template.familyId,
    templateName: template.name,
    templateVersion: template.version,
    category: template.category,
    submittedOn: a.submittedOn,
    acceptedOn: a.acceptedOn,
    decidedOn: a.decidedOn,
    completedOn: a.completedOn,
    withdrawnOn: a.withdrawnOn,
    currentStep: current && {
      stepNo: current.stepNo,
      name: current.name,
      departments: current.departments.map((d) => d.department),
      pendingDepartments: current.departments.filter((d) => !d.approvedOn).map((d) => d.department),
      startedOn: current.startedOn,
      clocks: current.clocks,
      light: current.light,
    },
    stepCount: template.steps.length,
    overall: read.overall,
    light: read.light,
    paused: read.pause !== null,
    pause: read.pause,
    materialsOutstanding: a.materialsOutstanding,
    supplyBy: a.supplyBy,
    supplyOverdue: a.materialsOutstanding.length > 0 && a.supplyBy !== null && a.supplyBy < asOf,
    beyondCoverage: read.beyondCoverage,
  };
}

export type ApplicationSummary = ReturnType<typeof summary>;

function summariesOf(setting: ClockSetting, facts: readonly ApplicationFacts[]): ApplicationSummary[] {
  return facts.map((f) => summary(f, readApplication(setting.calendar, f, setting.asOf, setting.warnDays), setting.asOf));
}

function summaries(db: Db, setting: ClockSetting, query: ApplicationRowQuery): ApplicationSummary[] {
  return summariesOf(setting, loadFacts(db, listApplicationRows(db, query)));
}

export interface ApplicationListOptions extends ApplicationRowQuery {
  light?: ClockLight;
  sortBy?: 'submittedOn' | 'serial' | 'dueOn' | 'light';
  sortDir?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

/** Only these statuses can show a light: a running one while the clock runs, a decided one once it stopped. */
const STATUSES_WITH_LIGHT: Record<ClockLight, readonly ApplicationStatus[]> = {
  green: RUNNING_STATUSES,
  yellow: RUNNING_STATUSES,
  red: RUNNING_STATUSES,
  on_time: ['approved', 'completed', 'rejected'],
  late: ['approved', 'completed', 'rejected'],
};

const byText = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/**
 * Applications filtered in SQL by template family, current department, status and enterprise. Ordered by intake or
 * number, a page is cut in SQL and only its clocks are read; the light and the due date depend on today's clocks,
 * so filtering or sorting by them reads every candidate (narrowed by status first).
 */
export function listApplications(db: Db, setting: ClockSetting, options: ApplicationListOptions) {
  const { light, sortBy = 'submittedOn', sortDir = 'desc', limit = 100, offset = 0, ...query } = options;
  if (!light && (sortBy === 'submittedOn' || sortBy === 'serial')) {
    const rows = listApplicationRows(db, query, { sortBy, sortDir, limit, offset });
    return { total: countApplicationRows(db, query), rows: summariesOf(setting, loadFacts(db, rows)) };
  }
  const statuses = light ? (query.statuses ?? STATUSES_WITH_LIGHT[light]).filter((s) => STATUSES_WITH_LIGHT[light].includes(s)) : query.statuses;
  let rows = summaries(db, setting, { ...query, ...(statuses ? { statuses } : {}) });
  if (light) rows = rows.filter((r) => r.light === light);
  const direction = sortDir === 'asc' ? 1 : -1;
  const compare = {
    submittedOn: (a: ApplicationSummary, b: ApplicationSummary) => byText(a.submittedOn, b.submittedOn) || byText(a.serial, b.serial),
    serial: (a: ApplicationSummary, b: ApplicationSummary) => byText(a.serial, b.serial),
    dueOn: (a: ApplicationSummary, b: ApplicationSummary) => byText(a.overall.promised.dueOn, b.overall.promised.dueOn) || byText(a.serial, b.serial),
    light: (a: ApplicationSummary, b: ApplicationSummary) => lightSeverity(a.light) - lightSeverity(b.light) || -byText(a.overall.promised.dueOn, b.overall.promised.dueOn),
  }[sortBy];
  rows.sort((a, b) => direction * compare(a, b));
  return { total: rows.length, rows: rows.slice(offset, offset + limit) };
}

/** A department's queue: running applications whose current step waits for its approval, most urgent first. */
export function departmentQueue(db: Db, setting: ClockSetting, department: string) {
  const rows = summaries(db, setting, { awaitingDepartment: department, statuses: RUNNING_STATUSES });
  return rows.sort(
    (a, b) => lightSeverity(b.currentStep?.light ?? null) - lightSeverity(a.currentStep?.light ?? null) || byText(a.currentStep?.clocks.promised.dueOn ?? null, b.currentStep?.clocks.promised.dueOn ?? null),
  );
}

/** Everything the application page shows: steps with both clocks, materials, the timeline, the actions on offer. */
export function applicationDetail(db: Db, setting: ClockSetting, id: string) {
  const row = listApplicationRows(db, { ids: [id] })[0];
  if (!row) return undefined;
  const [facts] = loadFacts(db, [row]) as [ApplicationFacts];
  const read = readApplication(setting.calendar, facts, setting.asOf, setting.warnDays);
  const a = facts.application;
  const firstStepAllowsMissing = facts.template.steps[0]?.allowsMissing ?? false;
  return {
    ...summary(facts, read, setting.asOf),
    contactName: a.contactName,
    contactPhone: a.contactPhone,
    note: a.note,
    legalBasis: facts.template.legalBasis,
    policyClauseId: facts.template.policyClauseId,
    limits: totalLimits(facts.template.steps),
    materials: materialsStatus(facts),
    materialsReceived: a.materialsReceived,
    steps: read.steps,
    events: eventsOf(db, id),
    allowedActions: allowedActions(a.status).filter(
      (action) =>
        (action !== 'supply_missing' || a.materialsOutstanding.length > 0) &&
        (action !== 'complete' || a.materialsOutstanding.length === 0) &&
        (action !== 'accept_with_missing' || firstStepAllowsMissing),
    ),
    asOf: setting.asOf,
    warnDays: setting.warnDays,
  };
}

export interface OverdueFilter {
  department?: string;
  templateFamilyId?: string;
  basis?: 'statutory' | 'promised';
}

/**
 * Running applications past a limit, one plain row per department still to approve the current step (ready for
 * a spreadsheet): by the current step's clocks or the overall ones, statutory or promised.
 */
export function overdueRows(db: Db, setting: ClockSetting, filter: OverdueFilter) {
  const query: ApplicationRowQuery = { statuses: RUNNING_STATUSES, ...(filter.department ? { awaitingDepartment: filter.department } : {}), ...(filter.templateFamilyId ? { templateFamilyId: filter.templateFamilyId } : {}) };
  const rows = [];
  for (const app of summaries(db, setting, query)) {
    const step = app.currentStep;
    if (!step) continue;
    const overdue = {
      statutory: Math.max(step.clocks.statutory.overdue, app.overall.statutory.overdue),
      promised: Math.max(step.clocks.promised.overdue, app.overall.promised.overdue),
    };
    if (filter.basis ? overdue[filter.basis] === 0 : overdue.statutory === 0 && overdue.promised === 0) continue;
    for (const department of step.pendingDepartments) {
      if (filter.department && department !== filter.department) continue;
      rows.push({
        applicationId: app.id,
        serial: app.serial,
        enterpriseName: app.enterpriseName,
        subject: app.subject,
        templateName: app.templateName,
        templateVersion: app.templateVersion,
        status: app.status,
        paused: app.paused,
        stepNo: step.stepNo,
        stepName: step.name,
        department,
        acceptedOn: app.acceptedOn,
        stepStartedOn: step.startedOn,
        stepStatutoryDueOn: step.clocks.statutory.dueOn,
        stepPromisedDueOn: step.clocks.promised.dueOn,
        stepStatutoryOverdueDays: step.clocks.statutory.overdue,
        stepPromisedOverdueDays: step.clocks.promised.overdue,
        overallStatutoryDueOn: app.overall.statutory.dueOn,
        overallPromisedDueOn: app.overall.promised.dueOn,
        overallStatutoryOverdueDays: app.overall.statutory.overdue,
        overallPromisedOverdueDays: app.overall.promised.overdue,
        beyondCoverage: app.beyondCoverage,
      });
    }
  }
  return rows.sort((a, b) => b.stepStatutoryOverdueDays - a.stepStatutoryOverdueDays || b.stepPromisedOverdueDays - a.stepPromisedOverdueDays || byText(a.serial, b.serial));
}

/**
 * Per department: its approvals dated in [from, to], each on time or late against its step's statutory and
 * promised limits (counted from the day the step started, pauses excluded, to that department's approval).
 */
export function onTimeRates(db: Db, calendar: WorkingCalendar, period: { from: string; to: string; department?: string | undefined }) {
  const approvals = approvalsBetween(db, period.from, period.to, period.department);
  const ids = [...new Set(approvals.map((a) => a.applicationId))];
  const facts = new Map(loadFacts(db, ids.length ? listApplicationRows(db, { ids }) : []).map((f) => [f.application.id, f]));
  const tally = new Map<string, { department: string; completed: number; onTimeStatutory: number; onTimePromised: number }>();
  for (const approval of approvals) {
    const app = facts.get(approval.applicationId);
    const step = app?.template.steps[approval.stepNo - 1];
    if (!app || !step) continue;
    const pauses = pausesFromEvents(app.events);
    const read = (limit: number) => readClock(calendar, { startOn: approval.startedOn, limit, pauses, endOn: approval.approvedOn, endKind: 'decided', asOf: approval.approvedOn!, warnDays: 0 });
    const row = tally.get(approval.department) ?? { department: approval.department, completed: 0, onTimeStatutory: 0, onTimePromised: 0 };
    row.completed += 1;
    if (read(step.statutoryDays).light === 'on_time') row.onTimeStatutory += 1;
    if (read(step.promisedDays).light === 'on_time') row.onTimePromised += 1;
    tally.set(approval.department, row);
  }
  return [...tally.values()]
    .map((row) => ({
      ...row,
      lateStatutory: row.completed - row.onTimeStatutory,
      latePromised: row.completed - row.onTimePromised,
      rateStatutory: row.onTimeStatutory / row.completed,
      ratePromised: row.onTimePromised / row.completed,
    }))
    .sort((a, b) => a.department.localeCompare(b.department, 'zh-CN'));
}
