import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../electron/api/index';
import type { ClockLight } from '../../../../db/reference/workflows';
import { goTo } from '../../app/routes';
import { MaskedNamesHint, useNamesMasked } from '../../components/MaskedNamesHint';
import { PeriodTag } from '../../components/PeriodTag';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { errorText } from '../../i18n/errorText';
import { useApiQuery } from '../investment/useApiQuery';
import { EnterprisePicker } from '../investment/pickers/EnterprisePicker';
import { ParksSelect } from '../investment/pickers/ParksSelect';
import { filtersFromLink, type ApplicationFilters as Filters } from './applicationFilters';
import { ApplicationsTable } from './ApplicationsTable';
import { IntakeDrawer } from './intake/IntakeDrawer';
import { useDepartmentOptions } from './useDepartments';
import { useTemplateOptions } from './useTemplateOptions';
import { lightOptions, statusOptions } from './workflowLabels';

const PAGE_SIZE = 50;

/** Every application, filtered in the server (template, department, status, light, enterprise, park) a page at a time. */
export function ApplicationsTab({ initialLight, linkParams = {} }: { initialLight?: ClockLight; linkParams?: Record<string, string> }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(() => filtersFromLink(initialLight, linkParams));
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const settled = useDebouncedValue(filters, 300);
  const masked = useNamesMasked();
  const input: MethodInput<'applications.list'> = {
    ...settled,
    ...(settled.search?.trim() ? {} : { search: undefined }),
    ...(masked ? { masked } : {}),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const list = useApiQuery('applications.list', input);
  const templates = useTemplateOptions();
  const departments = useDepartmentOptions();
  const set = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8}>
        <Input.Search allowClear style={{ width: 240 }} placeholder={t('wf.list.search')} onChange={(e) => set({ search: e.target.value })} />
        <Select allowClear style={{ width: 220 }} placeholder={t('wf.filter.template')} options={templates.options} value={filters.templateId} onChange={(v) => set({ templateId: v })} />
        <Select allowClear style={{ width: 200 }} placeholder={t('wf.filter.department')} options={departments.options} value={filters.department} onChange={(v) => set({ department: v })} />
        <Select allowClear style={{ width: 140 }} placeholder={t('wf.filter.status')} options={statusOptions(t)} value={filters.status} onChange={(v) => set({ status: v })} />
        <Select allowClear style={{ width: 150 }} placeholder={t('wf.filter.light')} options={lightOptions(t)} value={filters.light} onChange={(v) => set({ light: v })} />
        <ParksSelect
          data-testid="applications-parks"
          aria-label={t('wf.filter.park')}
          placeholder={t('wf.filter.park')}
          allowClear
          value={filters.parkIds ?? []}
          onChange={(parkIds) => set({ parkIds: parkIds.length ? parkIds : undefined })}
          style={{ width: 240 }}
        />
        <PeriodTag testId="applications-period" period={filters.period} onClear={() => set({ period: undefined })} />
        <MaskedNamesHint />
        <div style={{ width: 240 }}>
          <EnterprisePicker allowClear placeholder={t('wf.filter.enterprise')} value={filters.enterpriseId ?? null} onChange={(v) => set({ enterpriseId: v })} />
        </div>
        <Button type="primary" icon={<PlusOutlined />} data-testid="application-new" onClick={() => setCreating(true)} style={{ marginLeft: 'auto' }}>
          {t('wf.new')}
        </Button>
      </Flex>
      {list.error !== null && <Alert type="error" showIcon title={errorText(list.error, t)} action={<Button onClick={list.reload}>{t('startup.retry')}</Button>} />}
      <ApplicationsTable
        rows={list.data?.rows ?? []}
        loading={list.loading}
        empty={t('wf.list.empty')}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
      />
      <IntakeDrawer open={creating} onClose={() => setCreating(false)} onCreated={(id) => goTo('workflows', id)} />
    </Flex>
  );
}
