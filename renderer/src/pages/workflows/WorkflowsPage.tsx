import { Flex } from 'antd';
import { CLOCK_LIGHTS, type ClockLight } from '../../../../db/reference/workflows';
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

const tabContent = (light: ClockLight | undefined, params: Record<string, string>): Record<WorkflowTab, () => ReactNode> => ({
  queue: () => <QueueTab />,
  applications: () => <ApplicationsTab initialLight={light} linkParams={params} />,
  templates: () => <TemplatesTab />,
  overdue: () => <OverdueTab />,
  onTime: () => <OnTimeRateTab />,
  calendar: () => <CalendarTab />,
});

function isTab(value: string | undefined): value is WorkflowTab {
  return (WORKFLOW_TABS as readonly string[]).includes(value ?? '');
}

function isLight(value: string | undefined): value is ClockLight {
  return (CLOCK_LIGHTS as readonly string[]).includes(value ?? '');
}

/**
 * 审批: one area with a tab per view; the tab lives in the address (`#/workflows?tab=overdue`), so back works. The
 * dashboard links to `?tab=applications&light=red&park=…&from=…&to=…`, which presets the list's filters.
 */
export function WorkflowsPage({ tab, light, params = {} }: { tab: string | undefined; light?: string; params?: Record<string, string> }) {
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
        content={tabContent(isLight(light) ? light : undefined, params)}
        bodyClassName="wf-tab-body"
        onChange={(key) => goTo('workflows', null, { tab: key })}
      />
    </Flex>
  );
}
