import { useApiQuery } from '../investment/useApiQuery';

/** Departments named in current templates, as select options (for the queue and the filters). */
export function useDepartmentOptions() {
  const departments = useApiQuery('workflowTemplates.departments', {});
  return { options: (departments.data ?? []).map((d) => ({ value: d, label: d })), loading: departments.loading };
}
