import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { goTo } from '../../app/routes';
import { AreaTabs } from '../../components/AreaTabs';
import { PageHeading } from '../../components/PageHeading';
import { FillTab } from './fill/FillTab';
import { ImportTab } from './imports/ImportTab';
import { ProvinceTab } from './province/ProvinceTab';
import { SubmissionsTab } from './submissions/SubmissionsTab';
import './reports.css';

const TABS = ['fill', 'submissions', 'import', 'province'] as const;
type ReportsTab = (typeof TABS)[number];

function isTab(value: string | undefined): value is ReportsTab {
  return (TABS as readonly string[]).includes(value ?? '');
}

/** 报表: fill in and send the provincial forms, the list of submissions, workbook imports, the province's summary. The tab lives in the address. */
export function ReportsPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const active: ReportsTab = isTab(params.tab) ? params.tab : 'fill';
  const content: Record<ReportsTab, () => ReactNode> = {
    fill: () => <FillTab params={params} />,
    submissions: () => <SubmissionsTab />,
    import: () => <ImportTab />,
    province: () => <ProvinceTab />,
  };
  return (
    <Flex vertical gap={16}>
      <PageHeading title={t('rp.title')} subtitle={t('rp.subtitle')} />
      <AreaTabs tabs={TABS} active={active} testIdPrefix="rp-tab" label={(key) => t(`rp.tab.${key}`)} content={content} bodyClassName="rp-tab-body" onChange={(key) => goTo('reports', null, { tab: key })} />
    </Flex>
  );
}
