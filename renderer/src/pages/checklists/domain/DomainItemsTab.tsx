import { Alert, Checkbox, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistDomain } from '../../../../../db/reference/checklists';
import { useLocaleState } from '../../../app/localeContext';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { errorText } from '../../../i18n/errorText';
import { ParkSelect } from '../../investment/pickers/ParkSelect';
import { useApiQuery } from '../../investment/useApiQuery';
import { domainOptions, itemStatusLabel } from '../checklistLabels';
import { domainItemColumns } from './domainItemColumns';

type OpenStatus = 'not_started' | 'in_progress' | 'blocked';
const OPEN: OpenStatus[] = ['not_started', 'in_progress', 'blocked'];

/**
 * All open items across the parks for one domain's staff (customs desk, 外事 desk…), filtered in SQL. The
 * dashboard links here with `?tab=domain&overdue=1&park=<id>`, which preset the filters.
 */
export function DomainItemsTab({ initial = {} }: { initial?: { parkId?: string; overdueOnly?: boolean } }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const [domain, setDomain] = useState<ChecklistDomain>();
  const [parkId, setParkId] = useState<string | undefined>(initial.parkId);
  const [status, setStatus] = useState<OpenStatus>();
  const [assignee, setAssignee] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(initial.overdueOnly ?? false);
  const settledAssignee = useDebouncedValue(assignee.trim(), 300);
  const query = useApiQuery('checklistItems.open', {
    ...(domain ? { domain } : {}),
    ...(parkId ? { parkId } : {}),
    ...(status ? { status } : {}),
    ...(settledAssignee ? { assignee: settledAssignee } : {}),
    ...(overdueOnly ? { overdueOnly } : {}),
    limit: 500,
  });
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Select allowClear style={{ width: 180 }} placeholder={t('cl.domain.filterDomain')} value={domain} onChange={setDomain} options={domainOptions(t)} data-testid="domain-filter" />
        <ParkSelect allowClear style={{ width: 240 }} placeholder={t('cl.domain.filterPark')} value={parkId} onChange={setParkId} />
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('cl.domain.filterStatus')}
          value={status}
          onChange={setStatus}
          options={OPEN.map((value) => ({ value, label: itemStatusLabel(value, t) }))}
        />
        <Input allowClear style={{ width: 160 }} placeholder={t('cl.domain.assignee')} value={assignee} onChange={(e) => setAssignee(e.target.value)} />
        <Checkbox checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} data-testid="domain-overdue-only">
          {t('cl.domain.overdueOnly')}
        </Checkbox>
        {query.data && <Typography.Text type="secondary">{t('cl.domain.total', { count: query.data.total })}</Typography.Text>}
      </Flex>
      {query.error ? <Alert type="error" showIcon title={errorText(query.error, t)} /> : null}
      <Table
        data-testid="domain-items-table"
        rowKey="id"
        size="small"
        loading={query.loading}
        dataSource={query.data?.rows ?? []}
        columns={domainItemColumns(t, locale)}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        rowClassName={(row) => (row.status === 'blocked' ? 'cl-row-blocked' : row.overdue ? 'cl-row-overdue' : '')}
        scroll={{ x: 1100 }}
      />
    </Flex>
  );
}
