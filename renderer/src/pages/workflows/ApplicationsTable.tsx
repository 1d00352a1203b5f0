import { Empty, Table, type TablePaginationConfig } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationColumns } from './applicationColumns';
import type { ApplicationSummary } from './workflowTypes';

interface Props {
  rows: readonly ApplicationSummary[];
  loading: boolean;
  empty: string;
  pagination?: TablePaginationConfig | false;
}

export function ApplicationsTable({ rows, loading, empty, pagination = false }: Props) {
  const { t, i18n } = useTranslation();
  // Rebuilt when the language changes, so the column titles follow it.
  const columns = useMemo(() => applicationColumns(t), [t, i18n.language]);
  return (
    <Table<ApplicationSummary>
      data-testid="applications-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={pagination}
      scroll={{ x: 1000 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
    />
  );
}
