import { InputNumber, Tooltip } from 'antd';
import { formatCell, formatInputNumber } from '../shared/formatCell';
import type { CellValue } from '../shared/reportTypes';

interface Props {
  value: CellValue;
  decimals: number;
  editable: boolean;
  manual: boolean;
  /** Problem messages at this cell (from 校验); the cell is outlined red and says why on hover. */
  problems: string[];
  /** Read by screen readers and tests: "实际使用外资 本月". */
  label: string;
  yes: string;
  no: string;
  onChange(value: number | null): void;
}

/** One data cell of the form: computed cells read-only on grey, cells the park fills in are inputs. */
export function ReportCellInput({ value, decimals, editable, manual, problems, label, yes, no, onChange }: Props) {
  const classes = ['rp-cell', editable ? 'rp-cell-editable' : 'rp-cell-computed', manual ? 'rp-cell-manual' : '', problems.length ? 'rp-cell-problem' : '']
    .filter(Boolean)
    .join(' ');
  const content = editable ? (
    <InputNumber<number>
      aria-label={label}
      size="small"
      variant="borderless"
      style={{ width: '100%' }}
      precision={decimals}
      formatter={(v, info) => formatInputNumber(v, decimals, info.userTyping)}
      // The parser hands back text without separators; rc-input-number turns it into a number (empty stays empty).
      parser={(v) => (v ?? '').replace(/,/g, '') as unknown as number}
      value={typeof value === 'number' ? value : null}
      onChange={(v) => onChange(v ?? null)}
    />
  ) : (
    <span aria-label={label}>{formatCell(value, decimals, yes, no)}</span>
  );
  return (
    <td className={classes} data-cell={label} aria-invalid={problems.length > 0 || undefined}>
      {problems.length ? <Tooltip title={problems.join('；')}>{content}</Tooltip> : content}
    </td>
  );
}
