import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../db/reference/countries';
import { EChart } from '../../components/charts/EChart';
import type { EChartsOption } from '../../components/charts/echartsCore';
import { industryLabel, industryShortLabel } from '../investment/industryOptions';
import { useApiQuery } from '../investment/useApiQuery';
import { ChartCard } from './ChartCard';
import { openRecords, wanValue, type DashboardInput } from './dashboardScope';

interface Props {
  by: 'source' | 'industry';
  input: DashboardInput;
  locale: 'zh-CN' | 'en';
  height: number;
}

/** 合同外资 by source country or by industry division, largest on top; a click lists those projects. */
export function InvestmentBars({ by, input, locale, height }: Props) {
  const { t } = useTranslation();
  const query = useApiQuery(by === 'source' ? 'dashboard.investmentBySource' : 'dashboard.investmentByIndustry', input);
  const rows = query.data?.rows ?? [];
  const title = t(by === 'source' ? 'dash.source.title' : 'dash.industry.title');
  const option = useMemo<EChartsOption>(() => {
    // The tooltip and the screen-reader text carry the full name; the axis a short one, and English industry
    // names ("Electrical machinery and equipment") get more room than the Chinese.
    const names = rows.map((r) => (by === 'source' ? countryName(r.key, locale) : industryLabel(r.key, locale)));
    const axisNames = by === 'source' ? names : rows.map((r) => industryShortLabel(r.key, locale));
    const labelWidth = by === 'industry' && locale === 'en' ? 170 : 120;
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: names, axisLabel: { width: labelWidth, overflow: 'truncate', formatter: (_: string, i: number) => axisNames[i] ?? '' } },
      series: [{ name: title, type: 'bar', data: rows.map((r) => wanValue(r.contractedUsd)), colorBy: 'data' }],
    };
  }, [rows, by, locale, title]);
  return (
    <ChartCard title={title} testId={`dash-${by}`} loaded={query.data !== null} error={query.error} empty={query.data && rows.length === 0 ? t('dash.invest.empty') : null}>
      <EChart option={option} locale={locale} height={height} ariaLabel={title} onClick={({ dataIndex }) => rows[dataIndex] && openRecords(rows[dataIndex].link)} />
    </ChartCard>
  );
}
