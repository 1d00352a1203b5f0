import { Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../app/localeContext';
import { goTo } from '../../app/routes';
import { ListPage } from '../../components/ListPage';
import { listPagination, ListEmpty } from '../../components/listTable';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { today } from '../investment/formFieldProps';
import '../investment/investment.css';
import { useApiQuery } from '../investment/useApiQuery';
import { useParkDirectory } from '../parks/useParkDirectory';
import { TARGET_TABLE_WIDTH, targetColumns } from './targetColumns';
import { TargetFormDrawer } from './TargetFormDrawer';
import { EMPTY_TARGET_FILTERS, filtersFromParams, hasTargetFilters, toTargetQuery, type TargetFilters, type TargetListRow } from './targetQuery';
import { TargetsToolbar } from './TargetsToolbar';

/** `initial`: filters handed over in the address, e.g. by a click on a matrix cell. */
export function TargetsPage({ initial }: { initial: Record<string, string> }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const [filters, setFilters] = useState<TargetFilters>(() => filtersFromParams(initial));
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const settled = useDebouncedValue(filters, 300);
  const query = useMemo(() => toTargetQuery(settled, paging), [settled, paging]);
  const list = useApiQuery('targets.list', query);
  const directory = useParkDirectory();
  const filtered = hasTargetFilters(settled);
  const change = (next: TargetFilters) => {
    setFilters(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const parkLabel = (id: string | null) => {
    const park = id ? directory.byId.get(id) : undefined;
    return park ? (locale === 'en' && park.nameEn) || park.name : '—';
  };

  return (
    <ListPage
      title={t('targets.title')}
      subtitle={t('targets.subtitle')}
      toolbar={<TargetsToolbar filters={filters} onChange={change} onCreate={() => setCreating(true)} />}
      error={list.error}
      onRetry={list.reload}
      table={
        <div data-testid="targets-table">
          <Table<TargetListRow>
            rowKey="id"
            columns={targetColumns({ t, locale, today: today(), parkLabel })}
            dataSource={list.data?.rows ?? []}
            loading={list.loading}
            scroll={{ x: TARGET_TABLE_WIDTH }}
            sticky={{ offsetHeader: 64 }}
            pagination={listPagination(paging, list.data?.total ?? 0, (total) => t('targets.total', { count: total }), setPaging)}
            locale={{
              emptyText: <ListEmpty description={t(filtered ? 'targets.emptyFiltered' : 'targets.empty')} filtered={filtered} onClear={() => change(EMPTY_TARGET_FILTERS)} />,
            }}
          />
        </div>
      }
    >
      <TargetFormDrawer
        open={creating}
        target={null}
        onClose={() => setCreating(false)}
        onSaved={(saved) => {
          setCreating(false);
          goTo('targets', saved.id);
        }}
      />
    </ListPage>
  );
}
