import { DataSafetyPage } from '../pages/backups/DataSafetyPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { ChecklistPage } from '../pages/checklists/checklist/ChecklistPage';
import { ChecklistsPage } from '../pages/checklists/ChecklistsPage';
import { PrintPage } from '../pages/checklists/print/PrintPage';
import { EnterprisesPage } from '../pages/enterprises/EnterprisesPage';
import { MatrixPage } from '../pages/matrix/MatrixPage';
import { PoliciesPage } from '../pages/policies/PoliciesPage';
import { PolicyPage } from '../pages/policies/page/PolicyPage';
import { ParksPage } from '../pages/parks/ParksPage';
import { ProjectPage } from '../pages/projects/page/ProjectPage';
import { ProjectsPage } from '../pages/projects/ProjectsPage';
import { ReportsPage } from '../pages/reports/ReportsPage';
import { TargetPage } from '../pages/targets/TargetPage';
import { TargetsPage } from '../pages/targets/TargetsPage';
import { ApplicationPage } from '../pages/workflows/application/ApplicationPage';
import { WorkflowsPage } from '../pages/workflows/WorkflowsPage';
import { PlaceholderPage } from './PlaceholderPage';
import { goTo, type AppLocation } from './routes';

/** The page for the current location; a record id opens that record's own page. */
export function PageSwitch({ location }: { location: AppLocation }) {
  const { route, id, params } = location;
  switch (route) {
    case 'parks':
      return <ParksPage />;
    case 'projects':
      return id ? <ProjectPage id={id} /> : <ProjectsPage params={params} />;
    case 'enterprises':
      return <EnterprisesPage />;
    case 'targets':
      return id ? <TargetPage id={id} /> : <TargetsPage initial={params} />;
    case 'matrix':
      return <MatrixPage />;
    case 'policies':
      return id ? <PolicyPage id={id} clauseId={params.clause ?? null} /> : <PoliciesPage params={params} />;
    case 'workflows':
      return id ? <ApplicationPage id={id} /> : <WorkflowsPage tab={params.tab} light={params.light} params={params} />;
    case 'checklists':
      if (id) return params.print ? <PrintPage id={id} language={params.print} /> : <ChecklistPage id={id} />;
      return <ChecklistsPage params={params} />;
    case 'dashboard':
      return <DashboardPage params={params} />;
    case 'reports':
      return <ReportsPage params={params} />;
    case 'dataSafety':
      return <DataSafetyPage params={params} />;
    default:
      return <PlaceholderPage route={route} onGoParks={() => goTo('parks')} />;
  }
}
