import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart';
import type { EChartsOption } from '../../components/charts/echartsCore';
import { useApiQuery } from '../investment/useApiQuery';
import { ChartCard } from './ChartCard';
import type { DashboardInput } from './dashboardScope';
import { indicatorName, unitText } from './indicatorLabels';

type Gauge = NonNullable<ReturnType<typeof useApiQuery<'dashboard.gauges'>>['data']>['gauges'][number];

/** A dial up to 125 % of the target; the target itself is the blue mark where the dial changes colour. */
function gaugeOption(gauge: Gauge, name: string, unit: string): EChartsOption {
  const max = gauge.target * 1.25;
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max,
        radius: '92%',
        progress: { show: true, width: 12 },
        axisLine: { lineStyle: { width: 12, color: [[0.8, '#D55E00'], [1, '#0072B2']] } },
        axisLabel: { show: false },
        splitLine: { length: 8 },
        pointer: { width: 4 },
        title: { show: false },
        detail: { fontSize: 20, offsetCenter: [0, '62%'], formatter: (v: number) => `${v}${unit === '%' ? '%' : ''}` },
        data: [{ value: gauge.value ?? 0, name }],
      },
    ],
  };
}

/** The four source-004 targets of the high-tech zones against the latest year with figures; "no data" stays "no data". */
export function GaugesPanel({ input, locale, height }: { input: DashboardInput; locale: 'zh-CN' | 'en'; height: number }) {
  const { t } = useTranslation();
  const query = useApiQuery('dashboard.gauges', input);
  const data = query.data;
  const title = data?.year ? t('dash.gauge.title', { year: data.year }) : t('dash.gauge.titleNone');
  return (
    <ChartCard title={title} testId="dash-gauges" loaded={data !== null} error={query.error} empty={data && data.year === null ? t('dash.gauge.empty') : null}>
      <Row gutter={[12, 12]}>
        {(data?.gauges ?? []).map((gauge) => {
          const name = indicatorName(gauge.code, t);
          const unit = unitText(gauge.unitZh, t);
          return (
            <Col key={gauge.code} xs={24} sm={12} xl={6} data-testid={`dash-gauge-${gauge.code}`}>
              <Typography.Text strong>{name}</Typography.Text>
              {gauge.value === null ? (
                <div className="dash-gauge-empty" style={{ height }}>
                  {t('dash.gauge.noData')}
                </div>
              ) : (
                <EChart option={gaugeOption(gauge, name, gauge.unitZh)} locale={locale} height={height} ariaLabel={`${name} ${gauge.value} ${unit}`} />
              )}
              <Typography.Text type="secondary" className="dash-gauge-target">
                {gauge.value !== null && <span>{`${gauge.value} ${unit} · `}</span>}
                {t(gauge.comparison === 'at_least' ? 'dash.gauge.atLeast' : 'dash.gauge.about', { value: gauge.target, unit })}
                {gauge.parks > 1 && ` · ${t('dash.gauge.parks', { count: gauge.parks })}`}
              </Typography.Text>
            </Col>
          );
        })}
      </Row>
    </ChartCard>
  );
}
