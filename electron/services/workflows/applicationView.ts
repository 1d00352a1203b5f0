import type { ApplicationStatus, ClockLight } from '../../../db/reference/workflows';
import type { WorkflowApplicationRow, WorkflowStepDefinition, WorkflowStepRunRow, WorkflowTemplateRow } from '../../../db/schema';
import { pausesFromEvents, readClock, worstLight, type ClockReading, type Pause } from './clock';
import { intakeMaterials, totalLimits } from './templateRules';
import type { WorkingCalendar } from './workingCalendar';

/** What the store holds about one application, as read for its clocks. */
export interface ApplicationFacts {
  application: WorkflowApplicationRow;
  template: WorkflowTemplateRow;
  enterpriseName: string;
  projectName: string | null;
  runs: readonly WorkflowStepRunRow[];
  /** Its timeline's kinds and dates, in order. */
  events: readonly { kind: string; on: string }[];
}

export interface ClockPair {
  statutory: ClockReading;
  promised: ClockReading;
}

export interface StepView {
  stepNo: number;
  name: string;
  role: string;
  statutoryDays: number;
  promisedDays: number;
  allowsMissing: boolean;
  isPledge: boolean;
  materials: WorkflowStepDefinition['materials'];
  /** One entry per department (several for 会签), with the day it approved. */
  departments: { department: string; approvedOn: string | null }[];
  /** stopped: it had started when the application was rejected or withdrawn. */
  state: 'waiting' | 'current' | 'done' | 'stopped';
  startedOn: string | null;
  completedOn: string | null;
  clocks: ClockPair;
  light: ClockLight | null;
}

export interface ReadApplication {
  steps: StepView[];
  current: StepView | null;
  overall: ClockPair;
  light: ClockLight | null;
  pause: Pause | null;
  beyondCoverage: boolean;
}

/** The day each step started and, once all its departments approved, completed. */
function stepDates(runs: readonly WorkflowStepRunRow[], stepNo: number) {
  const mine = runs.filter((r) => r.stepNo === stepNo);
  const startedOn = mine.find((r) => r.startedOn)?.startedOn ?? null;
  const approved = mine.map((r) => r.approvedOn);
  const completedOn = approved.length && approved.every((d) => d) ? (approved as string[]).reduce((a, b) => (a > b ? a : b)) : null;
  return { mine, startedOn, completedOn };
}

/** How the application ended, for a clock that had not stopped on its own. */
function applicationEnd(application: WorkflowApplicationRow): { endOn: string | null; endKind: 'decided' | 'stopped' } {
  if (application.withdrawnOn) return { endOn: application.withdrawnOn, endKind: 'stopped' };
  return { endOn: application.decidedOn, endKind: 'decided' };
}

function stepState(application: WorkflowApplicationRow, stepNo: number, startedOn: string | null, completedOn: string | null): StepView['state'] {
  if (completedOn) return 'done';
  if (startedOn && (application.decidedOn || application.withdrawnOn)) return 'stopped';
  return application.currentStep === stepNo ? 'current' : 'waiting';
}

/** Not accepted, or withdrawn: there is no verdict on time to show. */
const NO_LIGHT: readonly ApplicationStatus[] = ['submitted', 'withdrawn'];

/**
 * Every clock of one application on one day: per step and overall (limit = sum of the steps'), each by the
 * statutory and the promised limit. The application's light is its worst clock: the overall ones, and while it
 * runs, the current step's too.
 */
export function readApplication(calendar: WorkingCalendar, facts: ApplicationFacts, asOf: string, warnDays: number): ReadApplication {
  const { application, template, runs } = facts;
  const pauses = pausesFromEvents(facts.events);
  const end = applicationEnd(application);
  const clocks = (startOn: string | null, limits: { statutoryDays: number; promisedDays: number }, endOn: string | null, endKind: 'decided' | 'stopped'): ClockPair => ({
    statutory: readClock(calendar, { startOn, limit: limits.statutoryDays, pauses, endOn, endKind, asOf, warnDays }),
    promised: readClock(calendar, { startOn, limit: limits.promisedDays, pauses, endOn, endKind, asOf, warnDays }),
  });

  const steps = template.steps.map((definition, i): StepView => {
    const stepNo = i + 1;
    const { mine, startedOn, completedOn } = stepDates(runs, stepNo);
    const stepEnd = completedOn ? { endOn: completedOn, endKind: 'decided' as const } : startedOn ? end : { endOn: null, endKind: 'decided' as const };
    const stepClocks = clocks(startedOn, definition, stepEnd.endOn, stepEnd.endKind);
    return {
      stepNo, name: definition.name, role: definition.role, statutoryDays: definition.statutoryDays, promisedDays: definition.promisedDays,
      allowsMissing: definition.allowsMissing, isPledge: definition.isPledge, materials: definition.materials,
      departments: definition.departments.map((department) => ({ department, approvedOn: mine.find((r) => r.department === department)?.approvedOn ?? null })),
      state: stepState(application, stepNo, startedOn, completedOn),
      startedOn, completedOn, clocks: stepClocks, light: worstLight([stepClocks.statutory.light, stepClocks.promised.light]),
    };
  });
  const current = steps.find((s) => s.state === 'current') ?? null;
  const overall = clocks(application.acceptedOn, totalLimits(template.steps), end.endOn, end.endKind);
  const lights = [overall.statutory.light, overall.promised.light, ...(current ? [current.light] : [])];
  const openPause = pauses.at(-1)?.until === null ? pauses.at(-1)! : null;
  return {
    steps,
    current,
    overall,
    light: NO_LIGHT.includes(application.status) ? null : worstLight(lights),
    pause: application.status === 'correction' || application.status === 'suspended' ? openPause : null,
    beyondCoverage: overall.statutory.beyondCoverage || overall.promised.beyondCoverage || steps.some((s) => s.clocks.statutory.beyondCoverage),
  };
}

/** The 一窗一表 list with what was received and what is still owed (容缺). */
export function materialsStatus(facts: ApplicationFacts) {
  const received = new Set(facts.application.materialsReceived);
  const outstanding = new Set(facts.application.materialsOutstanding);
  return intakeMaterials(facts.template.steps).map((m) => ({ ...m, received: received.has(m.name), outstanding: outstanding.has(m.name) }));
}
