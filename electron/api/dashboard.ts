import { approvalsOverview } from '../services/dashboard/approvalsOverview';
import { fdiByMonth } from '../services/dashboard/fdiByMonth';
import { indicatorGauges } from '../services/dashboard/gauges';
import { parkComparison } from '../services/dashboard/parkComparison';
import { fortune500ByPark, investmentByIndustry, investmentBySource, projectsByStage } from '../services/dashboard/projectCharts';
import { dashboardInput } from './contract/dashboardSchemas';
import { query } from './defineMethod';
import { clockSetting } from './workflowApplications';

/** One method per chart, so each chart loads (and fails) on its own; every one filters by parks and months. */
export const dashboardApi = {
  'dashboard.fdiByMonth': query(dashboardInput, ({ store }, scope) => fdiByMonth(store.sqlite, scope)),
  'dashboard.projectsByStage': query(dashboardInput, ({ store }, scope) => projectsByStage(store.sqlite, scope)),
  'dashboard.investmentBySource': query(dashboardInput, ({ store }, scope) => investmentBySource(store.sqlite, scope)),
  'dashboard.investmentByIndustry': query(dashboardInput, ({ store }, scope) => investmentByIndustry(store.sqlite, scope)),
  'dashboard.fortune500': query(dashboardInput, ({ store }, { masked, ...scope }) => fortune500ByPark(store.sqlite, scope, masked)),
  'dashboard.approvals': query(dashboardInput, (ctx, scope) => approvalsOverview(ctx.store, clockSetting(ctx), scope)),
  'dashboard.gauges': query(dashboardInput, ({ store }, scope) => indicatorGauges(store.sqlite, scope)),
  'dashboard.parkComparison': query(dashboardInput, ({ store }, scope) => parkComparison(store.sqlite, scope)),
};
