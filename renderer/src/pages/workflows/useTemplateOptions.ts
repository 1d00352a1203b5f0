import { useApiQuery } from '../investment/useApiQuery';

/** Current template versions as select options, with the full rows for forms that need their steps. */
export function useTemplateOptions() {
  const list = useApiQuery('workflowTemplates.list', {});
  const templates = list.data ?? [];
  return { templates, options: templates.map((tpl) => ({ value: tpl.id, label: tpl.name })), loading: list.loading, reload: list.reload };
}
