import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart';
import type { EChartsOption } from '../../components/charts/echartsCore';
import { useApiQuery } from '../investment/useApiQuery';
import { ChartCard } from './ChartCard';
import { openRecords, wanValue, type DashboardInput } from './dashboardScope';

/** Several parks side by side: money on the left axis, counts on the right; a click lists the park's projects. */
export function ParkComparisonChart({ input, locale, height }: { input: DashboardInput; locale: 'zh-CN' | 'en'; height: number }) {
  const { t } = useTranslation();
  const query = useApiQuery('dashboard.parkComparison', input);
  const rows = query.data?.rows ?? [];
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 64, right: 48, top: 40, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: rows.map((r) => (locale === 'en' && r.parkNameEn ? r.parkNameEn : r.parkName)),
        axisLabel: { interval: 0, width: 96, overflow: 'break', fontSize: 11 },
      },
      yAxis: [{ type: 'value', name: t('unit.wanUsd') }, { type: 'value', minInterval: 1, splitLine: { show: false } }],
      series: [
        { name: t('dash.compare.utilised'), type: 'bar', data: rows.map((r) => wanValue(r.utilisedUsd)) },
        { name: t('dash.compare.contracted'), type: 'bar', data: rows.map((r) => wanValue(r.contractedUsd)) },
        { name: t('dash.compare.projects'), type: 'line', yAxisIndex: 1, data: rows.map((r) => r.projects) },
        { name: t('dash.compare.fortune500'), type: 'line', yAxisIndex: 1, data: rows.map((r) => r.fortune500) },
      ],
    }),
    [rows, locale, t],
  );
  return (
    <ChartCard title={t('dash.compare.title')} testId="dash-compare" loaded={query.data !== null} error={query.error} empty={query.data && rows.length === 0 ? t('dash.compare.empty') : null}>
      <EChart option={option} locale={locale} height={height} ariaLabel={t('dash.compare.title')} onClick={({ dataIndex }) => rows[dataIndex] && openRecords(rows[dataIndex].link)} />
    </ChartCard>
  );
}
