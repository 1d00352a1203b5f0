import { CheckSquareOutlined, ClockCircleOutlined, MinusSquareOutlined } from '@ant-design/icons';
import { Descriptions, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hashOf } from '../../../app/routes';
import type { ApplicationDetail } from '../workflowTypes';

type Material = ApplicationDetail['materials'][number];

function MaterialState({ material }: { material: Material }) {
  const { t } = useTranslation();
  if (material.outstanding) return <Tag icon={<ClockCircleOutlined />} color="orange">{t('wf.app.outstanding')}</Tag>;
  if (material.received) return <Tag icon={<CheckSquareOutlined />} color="green">{t('wf.app.received')}</Tag>;
  return <Tag icon={<MinusSquareOutlined />}>{material.mandatory ? t('wf.app.notReceived') : t('wf.app.optional')}</Tag>;
}

/** Who applied for what, under which rules, and where each material of the 一窗一表 list stands. */
export function ApplicationFacts({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const contact = [detail.contactName, detail.contactPhone].filter(Boolean).join(' · ');
  return (
    <>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('wfCol.enterprise')}>{detail.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label={t('wf.app.project')}>
          {detail.projectId ? <a href={hashOf('projects', detail.projectId)}>{detail.projectName}</a> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('wfCol.template')}>
          {detail.templateName} · {t('wf.version', { version: detail.templateVersion })}
        </Descriptions.Item>
        <Descriptions.Item label={t('wf.app.contact')}>{contact || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('wf.app.submittedOn')}>{detail.submittedOn}</Descriptions.Item>
        <Descriptions.Item label={t('wf.app.acceptedOn')}>{detail.acceptedOn ?? '—'}</Descriptions.Item>
        {detail.decidedOn && <Descriptions.Item label={t('wf.app.decidedOn')}>{detail.decidedOn}</Descriptions.Item>}
        {detail.note && <Descriptions.Item label={t('wf.app.note')}>{detail.note}</Descriptions.Item>}
        {detail.legalBasis && (
          <Descriptions.Item label={t('wf.app.legalBasis')} span={2}>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>
              {detail.legalBasis}
            </Typography.Paragraph>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5}>{t('wf.app.materials')}</Typography.Title>
      <List
        size="small"
        dataSource={detail.materials}
        renderItem={(m) => (
          <List.Item key={m.name} extra={<MaterialState material={m} />}>
            {m.name}
          </List.Item>
        )}
      />
    </>
  );
}
