import { LockOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListToolbar } from '../../components/ListToolbar';
import { ALL_PROJECT_STAGES, type ProjectStage, type ProjectType } from '../../../../db/reference/investment';
import { industryCascaderPath } from '../investment/industryOptions';
import { stageOptions, typeOptions } from '../investment/investmentLabels';
import { CountrySelect } from '../investment/pickers/CountrySelect';
import { IndustryCascader } from '../investment/pickers/IndustryCascader';
import { ParksSelect } from '../investment/pickers/ParksSelect';
import { MaskedNamesHint } from '../../components/MaskedNamesHint';
import { PeriodTag } from '../../components/PeriodTag';
import type { ProjectFilters } from './projectQuery';

interface Props {
  filters: ProjectFilters;
  onChange(filters: ProjectFilters): void;
  onCreate(): void;
  onLocks(): void;
}

/** Server-side search (debounced by the page), the filters of the issue, month locks and "new project". */
export function ProjectsToolbar({ filters, onChange, onCreate, onLocks }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ProjectFilters>) => onChange({ ...filters, ...patch });

  return (
    <Flex vertical gap={12}>
      <ListToolbar
        search={{ testId: 'projects-search', label: t('projects.search'), value: filters.search, onChange: (search) => set({ search }), width: 280 }}
        create={{ testId: 'project-new', label: t('projects.new'), onClick: onCreate }}
        actions={
          <Button data-testid="month-locks-open" icon={<LockOutlined />} onClick={onLocks}>
            {t('projects.locks')}
          </Button>
        }
      >
        <ParksSelect
          data-testid="projects-parks"
          aria-label={t('projects.filter.park')}
          placeholder={t('projects.filter.park')}
          allowClear
          value={filters.parkIds ?? []}
          onChange={(parkIds) => set({ parkIds: parkIds.length ? parkIds : undefined })}
          style={{ width: 260 }}
        />
        <Select<ProjectStage>
          aria-label={t('projects.filter.stage')}
          placeholder={t('projects.filter.stage')}
          allowClear
          value={filters.stage}
          onChange={(stage) => set({ stage })}
          options={stageOptions(ALL_PROJECT_STAGES, t)}
          style={{ width: 150 }}
        />
        <Select<ProjectType>
          aria-label={t('projects.filter.type')}
          placeholder={t('projects.filter.type')}
          allowClear
          value={filters.type}
          onChange={(type) => set({ type })}
          options={typeOptions(t)}
          style={{ width: 150 }}
        />
      </ListToolbar>
      <Flex gap={12} wrap align="center">
        <PeriodTag testId="projects-period" period={filters.period} onClear={() => set({ period: undefined })} />
        <MaskedNamesHint />
        {filters.openOnly && (
          <Tag data-testid="projects-open-only" closable onClose={() => set({ openOnly: undefined })} color="blue">
            {t('projects.filter.openOnly')}
          </Tag>
        )}
        <CountrySelect
          aria-label={t('projects.filter.country')}
          placeholder={t('projects.filter.country')}
          allowClear
          value={filters.sourceCountry}
          onChange={(sourceCountry) => set({ sourceCountry })}
          style={{ width: 200 }}
        />
        <IndustryCascader
          aria-label={t('projects.filter.industry')}
          placeholder={t('projects.filter.industry')}
          allowClear
          value={industryCascaderPath(filters.industryCode)}
          onChange={(path) => set({ industryCode: path?.at(-1) })}
          style={{ width: 300 }}
        />
        <Checkbox data-testid="projects-large-only" checked={filters.largeOnly} onChange={(e) => set({ largeOnly: e.target.checked })}>
          {t('projects.filter.large')}
        </Checkbox>
        <Checkbox
          data-testid="projects-fortune500-only"
          checked={filters.fortune500Only}
          onChange={(e) => set({ fortune500Only: e.target.checked })}
        >
          {t('projects.filter.fortune500')}
        </Checkbox>
      </Flex>
    </Flex>
  );
}
