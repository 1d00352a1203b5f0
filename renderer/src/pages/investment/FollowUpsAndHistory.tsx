import { Card, Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../../db/schema';
import { FollowUpTimeline } from './FollowUpTimeline';

interface Props {
  followUps: readonly FollowUpRow[];
  /** A button in the follow-ups card's header, where the page adds follow-ups there. */
  addFollowUp?: ReactNode;
  /** The record's AuditHistory, set up with its own labels. */
  history: ReactNode;
}

/** The two cards side by side at the foot of a target or project page: its follow-up log and its change history. */
export function FollowUpsAndHistory({ followUps, addFollowUp, history }: Props) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Card title={t('followUps.title')} extra={addFollowUp}>
          <FollowUpTimeline entries={followUps} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('audit.title')}>{history}</Card>
      </Col>
    </Row>
  );
}
