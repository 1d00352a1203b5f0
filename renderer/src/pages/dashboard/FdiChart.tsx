import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart';
import type { EChartsOption } from '../../components/charts/echartsCore';
import { useApiQuery } from '../investment/useApiQuery';
import { wan } from '../investment/wanText';
import { ChartCard } from './ChartCard';
import { openRecords, wanValue, type DashboardInput } from './dashboardScope';

/** 实到外资 by month as bars, last year's same months beside them, and the year-on-year growth as a line. */
export function FdiChart({ input, locale, height }: { input: DashboardInput; locale: 'zh-CN' | 'en'; height: number }) {
  const { t } = useTranslation();
  const query = useApiQuery('dashboard.fdiByMonth', input);
  const data = query.data;
  const option = useMemo<EChartsOption>(() => {
    const months = data?.months ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 56, right: 56, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: months.map((m) => m.period) },
      yAxis: [{ type: 'value', name: t('dash.fdi.title') }, { type: 'value', name: '%', splitLine: { show: false } }],
      series: [
        { name: t('dash.fdi.current'), type: 'bar', data: months.map((m) => wanValue(m.amountUsd)) },
        { name: t('dash.fdi.previous'), type: 'bar', data: months.map((m) => (m.previousUsd === null ? null : wanValue(m.previousUsd))) },
        { name: t('dash.fdi.yoy'), type: 'line', yAxisIndex: 1, connectNulls: false, data: months.map((m) => m.yoyPercent) },
      ],
    };
  }, [data, t]);
  return (
    <ChartCard
      title={t('dash.fdi.title')}
      testId="dash-fdi"
      loaded={data !== null}
      error={query.error}
      empty={data?.empty ? t('dash.fdi.empty') : null}
      extra={data && <span data-testid="dash-fdi-total">{t('dash.fdi.total', { amount: wan(data.totalUsd) })}</span>}
    >
      <EChart option={option} locale={locale} height={height} ariaLabel={t('dash.fdi.title')} onClick={() => data && openRecords(data.link)} />
    </ChartCard>
  );
}
