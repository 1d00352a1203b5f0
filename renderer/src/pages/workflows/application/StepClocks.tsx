import { CheckOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail, StepView } from '../workflowTypes';
import { ClockTable } from './ClockTable';

function StepCard({ step, index }: { step: StepView; index: number }) {
  const { t } = useTranslation();
  const countersign = step.departments.length > 1;
  return (
    <Card size="small" className={`wf-step-card wf-step-${step.state}`}>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 8 }}>
        <Space wrap>
          <Typography.Text strong>{t('wf.stepName', { no: step.stepNo, name: step.name })}</Typography.Text>
          <Tag>{t(`wf.step.state.${step.state}`)}</Tag>
          {countersign && <Tag icon={<TeamOutlined />}>{t('wf.step.countersign')}</Tag>}
          {step.allowsMissing && <Tag>{t('wf.step.allowsMissing')}</Tag>}
          {step.isPledge && <Tag>{t('wf.step.pledge')}</Tag>}
        </Space>
        <Typography.Text type="secondary">{step.role}</Typography.Text>
      </Flex>
      <Flex wrap gap={12} style={{ marginBottom: 8 }}>
        {step.departments.map((d) => (
          <Typography.Text key={d.department} type={d.approvedOn ? 'success' : undefined}>
            {d.approvedOn ? <CheckOutlined /> : null} {d.department} · {d.approvedOn ? t('wf.step.approvedOn', { date: d.approvedOn }) : t('wf.step.pending')}
          </Typography.Text>
        ))}
      </Flex>
      <ClockTable clocks={step.clocks} testId={`step-clock-${index}`} />
    </Card>
  );
}

/** The overall clock first (what the applicant was promised), then every step with its own two clocks. */
export function StepClocks({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Card size="small" className="wf-step-card wf-step-current" title={t('wf.overall')}>
        <ClockTable clocks={detail.overall} testId="step-clock-overall" />
      </Card>
      {detail.steps.map((step, i) => (
        <StepCard key={step.stepNo} step={step} index={i} />
      ))}
    </Flex>
  );
}
