import { Table, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCell } from '../shared/formatCell';
import { cellKey, type CellValue, type ListSheet } from '../shared/reportTypes';

/** Screen pixels per Excel column-width unit: wide enough that an 18-character credit code shows whole in its 20-unit column. */
const PX_PER_CHAR = 10;

type Record_ = Record<string, CellValue> & { __row: number };

interface Props {
  sheet: ListSheet;
  records: Record<string, CellValue>[];
  problemsAt: Map<string, string[]>;
  /** Long lists (the T2 ledger) render only the rows in view. */
  virtual: boolean;
}

/** Columns under their group header, as the form's merged two-level header. */
function grouped<T>(sheet: ListSheet, leaf: (column: ListSheet['columns'][number]) => TableColumnsType<T>[number]): TableColumnsType<T> {
  const out: TableColumnsType<T> = [];
  for (const column of sheet.columns) {
    const last = out.at(-1) as { title?: unknown; children?: TableColumnsType<T> } | undefined;
    if (column.group && last?.children && last.title === column.group) last.children.push(leaf(column));
    else if (column.group) out.push({ title: column.group, children: [leaf(column)] });
    else out.push(leaf(column));
  }
  return out;
}

/** A list sheet (T2 ledger, T1's project list) read-only: it mirrors the register, edited on the projects' pages. */
export function ListSheetTable({ sheet, records, problemsAt, virtual }: Props) {
  const { t } = useTranslation();
  const rows: Record_[] = records.map((r, i) => ({ ...r, __row: i + 1 }));
  const columns = grouped<Record_>(sheet, (column) => ({
    title: column.header,
    dataIndex: column.key,
    key: column.key,
    width: Math.round(column.width * PX_PER_CHAR),
    ellipsis: true,
    align: column.type === 'number' || column.type === 'integer' ? 'right' : 'left',
    render: (value: CellValue, record: Record_) => {
      const problems = problemsAt.get(cellKey(`${sheet.key}.${record.__row}`, column.key)) ?? [];
      const text = formatCell(value ?? null, column.decimals ?? (column.type === 'number' ? 2 : 0), t('rp.yes'), t('rp.no'));
      return problems.length ? (
        <Tooltip title={problems.join('；')}>
          <span className="rp-cell-problem-text">{text || '—'}</span>
        </Tooltip>
      ) : (
        text
      );
    },
  }));
  const width = sheet.columns.reduce((sum, c) => sum + Math.round(c.width * PX_PER_CHAR), 0);
  return (
    <Table<Record_>
      size="small"
      bordered
      className="rp-list-table"
      rowKey="__row"
      columns={columns}
      dataSource={rows}
      pagination={false}
      virtual={virtual}
      scroll={{ x: width, y: virtual ? 520 : undefined }}
      locale={{ emptyText: t('rp.fill.listEmpty') }}
      data-testid={`rp-list-${sheet.key}`}
    />
  );
}
