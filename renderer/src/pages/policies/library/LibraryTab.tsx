import { Flex, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyCategory, PolicyLevel, PolicyStatus } from '../../../../../db/reference/policies';
import { goTo } from '../../../app/routes';
import { listPagination, ListEmpty } from '../../../components/listTable';
import { ListToolbar } from '../../../components/ListToolbar';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useApiQuery } from '../../investment/useApiQuery';
import { LoadError } from '../LoadError';
import { categoryOptions, levelOptions, statusOptions } from '../policyLabels';
import { libraryColumns, type PolicyListRow } from './libraryColumns';

type SortBy = 'updatedAt' | 'issuedOn' | 'effectiveOn' | 'title';

interface Filters {
  search: string;
  issuer: string;
  level?: PolicyLevel;
  category?: PolicyCategory;
  status?: PolicyStatus;
  unit?: string;
  sortBy: SortBy;
}

const EMPTY: Filters = { search: '', issuer: '', sortBy: 'updatedAt' };
const SORTS: readonly SortBy[] = ['updatedAt', 'issuedOn', 'effectiveOn', 'title'];

/** 政策库: every policy with its derived status; filtering and sorting happen in SQL. */
export function LibraryTab() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const settled = useDebouncedValue(filters, 300);
  const search = settled.search.trim();
  const issuer = settled.issuer.trim();
  const list = useApiQuery('policies.list', {
    ...(search ? { search } : {}),
    ...(issuer ? { issuer } : {}),
    ...(settled.level ? { level: settled.level } : {}),
    ...(settled.category ? { category: settled.category } : {}),
    ...(settled.status ? { status: settled.status } : {}),
    ...(settled.unit ? { unit: settled.unit } : {}),
    sortBy: settled.sortBy,
    sortDir: settled.sortBy === 'title' ? 'asc' : 'desc',
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });
  const units = useApiQuery('policies.units', {});
  const filtered = Boolean(search || issuer || settled.level || settled.category || settled.status || settled.unit);
  const change = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const clear = () => change(EMPTY);

  return (
    <Flex vertical gap={16}>
      <ListToolbar
        search={{ testId: 'policies-list-search', label: t('pol.search'), value: filters.search, onChange: (value) => change({ search: value }), width: 200 }}
        create={{ testId: 'policy-import-open', label: t('pol.new'), onClick: () => goTo('policies', null, { tab: 'import' }) }}
      >
        <Select<PolicyLevel> aria-label={t('pol.filter.level')} placeholder={t('pol.filter.level')} allowClear value={filters.level} onChange={(level) => change({ level })} options={levelOptions(t)} style={{ width: 120 }} />
        <Select<PolicyCategory> aria-label={t('pol.filter.category')} placeholder={t('pol.filter.category')} allowClear value={filters.category} onChange={(category) => change({ category })} options={categoryOptions(t)} style={{ width: 140 }} />
        <Select<PolicyStatus> aria-label={t('pol.filter.status')} placeholder={t('pol.filter.status')} allowClear value={filters.status} onChange={(status) => change({ status })} options={statusOptions(t)} style={{ width: 130 }} data-testid="policies-filter-status" />
        <Input aria-label={t('pol.filter.issuer')} placeholder={t('pol.filter.issuer')} allowClear value={filters.issuer} onChange={(e) => change({ issuer: e.target.value })} style={{ width: 150 }} />
        <Select<string>
          aria-label={t('pol.filter.unit')}
          placeholder={t('pol.filter.unit')}
          allowClear
          showSearch
          value={filters.unit}
          onChange={(unit) => change({ unit })}
          options={(units.data ?? []).map((u) => ({ value: u.unit, label: `${u.unit}（${u.clauses}）` }))}
          style={{ width: 180 }}
        />
        <Select<SortBy> aria-label={t('pol.sort.updatedAt')} value={filters.sortBy} onChange={(sortBy) => change({ sortBy })} options={SORTS.map((s) => ({ value: s, label: t(`pol.sort.${s}`) }))} style={{ width: 140 }} />
      </ListToolbar>
      <LoadError error={list.error} onRetry={list.reload} />
      <div data-testid="policies-table">
        <Table<PolicyListRow>
          rowKey="id"
          columns={libraryColumns(t)}
          dataSource={list.data?.rows ?? []}
          loading={list.loading}
          scroll={{ x: 1540 }}
          pagination={listPagination(paging, list.data?.total ?? 0, (total) => t('pol.total', { count: total }), setPaging)}
          locale={{ emptyText: <ListEmpty description={t(filtered ? 'pol.emptyFiltered' : 'pol.empty')} filtered={filtered} onClear={clear} /> }}
        />
      </div>
    </Flex>
  );
}
