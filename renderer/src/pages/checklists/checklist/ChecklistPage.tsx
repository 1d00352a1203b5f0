import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { goTo } from '../../../app/routes';
import { errorText } from '../../../i18n/errorText';
import { useApiQuery } from '../../investment/useApiQuery';
import { domainLabel } from '../checklistLabels';
import { groupByDomain } from '../groupByDomain';
import '../checklists.css';
import { ChecklistReloadContext } from './checklistReload';
import { DomainProgress } from './DomainProgress';
import { ExportButtons } from './ExportButtons';
import { ItemCard } from './ItemCard';

/** One checklist: progress overall and per domain, the investor's copies, and every item grouped by domain. */
export function ChecklistPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useApiQuery('checklists.get', { id });
  // The attachment limit is a setting; the upload checks it before reading a large file.
  const settings = useApiQuery('checklistSettings.get', {});
  if (query.error && !query.data) return <Alert type="error" showIcon title={errorText(query.error, t)} />;
  if (!query.data) return <Spin />;
  const { checklist, enterpriseName, projectName, progress, progressByDomain, items } = query.data;
  return (
    <ChecklistReloadContext.Provider value={query.reload}>
      <Flex vertical gap={16} data-testid="checklist-page">
        <div>
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }} onClick={() => goTo('checklists', null, { enterprise: checklist.enterpriseId })}>
            {t('cl.page.back')}
          </Button>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {checklist.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {enterpriseName}
            {projectName ? ` · ${projectName}` : ''}
          </Typography.Text>
        </div>
        <Card>
          <Flex gap={32} wrap align="center">
            <Flex vertical align="center" gap={4}>
              <Progress type="circle" size={104} percent={progress.percentDone} />
              <Typography.Text type="secondary">{t('cl.doneOf', { done: progress.counts.done, applicable: progress.applicable })}</Typography.Text>
            </Flex>
            <div style={{ flex: '1 1 360px' }}>
              <DomainProgress rows={progressByDomain} />
            </div>
            <ExportButtons checklistId={checklist.id} />
          </Flex>
        </Card>
        {groupByDomain(items).map((group) => (
          <section key={group.domain} data-testid={`checklist-domain-${group.domain}`}>
            <Typography.Title level={4}>{domainLabel(group.domain, t)}</Typography.Title>
            <Flex vertical gap={12}>
              {group.items.map((item) => (
                <ItemCard key={item.id} item={item} maxBytes={settings.data?.attachmentMaxBytes ?? null} />
              ))}
            </Flex>
          </section>
        ))}
      </Flex>
    </ChecklistReloadContext.Provider>
  );
}
