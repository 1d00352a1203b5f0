import { Button, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { goTo } from '../../../app/routes';
import { ParkSelect } from '../../investment/pickers/ParkSelect';
import { useApiQuery } from '../../investment/useApiQuery';
import { errorText } from '../../../i18n/errorText';
import type { ReportCode } from '../shared/reportTypes';
import { StatusTag } from '../shared/StatusTag';
import { useReportTemplates } from '../shared/useReportTemplates';
import { PeriodFilter } from './PeriodFilter';
import { localDateTime } from '../../backups/backupFormat';

type Row = MethodOutput<'reports.list'>[number];

/** 报送记录: the latest revision of every report per park, form and period, filtered; 打开 goes to 填报. */
export function SubmissionsTab() {
  const { t } = useTranslation();
  const templates = useReportTemplates();
  const [filter, setFilter] = useState<{ parkId?: string | undefined; code?: ReportCode | undefined; period?: string | undefined }>({});
  const { data, loading, error } = useApiQuery('reports.list', Object.fromEntries(Object.entries(filter).filter(([, v]) => v)));
  const open = (row: Row) => goTo('reports', null, { tab: 'fill', code: row.reportCode, park: row.parkId, period: row.period });
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <ParkSelect allowClear style={{ width: 280 }} aria-label={t('pick.park')} value={filter.parkId} onChange={(parkId) => setFilter((f) => ({ ...f, parkId }))} />
        <Select<ReportCode>
          allowClear
          style={{ width: 260 }}
          placeholder={t('rp.list.allForms')}
          aria-label={t('rp.pick.form')}
          value={filter.code}
          options={templates.list.map((x) => ({ value: x.code, label: `${x.code} ${x.title}` }))}
          onChange={(code) => setFilter((f) => ({ ...f, code }))}
        />
        <PeriodFilter value={filter.period} onChange={(period) => setFilter((f) => ({ ...f, period }))} />
      </Flex>
      {error ? <Typography.Text type="danger">{errorText(error, t)}</Typography.Text> : null}
      <Table<Row>
        size="middle"
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('rp.list.empty') }}
        data-testid="rp-submissions"
        columns={[
          { title: t('rp.list.park'), dataIndex: 'parkName' },
          { title: t('rp.list.form'), dataIndex: 'reportCode', width: 260, render: (code: string) => `${code} ${templates.list.find((x) => x.code === code)?.title ?? ''}` },
          { title: t('rp.list.period'), dataIndex: 'period', width: 100 },
          { title: t('rp.list.status'), key: 'status', width: 170, render: (_, row) => <StatusTag status={row.status} revision={row.revision} /> },
          { title: t('rp.list.revisions'), dataIndex: 'revisions', width: 80, align: 'right' },
          { title: t('rp.list.updatedAt'), dataIndex: 'updatedAt', width: 170, render: (v: string) => localDateTime(v) },
          {
            title: t('rp.list.actions'),
            key: 'open',
            width: 90,
            render: (_, row) => (
              <Button size="small" type="link" onClick={() => open(row)}>
                {t('rp.list.open')}
              </Button>
            ),
          },
        ]}
      />
    </Flex>
  );
}
