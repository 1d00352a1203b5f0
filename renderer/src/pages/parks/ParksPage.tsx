import { App as AntApp } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { ListPage } from '../../components/ListPage';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { errorText } from '../../i18n/errorText';
import { ParkFormDrawer } from './ParkFormDrawer';
import { ParksTable } from './ParksTable';
import { ParksToolbar } from './ParksToolbar';
import {
  DEFAULT_PAGING,
  DEFAULT_SORT,
  hasFilters,
  toListInput,
  type ParkFilters,
  type ParkPaging,
  type ParkSort,
  type ParkView,
} from './parkTypes';
import { useParkDirectory } from './useParkDirectory';
import { useParkList } from './useParkList';

const SEARCH_DELAY_MS = 300;

/** `park: null` is a new park; the park stays set while the drawer slides shut so its title does not flip. */
interface Editing {
  open: boolean;
  park: ParkView | null;
}

export function ParksPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [filters, setFilters] = useState<ParkFilters>({ search: '' });
  const [sort, setSort] = useState<ParkSort>(DEFAULT_SORT);
  const [paging, setPaging] = useState<ParkPaging>(DEFAULT_PAGING);
  const [editing, setEditing] = useState<Editing>({ open: false, park: null });
  const settledFilters = useDebouncedValue(filters, SEARCH_DELAY_MS);

  const query = useMemo(() => toListInput(settledFilters, sort, paging), [settledFilters, sort, paging]);
  const list = useParkList(query);
  const directory = useParkDirectory();
  const { reload: reloadList } = list;
  const { reload: reloadDirectory } = directory;

  const refresh = useCallback(() => {
    reloadList();
    reloadDirectory();
  }, [reloadList, reloadDirectory]);

  const changeFilters = (next: ParkFilters) => {
    setFilters(next);
    setPaging((p) => (p.page === 1 ? p : { ...p, page: 1 }));
  };

  const deletePark = async (park: ParkView) => {
    try {
      await call('parks.delete', { id: park.id });
      message.success(t('parks.deleted', { name: park.name }));
      refresh();
    } catch (error) {
      message.error(errorText(error, t));
    }
  };

  return (
    <ListPage
      title={t('parks.title')}
      subtitle={t('parks.subtitle')}
      toolbar={<ParksToolbar filters={filters} onChange={changeFilters} onCreate={() => setEditing({ open: true, park: null })} />}
      error={list.error}
      onRetry={list.reload}
      table={
        <ParksTable
          rows={list.rows}
          total={list.total}
          loading={list.loading}
          filtered={hasFilters(settledFilters)}
          sort={sort}
          paging={paging}
          hostOf={(id) => directory.byId.get(id)}
          onSortPage={(nextSort, nextPaging) => {
            setSort(nextSort);
            setPaging(nextPaging);
          }}
          onClearFilters={() => changeFilters({ search: '' })}
          onEdit={(park) => setEditing({ open: true, park })}
          onDelete={deletePark}
        />
      }
    >
      <ParkFormDrawer
        open={editing.open}
        park={editing.park}
        directory={directory.entries}
        onClose={() => setEditing((e) => ({ ...e, open: false }))}
        onSaved={() => {
          setEditing((e) => ({ ...e, open: false }));
          refresh();
        }}
        onGone={() => {
          setEditing((e) => ({ ...e, open: false }));
          refresh();
        }}
      />
    </ListPage>
  );
}
