import { SearchOutlined } from '@ant-design/icons';
import { Empty, Flex, Input, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import type { PolicyStatus } from '../../../../../db/reference/policies';
import { goTo } from '../../../app/routes';
import { useApiQuery } from '../../investment/useApiQuery';
import { LoadError } from '../LoadError';
import { statusOptions } from '../policyLabels';
import { PolicyStatusTag, UnitTags } from '../PolicyTags';
import { MarkedSnippet } from './MarkedSnippet';

type Hit = MethodOutput<'policies.search'>['hits'][number];

/** 检索: full text over titles, 文号 and clause text; a hit opens the policy scrolled to its clause. */
export function SearchTab({ initialQuery }: { initialQuery: string }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(initialQuery);
  const [query, setQuery] = useState(initialQuery.trim());
  const [status, setStatus] = useState<PolicyStatus | undefined>(undefined);
  const [unit, setUnit] = useState<string | undefined>(undefined);
  const units = useApiQuery('policies.units', {});
  return (
    <Flex vertical gap={16}>
      <Input.Search
        data-testid="policy-search"
        size="large"
        autoFocus
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        aria-label={t('pol.search.big')}
        placeholder={t('pol.search.big')}
        enterButton={t('pol.search.button')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onSearch={(value) => {
          setQuery(value.trim());
          // Kept in the address so back from a policy page returns to the same results.
          window.history.replaceState(null, '', `#/policies?tab=search&q=${encodeURIComponent(value.trim())}`);
        }}
      />
      <Flex gap={12} wrap>
        <Select<PolicyStatus> aria-label={t('pol.filter.status')} placeholder={t('pol.filter.status')} allowClear value={status} onChange={setStatus} options={statusOptions(t)} style={{ width: 150 }} />
        <Select<string>
          aria-label={t('pol.filter.unit')}
          placeholder={t('pol.filter.unit')}
          allowClear
          showSearch
          value={unit}
          onChange={setUnit}
          options={(units.data ?? []).map((u) => ({ value: u.unit, label: u.unit }))}
          style={{ width: 220 }}
        />
      </Flex>
      {query ? <SearchResults query={query} status={status} unit={unit} /> : <Typography.Text type="secondary">{t('pol.search.hint')}</Typography.Text>}
    </Flex>
  );
}

function SearchResults({ query, status, unit }: { query: string; status?: PolicyStatus; unit?: string }) {
  const { t } = useTranslation();
  const found = useApiQuery('policies.search', { query, limit: 100, ...(status ? { status } : {}), ...(unit ? { unit } : {}) });
  const hits = found.data?.hits ?? [];
  return (
    <Flex vertical gap={8} data-testid="policy-search-results">
      <LoadError error={found.error} onRetry={found.reload} />
      {found.data && <Typography.Text type="secondary">{t('pol.search.count', { count: hits.length })}</Typography.Text>}
      {found.data && hits.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pol.search.none', { query })} />}
      {hits.map((hit) => (
        <SearchHit key={`${hit.policyId}/${hit.clauseId ?? ''}`} hit={hit} />
      ))}
    </Flex>
  );
}

function SearchHit({ hit }: { hit: Hit }) {
  const { t } = useTranslation();
  const open = () => goTo('policies', hit.policyId, { clause: hit.clauseId ?? undefined });
  return (
    <div
      className="pol-hit"
      data-testid="policy-hit"
      role="link"
      tabIndex={0}
      onClick={open}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && open()}
    >
      <Space size={8} wrap>
        <Typography.Text strong>{hit.title}</Typography.Text>
        {hit.docNumber && <Typography.Text type="secondary">{hit.docNumber}</Typography.Text>}
        <PolicyStatusTag status={hit.status} />
        <Tag color="blue" bordered={false}>
          {hit.path ?? t('pol.search.policyHit')}
        </Tag>
      </Space>
      <div style={{ margin: '6px 0' }}>
        <MarkedSnippet snippet={hit.snippet} />
      </div>
      <UnitTags lead={null} units={hit.responsibleUnits} />
    </div>
  );
}
