import { StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MatrixCell } from './matrixModel';

interface Props {
  cell: MatrixCell;
  countryLabel: string;
  industryLabel: string;
  onOpen(): void;
}

/** One cell: counts, and the focus theme when the park chose this pair; a real button, so Tab and Enter reach it. */
export function MatrixCellButton({ cell, countryLabel, industryLabel, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="matrix-cell"
      data-testid={`matrix-cell-${cell.countryCode}-${cell.division}`}
      aria-label={t('matrix.cellAria', { country: countryLabel, industry: industryLabel, targets: cell.targets, projects: cell.projects })}
      onClick={onOpen}
    >
      {cell.theme && (
        <span className="matrix-theme">
          <StarFilled aria-hidden /> {cell.theme}
        </span>
      )}
      <span className={cell.targets + cell.projects > 0 ? 'matrix-counts' : 'matrix-counts matrix-counts-zero'}>
        {t('matrix.cell', { targets: cell.targets, projects: cell.projects })}
      </span>
    </button>
  );
}
