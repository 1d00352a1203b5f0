import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListToolbar } from '../../components/ListToolbar';
import { TARGET_STATUSES } from '../../../../db/reference/investment';
import { industryCascaderPath } from '../investment/industryOptions';
import { priorityOptions, targetStatusOptions, type TargetPriority, type TargetStatus } from '../investment/investmentLabels';
import { CountrySelect } from '../investment/pickers/CountrySelect';
import { IndustryCascader } from '../investment/pickers/IndustryCascader';
import { ParkSelect } from '../investment/pickers/ParkSelect';
import type { TargetFilters } from './targetQuery';

interface Props {
  filters: TargetFilters;
  onChange(filters: TargetFilters): void;
  onCreate(): void;
}

export function TargetsToolbar({ filters, onChange, onCreate }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<TargetFilters>) => onChange({ ...filters, ...patch });
  return (
    <ListToolbar
      search={{ testId: 'targets-search', label: t('targets.search'), value: filters.search, onChange: (search) => set({ search }), width: 220 }}
      create={{ testId: 'target-new', label: t('targets.new'), onClick: onCreate }}
    >
      <CountrySelect
        data-testid="targets-country"
        aria-label={t('targets.filter.country')}
        placeholder={t('targets.filter.country')}
        allowClear
        value={filters.countryCode}
        onChange={(countryCode) => set({ countryCode })}
        style={{ width: 160 }}
      />
      <IndustryCascader
        aria-label={t('targets.filter.industry')}
        placeholder={t('targets.filter.industry')}
        allowClear
        value={industryCascaderPath(filters.industryCode)}
        onChange={(path) => set({ industryCode: path?.at(-1) })}
        style={{ width: 260 }}
      />
      <Select<TargetStatus>
        aria-label={t('targets.filter.status')}
        placeholder={t('targets.filter.status')}
        allowClear
        value={filters.status}
        onChange={(status) => set({ status })}
        options={targetStatusOptions(TARGET_STATUSES, t)}
        style={{ width: 150 }}
      />
      <Select<TargetPriority>
        aria-label={t('targets.filter.priority')}
        placeholder={t('targets.filter.priority')}
        allowClear
        value={filters.priority}
        onChange={(priority) => set({ priority })}
        options={priorityOptions(t)}
        style={{ width: 140 }}
      />
      <ParkSelect
        aria-label={t('targets.filter.park')}
        placeholder={t('targets.filter.park')}
        allowClear
        value={filters.parkId}
        onChange={(parkId) => set({ parkId })}
        style={{ width: 200 }}
      />
    </ListToolbar>
  );
}
