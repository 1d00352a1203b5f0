import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { AreaTabs } from '../../components/AreaTabs';
import { PageHeading } from '../../components/PageHeading';
import { PrintButton } from '../../components/PrintButton';
import { DashboardCharts } from './DashboardCharts';
import { DashboardFilters } from './DashboardFilters';
import { filtersFromParams, goToFilters } from './dashboardScope';
import { IndicatorsTab } from './indicators/IndicatorsTab';
import './dashboard.css';

const TABS = ['charts', 'indicators'] as const;
type DashboardTab = (typeof TABS)[number];

/** 驾驶舱: the charts (filters and tab in the address) and the indicators table with hand entry. */
export function DashboardPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const filters = filtersFromParams(params);
  const active: DashboardTab = params.tab === 'indicators' ? 'indicators' : 'charts';
  return (
    <Flex vertical gap={16} className="dash-page" data-testid="dashboard-page">
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <PageHeading title={t('dash.title')} subtitle={t('dash.subtitle')} />
        <PrintButton title={`${t('app.name')} · ${t('dash.title')}`} landscape />
      </Flex>
      <AreaTabs
        tabs={TABS}
        active={active}
        testIdPrefix="dashboard-tab"
        label={(key) => t(`dash.tab.${key}`)}
        bodyClassName="dash-tab-body"
        onChange={(key) => goToFilters(filters, key)}
        content={{
          charts: () => (
            <Flex vertical gap={16}>
              <DashboardFilters filters={filters} onChange={(next) => goToFilters(next)} />
              <DashboardCharts filters={filters} />
            </Flex>
          ),
          indicators: () => <IndicatorsTab parkId={params.park ?? null} year={Number(params.year) || null} />,
        }}
      />
    </Flex>
  );
}
