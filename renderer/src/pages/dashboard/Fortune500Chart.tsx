import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart';
import type { EChartsOption } from '../../components/charts/echartsCore';
import { useApiQuery } from '../investment/useApiQuery';
import { ChartCard } from './ChartCard';
import { openRecords, type DashboardInput } from './dashboardScope';

/** Left edge of the bars: fixed, so long park names are cut the same way on every screen and on paper. */
const LABEL_WIDTH = 170;

/** Projects of Fortune 500 investors per park; the tooltip names the investors (masked on a projector over real data). */
export function Fortune500Chart({ input, locale, height }: { input: DashboardInput; locale: 'zh-CN' | 'en'; height: number }) {
  const { t } = useTranslation();
  const query = useApiQuery('dashboard.fortune500', input);
  const rows = query.data?.rows ?? [];
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataIndex: number; name: string; value: number }) => [`${p.name}: ${p.value}`, ...(rows[p.dataIndex]?.investors ?? [])].join('<br/>'),
      },
      grid: { left: LABEL_WIDTH, right: 32, top: 8, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => (locale === 'en' && r.parkNameEn ? r.parkNameEn : r.parkName)),
        axisLabel: { width: LABEL_WIDTH - 12, overflow: 'truncate' },
      },
      series: [{ name: t('dash.f500.series'), type: 'bar', barMaxWidth: 28, label: { show: true, position: 'right' }, data: rows.map((r) => r.projects) }],
    }),
    [rows, locale, t],
  );
  return (
    <ChartCard title={t('dash.f500.title')} testId="dash-f500" loaded={query.data !== null} error={query.error} empty={query.data && rows.length === 0 ? t('dash.f500.empty') : null}>
      <EChart option={option} locale={locale} height={height} testId="dash-f500-canvas" ariaLabel={t('dash.f500.title')} onClick={({ dataIndex }) => rows[dataIndex] && openRecords(rows[dataIndex].link)} />
    </ChartCard>
  );
}
