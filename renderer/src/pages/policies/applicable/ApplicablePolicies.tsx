import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hashOf } from '../../../app/routes';
import { useLocaleState } from '../../../app/localeContext';
import { useApiQuery } from '../../investment/useApiQuery';
import { conditionText } from '../conditionText';
import { LoadError } from '../LoadError';
import { PolicyStatusTag, UnitTags } from '../PolicyTags';

interface Props {
  enterpriseId: string;
  projectId?: string;
  onGrant(policyId: string, clauseId: string): void;
}

/** 哪些政策适用: each clause with why (every condition met, in words), who is responsible and whether it was granted. */
export function ApplicablePolicies({ enterpriseId, projectId, onGrant }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const found = useApiQuery('policies.applicableTo', { enterpriseId, ...(projectId ? { projectId } : {}) });
  const rows = found.data ?? [];
  return (
    <Card title={t('app.applicable')} extra={<Typography.Text type="secondary">{t('app.hint')}</Typography.Text>} data-testid="policy-applicable">
      <LoadError error={found.error} onRetry={found.reload} />
      {found.data && rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('app.empty')} />}
      {rows.length > 0 && (
        <List
          dataSource={rows}
          renderItem={(row) => (
            <List.Item
              data-testid="policy-applicable-clause"
              actions={[
                <Button key="grant" size="small" type={row.granted ? 'default' : 'primary'} onClick={() => onGrant(row.policyId, row.clauseId)}>
                  {t('pol.clause.grant')}
                </Button>,
              ]}
            >
              <Space direction="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap>
                  <a href={hashOf('policies', row.policyId, { clause: row.clauseId })}>
                    {row.policyTitle} · {row.path} {row.heading}
                  </a>
                  <PolicyStatusTag status={row.status} />
                  {row.granted ? (
                    <Tag icon={<CheckCircleFilled />} color="green">
                      {t('app.granted')}
                    </Tag>
                  ) : (
                    <Tag icon={<MinusCircleOutlined />}>{t('app.notGranted')}</Tag>
                  )}
                </Space>
                <Space size={[4, 4]} wrap>
                  <Typography.Text type="secondary">
                    {t('app.why')}
                    {row.viaProjectId ? t('app.viaProject') : ''}
                  </Typography.Text>
                  {row.matched.map((m) => (
                    <Tag key={m.condition} color="cyan" bordered={false}>
                      {conditionText(m.condition, m.value, t, locale)}
                    </Tag>
                  ))}
                </Space>
                <UnitTags lead={row.leadUnit} units={row.responsibleUnits} />
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
