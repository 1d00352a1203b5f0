import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { goTo } from '../../app/routes';
import { AreaTabs } from '../../components/AreaTabs';
import { PageHeading } from '../../components/PageHeading';
import { DomainItemsTab } from './domain/DomainItemsTab';
import { EnterpriseChecklistsTab } from './enterprise/EnterpriseChecklistsTab';
import { MeetingView } from './meeting/MeetingView';
import { TemplatesTab } from './templates/TemplatesTab';
import './checklists.css';

const TABS = ['enterprise', 'domain', 'meeting', 'templates'] as const;
type ChecklistTab = (typeof TABS)[number];

function isTab(value: string | undefined): value is ChecklistTab {
  return (TABS as readonly string[]).includes(value ?? '');
}

/**
 * 服务清单: a tab per view; tab and enterprise live in the address (`#/checklists?enterprise=<id>`), so the
 * enterprises page can link here and back works.
 */
export function ChecklistsPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const active: ChecklistTab = isTab(params.tab) ? params.tab : 'enterprise';
  const content: Record<ChecklistTab, () => ReactNode> = {
    enterprise: () => <EnterpriseChecklistsTab enterpriseId={params.enterprise ?? null} />,
    domain: () => <DomainItemsTab linkParams={params} />,
    meeting: () => <MeetingView />,
    templates: () => <TemplatesTab />,
  };
  return (
    <Flex vertical gap={16}>
      <PageHeading title={t('cl.title')} subtitle={t('cl.subtitle')} />
      <AreaTabs
        tabs={TABS}
        active={active}
        testIdPrefix="checklists-tab"
        label={(key) => t(`cl.tab.${key}`)}
        content={content}
        bodyClassName="cl-tab-body"
        onChange={(key) => goTo('checklists', null, { tab: key, enterprise: key === 'enterprise' ? params.enterprise : undefined })}
      />
    </Flex>
  );
}
