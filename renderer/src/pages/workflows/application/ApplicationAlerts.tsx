import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../workflowTypes';

/** The facts that change what the clerk does next: a paused clock, owed 容缺 materials, a calendar gap. */
export function ApplicationAlerts({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const owed = detail.materialsOutstanding.length > 0 && detail.supplyBy;
  return (
    <Flex vertical gap={8}>
      {detail.pause && (
        <Alert
          type="info"
          showIcon
          data-testid="application-paused"
          title={t('wf.app.pausedSince', { kind: t(`wf.app.pause.${detail.pause.kind}`), date: detail.pause.from })}
        />
      )}
      {owed && (
        <Alert
          type={detail.supplyOverdue ? 'error' : 'warning'}
          showIcon
          title={`${detail.supplyOverdue ? t('wf.app.supplyOverdue', { date: detail.supplyBy }) : t('wf.app.supplyBy', { date: detail.supplyBy })}：${detail.materialsOutstanding.join('、')}`}
        />
      )}
      {detail.beyondCoverage && <Alert type="warning" showIcon title={t('wf.app.beyondCoverage')} />}
    </Flex>
  );
}
