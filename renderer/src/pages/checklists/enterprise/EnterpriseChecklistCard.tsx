import { Button, Card, Flex, List, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { goTo } from '../../../app/routes';
import { useLocaleState } from '../../../app/localeContext';
import { domainLabel } from '../checklistLabels';
import { ItemStatusTag, OverdueTag } from '../ChecklistTags';
import type { EnterpriseChecklist } from '../checklistTypes';
import { DomainProgress } from '../checklist/DomainProgress';

/** A checklist on the enterprise's page: progress overall and per domain, and the items that need attention first. */
export function EnterpriseChecklistCard({ checklist }: { checklist: EnterpriseChecklist }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const attention = [...checklist.blocked, ...checklist.overdue.filter((o) => !checklist.blocked.some((b) => b.id === o.id))];
  return (
    <Card
      data-testid="enterprise-checklist-card"
      title={checklist.title}
      extra={
        <Button type="primary" ghost onClick={() => goTo('checklists', checklist.id)} data-testid="checklist-open">
          {t('cl.open')}
        </Button>
      }
    >
      <Flex gap={32} wrap>
        <Flex vertical align="center" gap={4}>
          <Progress type="circle" size={96} percent={checklist.progress.percentDone} />
          <Typography.Text type="secondary">
            {t('cl.doneOf', { done: checklist.progress.counts.done, applicable: checklist.progress.applicable })}
          </Typography.Text>
        </Flex>
        <div style={{ flex: '1 1 320px' }}>
          <DomainProgress rows={checklist.progressByDomain} />
        </div>
        {attention.length > 0 && (
          <div style={{ flex: '1 1 360px' }}>
            <Typography.Text strong>
              {t('cl.blockedItems')} / {t('cl.overdueItems')}
            </Typography.Text>
            <List
              size="small"
              dataSource={attention}
              renderItem={(item) => (
                <List.Item>
                  <Space wrap size={4}>
                    {item.status === 'blocked' && <ItemStatusTag status="blocked" />}
                    {item.overdue && <OverdueTag />}
                    <span>{locale === 'en' ? item.titleEn : item.titleZh}</span>
                    <Typography.Text type="secondary">
                      {domainLabel(item.domain, t)}
                      {item.dueOn ? ` · ${t('cl.item.due')} ${item.dueOn}` : ''}
                      {item.statusReason ? ` · ${item.statusReason}` : ''}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          </div>
        )}
      </Flex>
    </Card>
  );
}
