import { Button, Empty, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ListPaging {
  page: number;
  pageSize: number;
}

/**
 * The pager under a list page's table: 20/50/100 a page and the total in words. With `onChange`, a new page
 * size starts again at page 1; without, the table's own onChange handles paging (as when it also sorts).
 */
export function listPagination(
  paging: ListPaging,
  total: number,
  showTotal: (total: number) => string,
  onChange?: (paging: ListPaging) => void,
): TablePaginationConfig {
  return {
    current: paging.page,
    pageSize: paging.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [20, 50, 100],
    showTotal,
    ...(onChange ? { onChange: (page: number, pageSize: number) => onChange({ page: pageSize === paging.pageSize ? page : 1, pageSize }) } : {}),
  };
}

interface EmptyProps {
  /** Already translated: "nothing yet", or "nothing matches" when filtered. */
  description: string;
  filtered: boolean;
  onClear(): void;
  /** Defaults to the common "clear filters". */
  clearLabel?: string;
}

/** What an empty list table shows; when filters hide everything, a button to clear them. */
export function ListEmpty({ description, filtered, onClear, clearLabel }: EmptyProps) {
  const { t } = useTranslation();
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
      {filtered && <Button onClick={onClear}>{clearLabel ?? t('common.clearFilters')}</Button>}
    </Empty>
  );
}
