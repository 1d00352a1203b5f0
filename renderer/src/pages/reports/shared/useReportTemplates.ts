import type { MethodOutput } from '../../../../../electron/api/index';
import { useApiQuery } from '../../investment/useApiQuery';

export interface ReportTemplates {
  list: MethodOutput<'reports.templates'>;
  loading: boolean;
}

/** T1–T4 with title and period kind (month / quarter / year). */
export function useReportTemplates(): ReportTemplates {
  const { data, loading } = useApiQuery('reports.templates', {});
  return { list: data ?? [], loading };
}
