import type { z } from 'zod';
import type { MethodName } from './contract/methodNames';
import type { AnyMethod } from './defineMethod';
import { arrivalsApi } from './arrivals';
import { auditApi } from './audit';
import { backupsApi } from './backups';
import { checklistItemsApi } from './checklistItems';
import { checklistsApi } from './checklists';
import { consolidationApi } from './consolidation';
import { dashboardApi } from './dashboard';
import { demoApi } from './demo';
import { enterprisesApi } from './enterprises';
import { importsApi } from './imports';
import { jobsApi } from './jobs';
import { indicatorsApi } from './indicators';
import { parksApi } from './parks';
import { policiesApi } from './policies';
import { policyApplicabilityApi } from './policyApplicability';
import { policyBenefitsApi } from './policyBenefits';
import { printApi } from './print';
import { projectsApi } from './projects';
import { reportsApi } from './reports';
import { systemApi } from './system';
import { targetsApi } from './targets';
import { workflowApplicationsApi } from './workflowApplications';
import { workflowCalendarApi } from './workflowCalendar';
import { workflowReportsApi } from './workflowReports';
import { workflowsApi } from './workflows';

/** The whole API: one entry per method, joined from one file per domain. */
export const registry = {
  ...parksApi,
  ...enterprisesApi,
  ...projectsApi,
  ...arrivalsApi,
  ...targetsApi,
  ...workflowsApi,
  ...workflowApplicationsApi,
  ...workflowReportsApi,
  ...workflowCalendarApi,
  ...checklistsApi,
  ...checklistItemsApi,
  ...policiesApi,
  ...policyBenefitsApi,
  ...policyApplicabilityApi,
  ...systemApi,
  ...backupsApi,
  ...auditApi,
  ...reportsApi,
  ...consolidationApi,
  ...importsApi,
  ...jobsApi,
  ...indicatorsApi,
  ...dashboardApi,
  ...demoApi,
  ...printApi,
};

export type Api = typeof registry;
export type ApiMethod = keyof Api;
export type MethodInput<M extends ApiMethod> = z.input<Api[M]['input']>;
export type MethodOutput<M extends ApiMethod> = Awaited<ReturnType<Api[M]['run']>>;

type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Compile-time proof that METHOD_NAMES (used by the preload) lists exactly the registry's methods. */
const namesMatchRegistry: SameKeys<ApiMethod, MethodName> = true;
void namesMatchRegistry;

export const methods: Record<MethodName, AnyMethod> = registry;
