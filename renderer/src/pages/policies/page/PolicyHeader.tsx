import { Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import type { PolicyStatus } from '../../../../../db/reference/policies';
import { PolicyStatusTag } from '../PolicyTags';
import { PolicyActions } from './PolicyActions';
import { categoryLabel, levelLabel } from '../policyLabels';

type Policy = MethodOutput<'policies.get'>['policy'];

/** Title, 文号 and status large; issuer, level, categories and the three dates under them. */
export function PolicyHeader({ policy, status, onEdit }: { policy: Policy; status: PolicyStatus; onEdit(): void }) {
  const { t } = useTranslation();
  const date = (d: string | null) => d ?? t('pol.noDate');
  return (
    <Card>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Flex justify="space-between" align="flex-start" gap={12}>
          <Space size={12} wrap align="center">
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="policy-title">
              {policy.title}
            </Typography.Title>
            <PolicyStatusTag status={status} />
          </Space>
          <PolicyActions id={policy.id} title={policy.title} onEdit={onEdit} />
        </Flex>
        {policy.docNumber && <Typography.Text type="secondary">{policy.docNumber}</Typography.Text>}
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 8 }}>
          <Descriptions.Item label={t('pol.field.issuer')}>{policy.issuer || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('pol.field.level')}>{levelLabel(policy.level, t)}</Descriptions.Item>
          <Descriptions.Item label={t('pol.field.categories')}>
            {policy.categories.length ? policy.categories.map((c) => <Tag key={c} bordered={false}>{categoryLabel(c, t)}</Tag>) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('pol.field.issuedOn')}>{date(policy.issuedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('pol.field.effectiveOn')}>{date(policy.effectiveOn)}</Descriptions.Item>
          <Descriptions.Item label={t('pol.field.expiresOn')}>{date(policy.expiresOn)}</Descriptions.Item>
        </Descriptions>
      </Space>
    </Card>
  );
}
