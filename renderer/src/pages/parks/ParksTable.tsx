import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { PARK_SORT_FIELDS, type ParkSortField } from '../../../../db/repos/parkSortFields';
import { useLocaleState } from '../../app/localeContext';
import { listPagination, ListEmpty } from '../../components/listTable';
import { parkColumns } from './parkColumns';
import { DEFAULT_SORT, type ParkPaging, type ParkSort, type ParkView } from './parkTypes';
import type { ParkDirectoryEntry } from './useParkDirectory';

interface Props {
  rows: ParkView[];
  total: number;
  loading: boolean;
  filtered: boolean;
  sort: ParkSort;
  paging: ParkPaging;
  hostOf(id: string): ParkDirectoryEntry | undefined;
  onSortPage(sort: ParkSort, paging: ParkPaging): void;
  onClearFilters(): void;
  onEdit(park: ParkView): void;
  onDelete(park: ParkView): Promise<void>;
}

function isSortField(key: unknown): key is ParkSortField {
  return typeof key === 'string' && (PARK_SORT_FIELDS as readonly string[]).includes(key);
}

export function ParksTable(props: Props) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const { sort, paging } = props;

  const handleChange: TableProps<ParkView>['onChange'] = (pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const nextSort: ParkSort =
      single?.order && isSortField(single.columnKey)
        ? { sortBy: single.columnKey, sortDir: single.order === 'ascend' ? 'asc' : 'desc' }
        : DEFAULT_SORT;
    const sortChanged = nextSort.sortBy !== sort.sortBy || nextSort.sortDir !== sort.sortDir;
    const pageSize = pagination.pageSize ?? paging.pageSize;
    // A new order or page size starts again at page 1, as users expect from a sorted list.
    const page = sortChanged || pageSize !== paging.pageSize ? 1 : (pagination.current ?? 1);
    props.onSortPage(nextSort, { page, pageSize });
  };

  return (
    <div data-testid="parks-table">
      <Table<ParkView>
        rowKey="id"
        columns={parkColumns({ t, locale, sort, hostOf: props.hostOf, onEdit: props.onEdit, onDelete: props.onDelete })}
        dataSource={props.rows}
        loading={props.loading}
        onChange={handleChange}
        scroll={{ x: 1500 }}
        // The app header is sticky too (64 px); the column titles stop right below it.
        sticky={{ offsetHeader: 64 }}
        pagination={listPagination(paging, props.total, (total) => t('parks.total', { count: total }))}
        locale={{
          emptyText: (
            <ListEmpty
              description={t(props.filtered ? 'parks.emptyFiltered' : 'parks.empty')}
              filtered={props.filtered}
              onClear={props.onClearFilters}
              clearLabel={t('parks.clearFilters')}
            />
          ),
        }}
      />
    </div>
  );
}
