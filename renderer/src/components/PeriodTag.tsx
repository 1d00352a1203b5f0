import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthRange } from '../app/listScopeParams';

/** The month range a list is cut to (set by a dashboard link), shown in its toolbar; closing it removes the filter. */
export function PeriodTag({ period, onClear, testId }: { period: MonthRange | undefined; onClear(): void; testId: string }) {
  const { t } = useTranslation();
  if (!period) return null;
  const label = t('common.periodTag', { from: period.from, to: period.to });
  return (
    <Tag data-testid={testId} closable onClose={onClear} color="blue" aria-label={label}>
      {label}
    </Tag>
  );
}
