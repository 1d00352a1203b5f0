import { Button, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { lightLabel } from '../workflows/workflowLabels';
import { useApiQuery } from '../investment/useApiQuery';
import { ChartCard } from './ChartCard';
import { openRecords, type DashboardInput } from './dashboardScope';

/** Okabe–Ito colours plus a distinct shape per light, so the lights read without colour vision too. */
const LIGHT_LOOK = {
  green: { color: '#009E73', shape: '●' },
  yellow: { color: '#E69F00', shape: '▲' },
  red: { color: '#D55E00', shape: '■' },
} as const;

/** Running applications by today's deadline light and overdue checklist items; each number opens its list. */
export function ApprovalsPanel({ input }: { input: DashboardInput }) {
  const { t } = useTranslation();
  const query = useApiQuery('dashboard.approvals', input);
  const data = query.data;
  return (
    <ChartCard title={t('dash.approvals.title')} testId="dash-approvals" loaded={data !== null} error={query.error} empty={null}>
      {data && (
        <Flex vertical gap={12}>
          <span>{data.running === 0 ? t('dash.approvals.empty') : t('dash.approvals.running', { count: data.running })}</span>
          <Flex gap={12} wrap>
            {data.lights.map((l) => (
              <Button key={l.light} className="dash-light" data-testid={`dash-light-${l.light}`} onClick={() => openRecords(l.link)} style={{ borderColor: LIGHT_LOOK[l.light].color }}>
                <Statistic
                  title={
                    <span>
                      <span style={{ color: LIGHT_LOOK[l.light].color }} aria-hidden>
                        {LIGHT_LOOK[l.light].shape}{' '}
                      </span>
                      {lightLabel(l.light, t)}
                    </span>
                  }
                  value={l.count}
                />
              </Button>
            ))}
            <Button className="dash-light" data-testid="dash-overdue" onClick={() => openRecords(data.overdueItems.link)} style={{ borderColor: '#CC79A7' }}>
              <Statistic title={t('dash.approvals.overdue')} value={data.overdueItems.count} />
            </Button>
          </Flex>
        </Flex>
      )}
    </ChartCard>
  );
}
