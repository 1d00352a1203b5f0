import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, isIndicatorRow, isValueColumn, type CellValue, type IndicatorRow, type IndicatorSheet, type LabelColumn, type SubmissionView } from '../shared/reportTypes';
import { ReportCellInput } from './ReportCellInput';
import type { ManualEdits } from './useSubmission';

interface Props {
  sheet: IndicatorSheet;
  view: SubmissionView;
  edits: ManualEdits;
  problemsAt: Map<string, string[]>;
  onCell(row: string, column: string, value: number | null): void;
}

function labelText(column: LabelColumn, row: IndicatorRow): string {
  switch (column.label) {
    case 'name':
      return row.name;
    case 'unit':
      return row.unit;
    case 'code':
      return row.code ?? '';
    default:
      return row[column.label] ?? '';
  }
}

/** Upper header cells: a group spans its consecutive columns; a column without a group spans both header rows. */
function headerBands(columns: IndicatorSheet['columns']) {
  const bands: { text: string; span: number; grouped: boolean }[] = [];
  for (const column of columns) {
    const group = isValueColumn(column) ? column.group : undefined;
    const last = bands.at(-1);
    if (group && last?.grouped && last.text === group) last.span += 1;
    else bands.push({ text: group ?? column.header, span: 1, grouped: Boolean(group) });
  }
  return bands;
}

/**
 * The main sheet as the government form prints it: 甲 乙 丙 label columns, numbered data columns under a merged
 * two-level header, heading lines inside the rows.
 */
export function IndicatorSheetTable({ sheet, view, edits, problemsAt, onCell }: Props) {
  const { t } = useTranslation();
  const cells = new Map(view.cells.map((c) => [cellKey(c.row, c.column), c]));
  const twoLevels = sheet.columns.some((c) => isValueColumn(c) && c.group);
  const bands = headerBands(sheet.columns);
  return (
    <table className="rp-form-table" data-testid="rp-indicator-table">
      <thead>
        <tr>
          {bands.map((band, i) => (
            <th key={i} colSpan={band.span} rowSpan={twoLevels && !band.grouped ? 2 : 1}>
              {band.text}
            </th>
          ))}
        </tr>
        {twoLevels && (
          <tr>
            {sheet.columns.filter((c) => isValueColumn(c) && c.group).map((c) => (
              <th key={c.header}>{c.header}</th>
            ))}
          </tr>
        )}
        <tr className="rp-marks">
          {sheet.columns.map((c) => (
            <th key={c.mark}>{c.mark}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sheet.rows.map((row, i) => {
          if (!isIndicatorRow(row)) {
            return (
              <tr key={`h${i}`} className="rp-heading-row">
                <td colSpan={sheet.columns.length}>{row.heading}</td>
              </tr>
            );
          }
          return (
            <tr key={row.key} data-row={row.key}>
              {sheet.columns.map((column) => {
                if (!isValueColumn(column)) {
                  const indent = column.label === 'name' ? { paddingLeft: 8 + row.indent * 16 } : undefined;
                  return (
                    <td key={column.label} className={`rp-label rp-label-${column.label}`} style={indent}>
                      {labelText(column, row)}
                    </td>
                  );
                }
                const key = cellKey(row.key, column.key);
                const cell = cells.get(key);
                const typed = edits[row.key]?.[column.key];
                const fallback: CellValue = column.key === 'target' && row.target ? row.target.value : null;
                const value = typed !== undefined ? typed : (cell?.value ?? fallback);
                return (
                  <Fragment key={column.key}>
                    <ReportCellInput
                      value={value}
                      decimals={column.decimals ?? row.decimals}
                      editable={cell?.editable ?? false}
                      manual={cell?.source === 'manual' || typed !== undefined}
                      problems={problemsAt.get(key) ?? []}
                      label={`${row.name} ${column.header}`}
                      yes={t('rp.yes')}
                      no={t('rp.no')}
                      onChange={(v) => onCell(row.key, column.key, v)}
                    />
                  </Fragment>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
