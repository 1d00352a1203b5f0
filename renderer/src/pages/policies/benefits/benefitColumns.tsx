import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { hashOf } from '../../../app/routes';
import { benefitKindLabel } from '../policyLabels';
import { taxHolidaySummary } from './taxHolidaySummary';

export type BenefitRow = MethodOutput<'benefits.ofPolicy'>['rows'][number];

interface Options {
  t: TFunction;
  /** On a policy page the policy goes without saying; on an enterprise's list the enterprise does. */
  show: 'enterprise' | 'policy';
  onEvidence(row: BenefitRow): void;
  onDelete(row: BenefitRow): void;
}

const DASH = '—';

export function benefitColumns({ t, show, onEvidence, onDelete }: Options): TableColumnsType<BenefitRow> {
  const who: TableColumnsType<BenefitRow> =
    show === 'enterprise'
      ? [{ title: t('ben.col.enterprise'), key: 'enterprise', width: 200, render: (_, b) => b.enterpriseName }]
      : [];
  return [
    ...who,
    {
      title: t('ben.col.policy'),
      key: 'policy',
      width: 300,
      render: (_, b) => (
        <div>
          {show === 'policy' && <a href={hashOf('policies', b.policyId)}>{b.policyTitle}</a>}
          {b.clausePath && (
            <div>
              <a href={hashOf('policies', b.policyId, { clause: b.clauseId ?? undefined })}>
                {b.clausePath} {b.clauseHeading}
              </a>
            </div>
          )}
        </div>
      ),
    },
    { title: t('ben.col.kind'), key: 'kind', width: 110, render: (_, b) => <Tag bordered={false}>{benefitKindLabel(b.kind, t)}</Tag> },
    { title: t('ben.col.amount'), key: 'amount', width: 150, align: 'right', render: (_, b) => <span className="num">{b.amountYuan}</span> },
    { title: t('ben.col.wan'), key: 'wan', width: 110, align: 'right', render: (_, b) => <span className="num">{b.amountWan}</span> },
    {
      title: t('ben.col.period'),
      key: 'period',
      width: 170,
      render: (_, b) => (
        <Space direction="vertical" size={0}>
          {b.periodFrom || b.periodTo ? <span>{`${b.periodFrom ?? ''} ~ ${b.periodTo ?? ''}`}</span> : !b.taxHoliday && DASH}
          {b.taxHoliday && (
            <Typography.Text type="secondary">
              {taxHolidaySummary(b.taxHoliday.years, t)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('ben.col.grantedOn'), key: 'grantedOn', width: 120, render: (_, b) => b.grantedOn },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, b) => (
        <Space size={0}>
          {b.evidenceName && (
            <Button type="link" onClick={() => onEvidence(b)}>
              {t('ben.col.evidence')}
            </Button>
          )}
          <Popconfirm title={t('ben.deleteConfirm')} onConfirm={() => onDelete(b)}>
            <Button type="link" danger>
              {t('ben.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
}
