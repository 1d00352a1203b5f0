import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../investment/useApiQuery';

interface Props {
  enterpriseId: string;
  value?: string | null;
  onChange?(id: string | null): void;
  id?: string;
  disabled?: boolean;
}

/** The chosen enterprise's own projects only: the server refuses a project of another enterprise anyway. */
export function EnterpriseProjectSelect({ enterpriseId, value, onChange, id, disabled }: Props) {
  const { t } = useTranslation();
  const projects = useApiQuery('projects.list', { enterpriseId, sortBy: 'name', sortDir: 'asc', limit: 200 });
  return (
    <Select<string>
      id={id}
      allowClear
      disabled={disabled}
      value={value ?? undefined}
      placeholder={t('intake.projectNone')}
      loading={projects.loading}
      options={(projects.data?.rows ?? []).map((p) => ({ value: p.id, label: p.name }))}
      onChange={(next) => onChange?.(next ?? null)}
    />
  );
}
