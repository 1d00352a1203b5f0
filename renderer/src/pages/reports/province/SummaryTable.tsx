import { Flex, Segmented, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCell } from '../shared/formatCell';
import { isIndicatorRow, isValueColumn, type CellValue, type ReportTemplate } from '../shared/reportTypes';
import type { ConsolidationRun } from './useConsolidation';

type Park = ConsolidationRun['parks'][number];
type Line = { key: string; unit: string; fileName: string; values: Record<string, CellValue>; total: boolean };

/** Columns that add up across parks; growth rates do not. */
const NOT_SUMMED = new Set(['yoy', 'growth']);

/** Sums in hundredths (integers), as the summary workbook does: 0.1 + 0.2 stays 0.30. */
function totalOf(parks: Park[], row: string, column: string): number | null {
  const figures = parks.map((p) => p.values[row]?.[column]).filter((v): v is number => typeof v === 'number');
  return figures.length ? figures.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100 : null;
}

/** Parks as rows, indicators as columns, for one chosen figure (本月, 本年累计 …), with the 合计 row last. */
export function SummaryTable({ template, parks }: { template: ReportTemplate; parks: Park[] }) {
  const { t } = useTranslation();
  const sheet = template.sheets.find((s) => s.kind === 'indicators');
  const figures = sheet && sheet.kind === 'indicators' ? sheet.columns.filter(isValueColumn).filter((c) => !NOT_SUMMED.has(c.key)) : [];
  const [figure, setFigure] = useState(figures[0]?.key ?? '');
  if (!sheet || sheet.kind !== 'indicators') return null;
  const rows = sheet.rows.filter(isIndicatorRow);
  const lines: Line[] = parks.map((p) => ({
    key: p.fileName,
    unit: p.reportingUnit,
    fileName: p.fileName,
    total: false,
    values: Object.fromEntries(rows.map((r) => [r.key, p.values[r.key]?.[figure] ?? null])),
  }));
  lines.push({ key: '__total', unit: t('prov.total'), fileName: '', total: true, values: Object.fromEntries(rows.map((r) => [r.key, totalOf(parks, r.key, figure)])) });
  const columns: TableColumnsType<Line> = [
    { title: t('prov.col.unit'), dataIndex: 'unit', fixed: 'left', width: 220, render: (v: string, line) => (line.total ? <strong>{v}</strong> : v) },
    ...rows.map((r) => ({
      title: `${r.code ? `${r.code} ` : ''}${r.name}（${r.unit}）`,
      key: r.key,
      width: 130,
      align: 'right' as const,
      render: (_: unknown, line: Line) => formatCell(line.values[r.key] ?? null, r.decimals, '', ''),
    })),
  ];
  return (
    <Flex vertical gap={8}>
      <Segmented value={figure} onChange={(v) => setFigure(String(v))} options={figures.map((c) => ({ value: c.key, label: c.header }))} data-testid="prov-figure" />
      <Table<Line>
        size="small"
        bordered
        rowKey="key"
        dataSource={lines}
        columns={columns}
        pagination={false}
        scroll={{ x: 220 + rows.length * 130 }}
        rowClassName={(line) => (line.total ? 'prov-total-row' : '')}
        data-testid="prov-summary"
      />
    </Flex>
  );
}
