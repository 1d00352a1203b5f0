import { Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClockPair } from './clockTypes';
import { LightTag } from '../WorkflowTags';
import type { ClockReading } from '../workflowTypes';

/**
 * Both clocks side by side, row by row, so the statutory and the promised deadline of the same step can be
 * compared at a glance; paused days are shown because that is what moved the due date.
 */
export function ClockTable({ clocks, testId }: { clocks: ClockPair; testId?: string }) {
  const { t } = useTranslation();
  const days = (n: number) => t('wf.clock.days', { days: n });
  const rows: { label: string; value(c: ClockReading): ReactNode }[] = [
    { label: t('wf.clock.start'), value: (c) => c.startOn ?? t('wf.clock.notStarted') },
    {
      label: t('wf.clock.due'),
      value: (c) => (
        <Typography.Text strong>
          {c.dueOn ?? '—'}
          {c.endOn ? <Typography.Text type="secondary"> · {t('wf.clock.ended', { date: c.endOn })}</Typography.Text> : null}
        </Typography.Text>
      ),
    },
    { label: t('wf.clock.used'), value: (c) => `${days(c.elapsed)} / ${days(c.limit)}` },
    {
      label: t('wf.clock.remaining'),
      value: (c) => (c.overdue > 0 ? <Typography.Text type="danger">{t('wf.daysOver', { days: c.overdue })}</Typography.Text> : days(c.remaining)),
    },
    { label: t('wf.clock.paused'), value: (c) => (c.pausedDays > 0 ? <Typography.Text strong>{days(c.pausedDays)}</Typography.Text> : days(0)) },
    { label: t('wfCol.light'), value: (c) => <LightTag light={c.light} paused={c.paused} /> },
  ];
  return (
    <div className="wf-clock-grid num" data-testid={testId}>
      <span />
      <span className="wf-clock-head">
        {t('wf.clock.statutory')} · {t('wf.clock.limit', { days: clocks.statutory.limit })}
      </span>
      <span className="wf-clock-head">
        {t('wf.clock.promised')} · {t('wf.clock.limit', { days: clocks.promised.limit })}
      </span>
      {rows.map((row) => (
        <Fragment key={row.label}>
          <Typography.Text type="secondary">{row.label}</Typography.Text>
          <span data-clock="statutory">{row.value(clocks.statutory)}</span>
          <span data-clock="promised">{row.value(clocks.promised)}</span>
        </Fragment>
      ))}
    </div>
  );
}
