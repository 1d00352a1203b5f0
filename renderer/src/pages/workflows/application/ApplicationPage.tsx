import { Alert, Card, Col, Flex, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationAction } from '../../../../../db/reference/workflows';
import { BackLink } from '../../../components/BackLink';
import { RecordPageState } from '../../../components/RecordPageState';
import { goTo, hashOf } from '../../../app/routes';
import { errorText } from '../../../i18n/errorText';
import { useApiQuery } from '../../investment/useApiQuery';
import { LightTag, StatusTag } from '../WorkflowTags';
import { ActionBar } from './ActionBar';
import { ActionModal } from './ActionModal';
import { ApplicationAlerts } from './ApplicationAlerts';
import { ApplicationFacts } from './ApplicationFacts';
import { ApplicationTimeline } from './ApplicationTimeline';
import { StepClocks } from './StepClocks';
import '../workflows.css';

/** One application: what it is, what can be done now, both clocks of every step, and everything done so far. */
export function ApplicationPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const detail = useApiQuery('applications.get', { id });
  const [action, setAction] = useState<ApplicationAction | null>(null);
  const data = detail.data;

  if (!data) return <RecordPageState error={detail.error} onBack={() => goTo('workflows', null, { tab: 'applications' })} />;

  return (
    <Flex vertical gap={16} data-testid="application-page" data-status={data.status}>
      <BackLink href={hashOf('workflows', null, { tab: 'applications' })} label={t('wf.back')} />
      <Card>
        <Flex vertical gap={12}>
          <Space wrap align="center">
            <Typography.Title level={3} style={{ margin: 0 }}>
              {data.subject}
            </Typography.Title>
            <Typography.Text type="secondary" className="num">
              {data.serial}
            </Typography.Text>
            <StatusTag status={data.status} />
            <LightTag light={data.light} paused={data.paused} />
          </Space>
          <ActionBar actions={data.allowedActions} onPick={setAction} />
          <ApplicationAlerts detail={data} />
          {detail.error !== null && <Alert type="error" showIcon title={errorText(detail.error, t)} />}
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('wf.steps')}>
            <StepClocks detail={data} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <Card title={t('wf.app.facts')}>
              <ApplicationFacts detail={data} />
            </Card>
            <Card title={t('wf.timeline')}>
              <ApplicationTimeline events={data.events} />
            </Card>
          </Flex>
        </Col>
      </Row>
      {action && (
        <ActionModal
          action={action}
          detail={data}
          onClose={() => setAction(null)}
          onDone={() => {
            setAction(null);
            detail.reload();
          }}
        />
      )}
    </Flex>
  );
}
