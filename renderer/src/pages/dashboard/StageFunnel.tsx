import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart';
import type { EChartsOption } from '../../components/charts/echartsCore';
import { useApiQuery } from '../investment/useApiQuery';
import { ChartCard } from './ChartCard';
import { openRecords, type DashboardInput } from './dashboardScope';

/** Projects by their current stage, in pipeline order (线索 → 投产), 终止 last; a click lists that stage's projects. */
export function StageFunnel({ input, locale, height }: { input: DashboardInput; locale: 'zh-CN' | 'en'; height: number }) {
  const { t } = useTranslation();
  const query = useApiQuery('dashboard.projectsByStage', input);
  const data = query.data;
  const option = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          minSize: '12%',
          left: '10%',
          width: '80%',
          label: { position: 'inside', formatter: '{b} {c}', color: '#000', fontSize: 13 },
          data: (data?.stages ?? []).map((s) => ({ name: t(`stage.${s.stage}`), value: s.count })),
        },
      ],
    }),
    [data, t],
  );
  return (
    <ChartCard title={t('dash.stage.title')} testId="dash-stages" loaded={data !== null} error={query.error} empty={data && data.total === 0 ? t('dash.stage.empty') : null}>
      <EChart option={option} locale={locale} height={height} ariaLabel={t('dash.stage.title')} onClick={({ dataIndex }) => data?.stages[dataIndex] && openRecords(data.stages[dataIndex].link)} />
    </ChartCard>
  );
}
