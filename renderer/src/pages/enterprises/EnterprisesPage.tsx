import { Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseTag } from '../../../../db/reference/investment';
import { useLocaleState } from '../../app/localeContext';
import { ListPage } from '../../components/ListPage';
import { listPagination, ListEmpty } from '../../components/listTable';
import { ListToolbar } from '../../components/ListToolbar';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { tagOptions } from '../investment/investmentLabels';
import { CountrySelect } from '../investment/pickers/CountrySelect';
import { ParkSelect } from '../investment/pickers/ParkSelect';
import { useApiQuery } from '../investment/useApiQuery';
import '../investment/investment.css';
import { useParkDirectory } from '../parks/useParkDirectory';
import { enterpriseColumns, type EnterpriseRow } from './enterpriseColumns';
import { EnterpriseFormDrawer } from './EnterpriseFormDrawer';

interface Filters {
  search: string;
  countryCode?: string;
  tag?: EnterpriseTag;
  parkId?: string;
}

const EMPTY: Filters = { search: '' };

export function EnterprisesPage() {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<{ open: boolean; enterprise: EnterpriseRow | null }>({ open: false, enterprise: null });
  const settled = useDebouncedValue(filters, 300);
  const search = settled.search.trim();
  const list = useApiQuery('enterprises.list', {
    ...(search ? { search } : {}),
    ...(settled.countryCode ? { countryCode: settled.countryCode } : {}),
    ...(settled.tag ? { tag: settled.tag } : {}),
    ...(settled.parkId ? { parkId: settled.parkId } : {}),
    sortBy: 'name',
    sortDir: 'asc',
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });
  const directory = useParkDirectory();
  const filtered = Boolean(search || settled.countryCode || settled.tag || settled.parkId);
  const change = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const clear = () => {
    setFilters(EMPTY);
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const parkLabel = (id: string | null, fallback: string | null) => {
    if (!id) return '—';
    return (locale === 'en' && directory.byId.get(id)?.nameEn) || fallback || '—';
  };

  return (
    <ListPage
      title={t('enterprises.title')}
      subtitle={t('enterprises.subtitle')}
      toolbar={
        <ListToolbar
          search={{ testId: 'enterprises-search', label: t('enterprises.search'), value: filters.search, onChange: (search) => change({ search }), width: 280 }}
          create={{ testId: 'enterprise-new', label: t('enterprises.new'), onClick: () => setEditing({ open: true, enterprise: null }) }}
        >
          <CountrySelect aria-label={t('enterprises.filter.country')} placeholder={t('enterprises.filter.country')} allowClear value={filters.countryCode} onChange={(countryCode) => change({ countryCode })} style={{ width: 180 }} />
          <Select<EnterpriseTag> aria-label={t('enterprises.filter.tag')} placeholder={t('enterprises.filter.tag')} allowClear value={filters.tag} onChange={(tag) => change({ tag })} options={tagOptions(t)} style={{ width: 180 }} />
          <ParkSelect aria-label={t('enterprises.filter.park')} placeholder={t('enterprises.filter.park')} allowClear value={filters.parkId} onChange={(parkId) => change({ parkId })} style={{ width: 220 }} />
        </ListToolbar>
      }
      error={list.error}
      onRetry={list.reload}
      table={
        <div data-testid="enterprises-table">
          <Table<EnterpriseRow>
            rowKey="id"
            columns={enterpriseColumns({ t, locale, parkLabel, onEdit: (enterprise) => setEditing({ open: true, enterprise }) })}
            dataSource={list.data?.rows ?? []}
            loading={list.loading}
            scroll={{ x: 1520 }}
            sticky={{ offsetHeader: 64 }}
            pagination={listPagination(paging, list.data?.total ?? 0, (total) => t('enterprises.total', { count: total }), setPaging)}
            locale={{
              emptyText: <ListEmpty description={t(filtered ? 'enterprises.emptyFiltered' : 'enterprises.empty')} filtered={filtered} onClear={clear} />,
            }}
          />
        </div>
      }
    >
      <EnterpriseFormDrawer
        open={editing.open}
        enterprise={editing.enterprise}
        onClose={() => setEditing((e) => ({ ...e, open: false }))}
        onSaved={() => {
          setEditing((e) => ({ ...e, open: false }));
          list.reload();
        }}
      />
    </ListPage>
  );
}
