import { Alert, Checkbox, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { MaskedNamesHint, useNamesMasked } from '../../../components/MaskedNamesHint';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { errorText } from '../../../i18n/errorText';
import { ParksSelect } from '../../investment/pickers/ParksSelect';
import { useApiQuery } from '../../investment/useApiQuery';
import { domainOptions, itemStatusLabel } from '../checklistLabels';
import { domainFiltersFromParams, OPEN_STATUSES, toOpenItemsQuery, type DomainItemFilters } from './domainItemFilters';
import { domainItemColumns } from './domainItemColumns';

/**
 * All open items across the parks for one domain's staff (customs desk, 外事 desk…), filtered in SQL. The
 * dashboard links here with `?tab=domain&overdue=1&park=<id>,<id>`, which preset the filters.
 */
export function DomainItemsTab({ linkParams = {} }: { linkParams?: Record<string, string> }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  // The assignee is typed into its own box and reaches the query once settled.
  const [filters, setFilters] = useState<Omit<DomainItemFilters, 'assignee'>>(() => domainFiltersFromParams(linkParams));
  const [assignee, setAssignee] = useState('');
  const settledAssignee = useDebouncedValue(assignee.trim(), 300);
  const set = (patch: Partial<Omit<DomainItemFilters, 'assignee'>>) => setFilters((f) => ({ ...f, ...patch }));
  const masked = useNamesMasked();
  const query = useApiQuery('checklistItems.open', { ...toOpenItemsQuery({ ...filters, assignee: settledAssignee }), ...(masked ? { masked } : {}), limit: 500 });
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('cl.domain.filterDomain')}
          value={filters.domain}
          onChange={(domain) => set({ domain })}
          options={domainOptions(t)}
          data-testid="domain-filter"
        />
        <ParksSelect
          data-testid="domain-parks"
          aria-label={t('cl.domain.filterPark')}
          placeholder={t('cl.domain.filterPark')}
          allowClear
          value={filters.parkIds ?? []}
          onChange={(parkIds) => set({ parkIds: parkIds.length ? parkIds : undefined })}
          style={{ width: 460 }}
        />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('cl.domain.filterStatus')}
          value={filters.status}
          onChange={(status) => set({ status })}
          options={OPEN_STATUSES.map((value) => ({ value, label: itemStatusLabel(value, t) }))}
        />
        <Input allowClear style={{ width: 160 }} placeholder={t('cl.domain.assignee')} value={assignee} onChange={(e) => setAssignee(e.target.value)} />
        <Checkbox checked={filters.overdueOnly} onChange={(e) => set({ overdueOnly: e.target.checked })} data-testid="domain-overdue-only">
          {t('cl.domain.overdueOnly')}
        </Checkbox>
        {query.data && <Typography.Text type="secondary">{t('cl.domain.total', { count: query.data.total })}</Typography.Text>}
        <MaskedNamesHint />
      </Flex>
      {query.error ? <Alert type="error" showIcon title={errorText(query.error, t)} /> : null}
      <Table
        data-testid="domain-items-table"
        rowKey="id"
        size="small"
        loading={query.loading}
        dataSource={query.data?.rows ?? []}
        columns={domainItemColumns(t, locale)}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        rowClassName={(row) => (row.status === 'blocked' ? 'cl-row-blocked' : row.overdue ? 'cl-row-overdue' : '')}
        scroll={{ x: 1100 }}
      />
    </Flex>
  );
}
