import { DeleteOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FdiArrivalRow } from '../../../../../db/schema';
import type { ProjectStage } from '../../../../../db/reference/investment';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/errorText';
import { wan } from '../../investment/wanText';
import { ArrivalModal } from './ArrivalModal';

interface Props {
  projectId: string;
  stage: ProjectStage;
  signedOn: string | null;
  arrivals: readonly FdiArrivalRow[];
  arrivedUsd: number;
  /** Months of this project's park that were reported and locked. */
  lockedPeriods: readonly string[];
  onChanged(): void;
}

/** The project's 实到外资 with their total, the park's locked months, and adding or removing an arrival. */
export function ArrivalsCard({ projectId, stage, signedOn, arrivals, arrivedUsd, lockedPeriods, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [adding, setAdding] = useState(false);
  const locked = new Set(lockedPeriods);
  const blocked = stage === 'dropped' ? 'arrivals.droppedHint' : stage === 'lead' || stage === 'negotiating' ? 'arrivals.notSignedHint' : null;

  const remove = async (arrival: FdiArrivalRow) => {
    try {
      await call('arrivals.delete', { id: arrival.id });
      message.success(t('arrivals.deleted'));
      onChanged();
    } catch (error) {
      message.error(errorText(error, t));
    }
  };

  return (
    <Card
      title={t('arrivals.title')}
      data-testid="arrivals"
      extra={
        <Flex gap={12} align="center">
          <Typography.Text strong data-testid="arrivals-total">
            {t('arrivals.total', { amount: wan(arrivedUsd) })}
          </Typography.Text>
          <Button data-testid="arrival-add" type="primary" icon={<PlusOutlined />} disabled={blocked !== null} onClick={() => setAdding(true)}>
            {t('arrivals.add')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {blocked && <Alert type="info" showIcon title={t(blocked)} />}
        <Flex gap={6} wrap align="center" data-testid="locked-months">
          <Typography.Text type="secondary">{lockedPeriods.length ? `${t('arrivals.lockedMonths')}:` : t('arrivals.noLockedMonths')}</Typography.Text>
          {lockedPeriods.map((period) => (
            <Tag key={period} color="purple" icon={<LockOutlined />}>
              {period}
            </Tag>
          ))}
        </Flex>
        <Table<FdiArrivalRow>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={[...arrivals].reverse()}
          locale={{ emptyText: t('arrivals.empty') }}
          scroll={{ y: 360 }}
          columns={[
            {
              title: t('arrivals.col.date'),
              key: 'date',
              width: 150,
              render: (_, a) => (
                <span>
                  {a.arrivedOn} {locked.has(a.period) && <LockOutlined title={t('arrivals.lockedRow')} aria-label={t('arrivals.lockedRow')} />}
                </span>
              ),
            },
            { title: t('arrivals.col.amount'), key: 'amount', align: 'right', width: 150, render: (_, a) => <span className="num">{wan(a.amountUsd)}</span> },
            { title: t('arrivals.col.original'), key: 'original', width: 170, render: (_, a) => (a.currency === 'USD' ? '—' : `${a.originalAmount} ${a.currency}`) },
            { title: t('arrivals.col.rate'), key: 'rate', width: 120, render: (_, a) => (a.currency === 'USD' ? '—' : a.rateToUsd) },
            { title: t('arrivals.col.note'), key: 'note', ellipsis: true, render: (_, a) => a.note || '—' },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 90,
              render: (_, a) => (
                <Popconfirm title={t('arrivals.deleteConfirm')} okText={t('common.delete')} okButtonProps={{ danger: true }} onConfirm={() => remove(a)}>
                  <Button type="link" danger size="small" icon={<DeleteOutlined />} disabled={locked.has(a.period)} aria-label={t('common.delete')} />
                </Popconfirm>
              ),
            },
          ]}
        />
      </Flex>
      {adding && (
        <ArrivalModal
          projectId={projectId}
          signedOn={signedOn}
          lockedPeriods={locked}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
