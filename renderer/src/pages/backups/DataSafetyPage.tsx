import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { goTo } from '../../app/routes';
import { AreaTabs } from '../../components/AreaTabs';
import { PageHeading } from '../../components/PageHeading';
import { AuditViewer } from '../audit/AuditViewer';
import { BackupsTab } from './BackupsTab';
import { DataSafetySettings } from './DataSafetySettings';
import './dataSafety.css';

const TABS = ['backups', 'audit', 'settings'] as const;
type DataSafetyTab = (typeof TABS)[number];

function isTab(value: string | undefined): value is DataSafetyTab {
  return (TABS as readonly string[]).includes(value ?? '');
}

/**
 * 数据安全: backups and restore, the audit trail, the operator's name. The tab and the audit filter for one
 * record live in the address (`#/dataSafety?tab=audit&entity=park&id=…`), so a record's page can link here.
 */
export function DataSafetyPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const active: DataSafetyTab = isTab(params.tab) ? params.tab : 'backups';
  const content: Record<DataSafetyTab, () => ReactNode> = {
    backups: () => <BackupsTab />,
    audit: () => <AuditViewer entity={params.entity} entityId={params.id} />,
    settings: () => <DataSafetySettings />,
  };
  return (
    <Flex vertical gap={16}>
      <PageHeading title={t('ds.title')} subtitle={t('ds.subtitle')} />
      <AreaTabs
        tabs={TABS}
        active={active}
        testIdPrefix="ds-tab"
        label={(key) => t(`ds.tab.${key}`)}
        content={content}
        bodyClassName="ds-tab-body"
        onChange={(key) => goTo('dataSafety', null, { tab: key })}
      />
    </Flex>
  );
}
