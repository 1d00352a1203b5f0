import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { useApiQuery } from '../../investment/useApiQuery';
import { conditionText } from '../conditionText';
import { LoadError } from '../LoadError';

/** Enterprises a clause of this policy applies to that have not been granted it: the follow-up list for staff. */
export function ReachCard({ policyId, onGrant }: { policyId: string; onGrant(enterpriseId: string, clauseId: string): void }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const reach = useApiQuery('policies.reach', { id: policyId });
  const rows = reach.data ?? [];
  return (
    <Card title={t('pol.reach')} extra={<Typography.Text type="secondary">{t('pol.reach.hint')}</Typography.Text>} data-testid="policy-reach">
      <LoadError error={reach.error} onRetry={reach.reload} />
      {reach.data && rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pol.reach.empty')} />}
      {rows.length > 0 && (
        <List
          dataSource={rows}
          renderItem={(row) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Typography.Text strong>{row.enterpriseName}</Typography.Text>
                {row.parkName && <Typography.Text type="secondary"> · {row.parkName}</Typography.Text>}
                {row.clauses.map((clause) => (
                  <div key={clause.clauseId} style={{ marginTop: 6 }}>
                    <Space size={[4, 4]} wrap>
                      <Tag color="blue" bordered={false}>
                        {clause.path} {clause.heading}
                      </Tag>
                      {clause.matched.map((m) => (
                        <Tag key={m.condition} color="cyan" bordered={false}>
                          {conditionText(m.condition, m.value, t, locale)}
                        </Tag>
                      ))}
                      <Button size="small" onClick={() => onGrant(row.enterpriseId, clause.clauseId)}>
                        {t('pol.clause.grant')}
                      </Button>
                    </Space>
                  </div>
                ))}
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
