import { Alert, DatePicker, Empty, Flex, Progress, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { errorText } from '../../../i18n/errorText';
import { DATE_FORMAT } from '../../investment/formFieldProps';
import { useApiQuery } from '../../investment/useApiQuery';

type RateRow = MethodOutput<'workflowReports.onTimeRate'>['rows'][number];

/** A rate as a bar with its percentage and the counts behind it; the bar's length, not only its colour, tells. */
function RateBar({ rate, onTime, total }: { rate: number; onTime: number; total: number }) {
  const { t } = useTranslation();
  const percent = Math.round(rate * 1000) / 10;
  return (
    <Flex vertical>
      <Progress percent={percent} format={(p) => `${p}%`} strokeColor={percent >= 90 ? '#1a56db' : percent >= 70 ? '#d48806' : '#b3261e'} />
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('rate.count', { onTime, total })}
      </Typography.Text>
    </Flex>
  );
}

/** Per department: approvals dated in the period, and how many kept the statutory and the promised limit. */
export function OnTimeRateTab() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<[string, string]>(() => [dayjs().startOf('year').format(DATE_FORMAT), dayjs().format(DATE_FORMAT)]);
  const rates = useApiQuery('workflowReports.onTimeRate', { from: period[0], to: period[1] });

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} align="center">
        <Typography.Text strong>{t('rate.period')}</Typography.Text>
        <DatePicker.RangePicker
          data-testid="rate-period"
          value={[dayjs(period[0]), dayjs(period[1])]}
          format={DATE_FORMAT}
          allowClear={false}
          onChange={(range) => range?.[0] && range[1] && setPeriod([range[0].format(DATE_FORMAT), range[1].format(DATE_FORMAT)])}
        />
      </Flex>
      {rates.error !== null && <Alert type="error" showIcon title={errorText(rates.error, t)} />}
      <Table<RateRow>
        data-testid="rate-table"
        rowKey="department"
        loading={rates.loading}
        pagination={false}
        dataSource={rates.data?.rows ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rate.empty')} /> }}
        columns={[
          { key: 'department', title: t('rate.col.department'), dataIndex: 'department', width: 220 },
          { key: 'completed', title: t('rate.col.completed'), dataIndex: 'completed', width: 110, align: 'right' },
          { key: 'statutory', title: t('rate.col.statutory'), render: (_, r) => <RateBar rate={r.rateStatutory} onTime={r.onTimeStatutory} total={r.completed} /> },
          { key: 'promised', title: t('rate.col.promised'), render: (_, r) => <RateBar rate={r.ratePromised} onTime={r.onTimePromised} total={r.completed} /> },
        ]}
      />
    </Flex>
  );
}
