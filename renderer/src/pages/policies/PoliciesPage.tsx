import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { goTo } from '../../app/routes';
import { AreaTabs } from '../../components/AreaTabs';
import { PageHeading } from '../../components/PageHeading';
import { BenefitsTab } from './benefits/BenefitsTab';
import { ImportTab } from './importing/ImportTab';
import { LibraryTab } from './library/LibraryTab';
import { SearchTab } from './search/SearchTab';
import './policies.css';

export const POLICY_TABS = ['library', 'search', 'import', 'benefits'] as const;
export type PolicyTab = (typeof POLICY_TABS)[number];

function isTab(value: string | undefined): value is PolicyTab {
  return (POLICY_TABS as readonly string[]).includes(value ?? '');
}

/** 政策: one area with a tab per view; tab and search word live in the address (`#/policies?tab=search&q=亩均`). */
export function PoliciesPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation();
  const active: PolicyTab = isTab(params.tab) ? params.tab : 'library';
  const content: Record<PolicyTab, () => ReactNode> = {
    library: () => <LibraryTab />,
    search: () => <SearchTab initialQuery={params.q ?? ''} />,
    import: () => <ImportTab />,
    benefits: () => <BenefitsTab initialEnterpriseId={params.enterprise ?? null} />,
  };
  return (
    <Flex vertical gap={16}>
      <PageHeading title={t('pol.title')} subtitle={t('pol.subtitle')} />
      <AreaTabs
        tabs={POLICY_TABS}
        active={active}
        testIdPrefix="policies-tab"
        label={(key) => t(`pol.tab.${key}`)}
        content={content}
        bodyClassName="pol-tab-body"
        onChange={(key) => goTo('policies', null, { tab: key })}
      />
    </Flex>
  );
}
