import { Flex, Spin, Table, Typography, type GetRef, type TableProps } from 'antd';
import { useEffect, useRef, useState, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../app/localeContext';
import { ListEmpty } from '../../components/listTable';
import { PROJECT_SORT_FIELDS } from '../../../../electron/api/contract/projectSchemas';
import { projectColumns, PROJECT_TABLE_WIDTH } from './projectColumns';
import { DEFAULT_SORT, type ProjectListRow, type ProjectSort, type ProjectSortField } from './projectQuery';
import type { ProjectRowsState } from './useProjectRows';

interface Props {
  list: ProjectRowsState;
  filtered: boolean;
  sort: ProjectSort;
  parkLabel(id: string, fallback: string): string;
  onSort(sort: ProjectSort): void;
  onClearFilters(): void;
}

/** Start fetching the next window this many pixels before the end, so scrolling rarely meets the bottom. */
const PREFETCH_PX = 600;

/** Header, title, toolbar, column titles and the count line take this much of the window's height. */
const BESIDE_TABLE_PX = 440;

function isSortField(key: unknown): key is ProjectSortField {
  return typeof key === 'string' && (PROJECT_SORT_FIELDS as readonly string[]).includes(key);
}

/** The table fills the window below the toolbar; a virtual table needs its height as a number. */
function useBodyHeight(): number {
  const [height, setHeight] = useState(() => Math.max(320, window.innerHeight - BESIDE_TABLE_PX));
  useEffect(() => {
    const follow = () => setHeight(Math.max(320, window.innerHeight - BESIDE_TABLE_PX));
    window.addEventListener('resize', follow);
    return () => window.removeEventListener('resize', follow);
  }, []);
  return height;
}

/**
 * Virtualised: only the rows in view are in the DOM, and rows arrive a window at a time as the user scrolls,
 * so 100 000 projects scroll as smoothly as ten.
 */
export function ProjectsTable({ list, filtered, sort, parkLabel, onSort, onClearFilters }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const height = useBodyHeight();
  const tableRef = useRef<GetRef<typeof Table>>(null);

  // A new query shows its first rows from the top, not from where the old list was scrolled to.
  const firstRow = list.rows[0]?.id;
  useEffect(() => {
    if (!list.loading) tableRef.current?.scrollTo({ top: 0 });
  }, [list.loading, firstRow]);

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const target = event.currentTarget as HTMLDivElement | null;
    if (!target || typeof target.scrollTop !== 'number') return;
    if (target.scrollHeight - target.scrollTop - target.clientHeight < PREFETCH_PX) list.loadMore();
  };

  const handleChange: TableProps<ProjectListRow>['onChange'] = (_pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    onSort(
      single?.order && isSortField(single.columnKey)
        ? { sortBy: single.columnKey, sortDir: single.order === 'ascend' ? 'asc' : 'desc' }
        : DEFAULT_SORT,
    );
  };

  return (
    <div data-testid="projects-table">
      <Table<ProjectListRow>
        ref={tableRef}
        virtual
        rowKey="id"
        size="middle"
        columns={projectColumns({ t, sort, parkLabel, locale })}
        dataSource={list.rows}
        loading={list.loading}
        pagination={false}
        scroll={{ x: PROJECT_TABLE_WIDTH, y: height }}
        onScroll={onScroll}
        onChange={handleChange}
        locale={{
          emptyText: <ListEmpty description={t(filtered ? 'projects.emptyFiltered' : 'projects.empty')} filtered={filtered} onClear={onClearFilters} />,
        }}
      />
      <Flex justify="space-between" align="center" className="projects-footer">
        <Typography.Text type="secondary" data-testid="projects-count">
          {t('common.loadedOf', { loaded: list.rows.length.toLocaleString(locale), total: list.total.toLocaleString(locale) })}
        </Typography.Text>
        {list.loadingMore && <Spin size="small" description={t('common.loadingMore')} />}
      </Flex>
    </div>
  );
}
