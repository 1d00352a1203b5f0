import type { MethodOutput } from '../../../../electron/api/index';

/** Shapes as the API returns them, so the pages follow the server without copies of its types. */
export type ApplicationDetail = MethodOutput<'applications.get'>;
export type ApplicationSummary = MethodOutput<'applications.list'>['rows'][number];
export type ClockReading = ApplicationSummary['overall']['statutory'];
export type StepView = ApplicationDetail['steps'][number];
export type TimelineEvent = ApplicationDetail['events'][number];
export type TemplateView = MethodOutput<'workflowTemplates.get'>['template'];
export type OverdueRow = MethodOutput<'workflowReports.overdue'>['rows'][number];
export type CalendarDay = MethodOutput<'calendar.month'>['days'][number];
