import { DatePicker } from 'antd';
import { useTranslation } from 'react-i18next';
import { dateOfPeriod, periodOf } from '../shared/periods';
import type { PeriodKind } from '../shared/reportTypes';

const FORMATS: Record<PeriodKind, string> = { month: 'YYYY-MM', quarter: 'YYYY-[Q]Q', year: 'YYYY' };

/** Month, quarter or year picker by the form's period kind; typing "2026-10" and Tab works too. */
export function PeriodPicker({ kind, value, onChange }: { kind: PeriodKind; value: string | undefined; onChange(period: string | undefined): void }) {
  const { t } = useTranslation();
  return (
    <DatePicker
      picker={kind}
      format={FORMATS[kind]}
      value={dateOfPeriod(kind, value)}
      placeholder={t(`rp.pick.${kind}`)}
      onChange={(d) => onChange(d ? periodOf(kind, d) : undefined)}
      allowClear={false}
      aria-label={t('rp.pick.period')}
      data-testid="rp-period"
      style={{ width: 150 }}
    />
  );
}
