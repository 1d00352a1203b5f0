/** Code lists of approval workflows (issue: approval workflows with a Chinese legal clock). Labels live in i18n. */

export const WORKFLOW_CATEGORIES = [
  'foreign_investment',
  'investment_project',
  'talent',
  'customs',
  'land',
  'planning_construction',
  'environment',
  'other',
] as const;
export type WorkflowCategory = (typeof WORKFLOW_CATEGORIES)[number];

/**
 * submitted (一窗收件, clock not started) → in_review (受理, a step runs) ⇄ correction (补正, paused) /
 * suspended (中止, paused) → approved (all steps approved) → completed (办结). rejected and withdrawn end it early.
 */
export const APPLICATION_STATUSES = ['submitted', 'in_review', 'correction', 'suspended', 'approved', 'completed', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const CLOSED_STATUSES: readonly ApplicationStatus[] = ['completed', 'rejected', 'withdrawn'];
/** Accepted and not yet decided: the clock is running or paused. */
export const RUNNING_STATUSES: readonly ApplicationStatus[] = ['in_review', 'correction', 'suspended'];

export const APPLICATION_ACTIONS = [
  'accept',
  'accept_with_missing',
  'supply_missing',
  'approve_step',
  'return_for_correction',
  'resubmit',
  'reject',
  'suspend',
  'resume',
  'withdraw',
  'complete',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** One timeline row per action, plus the intake itself. */
export const WORKFLOW_EVENT_KINDS = ['submit', ...APPLICATION_ACTIONS] as const;
export type WorkflowEventKind = (typeof WORKFLOW_EVENT_KINDS)[number];

/**
 * Status light of one clock: green / yellow (≤ warn days left) / red (overdue) while it runs or is paused;
 * on_time / late once it ended with a decision.
 */
export const CLOCK_LIGHTS = ['green', 'yellow', 'red', 'on_time', 'late'] as const;
export type ClockLight = (typeof CLOCK_LIGHTS)[number];

export const CALENDAR_OVERRIDE_KINDS = ['workday', 'holiday'] as const;
export type CalendarOverrideKind = (typeof CALENDAR_OVERRIDE_KINDS)[number];

/** Yellow light when this many working days or fewer remain (settings key below). */
export const DEFAULT_WARN_DAYS = 1;
export const WARN_DAYS_SETTING = 'workflows.warnDays';
