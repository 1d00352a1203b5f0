import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { goTo } from '../../app/routes';
import { AreaTabs } from '../../components/AreaTabs';
import { PageHeading } from '../../components/PageHeading';
import { ApplicationsTab } from './ApplicationsTab';
import { CalendarTab } from './calendar/CalendarTab';
import { QueueTab } from './QueueTab';
import { OnTimeRateTab } from './reports/OnTimeRateTab';
import { OverdueTab } from './reports/OverdueTab';
import { TemplatesTab } from './templates/TemplatesTab';
import './workflows.css';

export const WORKFLOW_TABS = ['queue', 'applications', 'templates', 'overdue', 'onTime', 'calendar'] as const;
export type WorkflowTab = (typeof WORKFLOW_TABS)[number];

const TAB_CONTENT: Record<WorkflowTab, () => ReactNode> = {
  queue: () => <QueueTab />,
  applications: () => <ApplicationsTab />,
  templates: () => <TemplatesTab />,
  overdue: () => <OverdueTab />,
  onTime: () => <OnTimeRateTab />,
  calendar: () => <CalendarTab />,
};

function isTab(value: string | undefined): value is WorkflowTab {
  return (WORKFLOW_TABS as readonly string[]).includes(value ?? '');
}

/** 审批: one area with a tab per view; the tab lives in the address (`#/workflows?tab=overdue`), so back works. */
export function WorkflowsPage({ tab }: { tab: string | undefined }) {
  const { t } = useTranslation();
  const active: WorkflowTab = isTab(tab) ? tab : 'queue';
  return (
    <Flex vertical gap={16}>
      <PageHeading title={t('wf.title')} subtitle={t('wf.subtitle')} />
      <AreaTabs
        tabs={WORKFLOW_TABS}
        active={active}
        testIdPrefix="workflows-tab"
        label={(key) => t(`wf.tab.${key}`)}
        content={TAB_CONTENT}
        bodyClassName="wf-tab-body"
        onChange={(key) => goTo('workflows', null, { tab: key })}
      />
    </Flex>
  );
}
