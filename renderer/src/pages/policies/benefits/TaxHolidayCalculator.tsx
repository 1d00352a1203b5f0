import { Alert, Flex, Input, InputNumber, Select, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { taxHolidayInput } from '../../../../../electron/api/contract/policySchemas';
import { TAX_HOLIDAY_PRESETS, type TaxRegime } from '../../../../../db/reference/policies';
import { call } from '../../../api/client';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { errorText, fieldIssueText } from '../../../i18n/errorText';
import { checkWith } from '../../investment/schemaCheck';
import { regimeLabel } from '../policyLabels';

export interface TaxHolidayValue {
  exemptYears: number;
  halvedYears: number;
  firstProfitYear: number;
  standardRatePercent: string;
}

type Schedule = MethodOutput<'benefits.taxHolidaySchedule'>;
type Preset = keyof typeof TAX_HOLIDAY_PRESETS | 'custom';

const REGIME_COLORS: Record<TaxRegime, string> = { exempt: 'green', halved: 'gold', full: 'default' };

export const DEFAULT_TAX_HOLIDAY: TaxHolidayValue = { exemptYears: 3, halvedYears: 2, firstProfitYear: new Date().getFullYear(), standardRatePercent: '25' };

function presetOf(value: TaxHolidayValue): Preset {
  const found = Object.entries(TAX_HOLIDAY_PRESETS).find(([, p]) => p.exemptYears === value.exemptYears && p.halvedYears === value.halvedYears);
  return (found?.[0] as Preset | undefined) ?? 'custom';
}

/**
 * 三免两减半 and friends: the form keeps the four inputs (saved with the benefit); the year-by-year table is the
 * server's own schedule, so what the user sees here is exactly what is stored.
 */
export function TaxHolidayCalculator({ value = DEFAULT_TAX_HOLIDAY, onChange }: { value?: TaxHolidayValue; onChange?(next: TaxHolidayValue): void }) {
  const { t } = useTranslation();
  const [schedule, setSchedule] = useState<Schedule | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const settled = useDebouncedValue(value, 200);
  const set = (patch: Partial<TaxHolidayValue>) => onChange?.({ ...value, ...patch });

  useEffect(() => {
    let current = true;
    const check = checkWith(taxHolidayInput, settled);
    if (!check.ok) {
      setProblem(check.issues.map((i) => fieldIssueText(i, t)).join(' '));
      return;
    }
    call('benefits.taxHolidaySchedule', check.input).then(
      (next) => current && (setSchedule(next), setProblem(null)),
      (error: unknown) => current && setProblem(errorText(error, t)),
    );
    return () => {
      current = false;
    };
  }, [settled, t]);

  const presets: Preset[] = [...(Object.keys(TAX_HOLIDAY_PRESETS) as Preset[]), 'custom'];
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        <Select<Preset>
          aria-label={t('tax.preset')}
          value={presetOf(value)}
          style={{ width: 140 }}
          options={presets.map((p) => ({ value: p, label: p === 'custom' ? t('tax.custom') : p }))}
          onChange={(p) => p !== 'custom' && set(TAX_HOLIDAY_PRESETS[p])}
          data-testid="tax-holiday-preset"
        />
        <InputNumber aria-label={t('tax.exemptYears')} addonBefore={t('tax.exemptYears')} min={0} max={20} value={value.exemptYears} onChange={(n) => set({ exemptYears: n ?? 0 })} style={{ width: 170 }} />
        <InputNumber aria-label={t('tax.halvedYears')} addonBefore={t('tax.halvedYears')} min={0} max={20} value={value.halvedYears} onChange={(n) => set({ halvedYears: n ?? 0 })} style={{ width: 170 }} />
        <InputNumber aria-label={t('tax.firstProfitYear')} addonBefore={t('tax.firstProfitYear')} min={1980} max={2100} value={value.firstProfitYear} onChange={(n) => set({ firstProfitYear: n ?? 0 })} style={{ width: 200 }} data-testid="tax-holiday-first-year" />
        <Input aria-label={t('tax.rate')} addonBefore={t('tax.rate')} value={value.standardRatePercent} onChange={(e) => set({ standardRatePercent: e.target.value })} style={{ width: 180 }} />
      </Flex>
      {problem && <Alert type="warning" showIcon title={problem} />}
      {schedule && !problem && (
        <Table
          data-testid="tax-holiday-schedule"
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={schedule.years}
          columns={[
            { title: t('tax.col.year'), dataIndex: 'year', key: 'year' },
            { title: t('tax.col.regime'), key: 'regime', render: (_, y) => <Tag color={REGIME_COLORS[y.regime]}>{regimeLabel(y.regime, t)}</Tag> },
            { title: t('tax.col.rate'), key: 'rate', align: 'right', render: (_, y) => `${y.ratePercent} %` },
          ]}
        />
      )}
    </Flex>
  );
}
