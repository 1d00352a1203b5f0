import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DryRun } from './useImportFlow';

type Problem = DryRun['problems'][number];

/** Column letters sort as Excel orders them: Z before AA. */
const columnOrder = (c: string) => c.length * 1000 + c.localeCompare('A');

/** 工作表 / 行 / 列 / 问题, sortable, so the user can walk the workbook top to bottom. */
export function ImportProblemsTable({ problems }: { problems: Problem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<Problem>
      size="small"
      rowKey={(p) => `${p.sheet}|${p.row}|${p.column}|${p.message}`}
      dataSource={problems}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="imp-problems"
      columns={[
        { title: t('imp.col.sheet'), dataIndex: 'sheet', width: 180, sorter: (a, b) => a.sheet.localeCompare(b.sheet) },
        { title: t('imp.col.row'), dataIndex: 'row', width: 80, align: 'right', sorter: (a, b) => a.row - b.row, defaultSortOrder: 'ascend' },
        { title: t('imp.col.column'), dataIndex: 'column', width: 80, sorter: (a, b) => columnOrder(a.column) - columnOrder(b.column) },
        { title: t('imp.col.problem'), key: 'message', render: (_, p) => (i18n.language === 'en' && p.messageEn ? p.messageEn : p.message) },
      ]}
    />
  );
}
