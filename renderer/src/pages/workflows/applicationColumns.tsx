import { Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { hashOf } from '../../app/routes';
import type { ApplicationSummary } from './workflowTypes';
import { LightTag, StatusTag } from './WorkflowTags';

/** Due dates as the user reads them: the promised one first (what the park committed to), the statutory one after. */
function DueCell({ row, t }: { row: ApplicationSummary; t: TFunction }) {
  const clocks = row.currentStep?.clocks ?? row.overall;
  const promised = clocks.promised;
  if (!promised.dueOn) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <div>
      <div className="num">
        {promised.dueOn} / {clocks.statutory.dueOn}
      </div>
      {/* A decided or withdrawn application has no days left, only the day its clock stopped. */}
      <Typography.Text type={promised.overdue > 0 ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
        {promised.endOn
          ? t('wf.clock.ended', { date: promised.endOn })
          : promised.overdue > 0
            ? t('wf.daysOver', { days: promised.overdue })
            : t('wf.daysLeft', { days: promised.remaining })}
      </Typography.Text>
    </div>
  );
}

/** Columns shared by 我的待办 and 全部申请; the number links to the application page. */
export function applicationColumns(t: TFunction): TableColumnsType<ApplicationSummary> {
  return [
    {
      key: 'serial',
      title: t('wfCol.serial'),
      width: 110,
      render: (_, row) => <a href={hashOf('workflows', row.id)}>{row.serial}</a>,
    },
    {
      key: 'subject',
      title: t('wfCol.subject'),
      render: (_, row) => (
        <div>
          <a href={hashOf('workflows', row.id)}>{row.subject}</a>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {row.enterpriseName} · {row.templateName}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { key: 'status', title: t('wfCol.status'), width: 130, render: (_, row) => <StatusTag status={row.status} /> },
    {
      key: 'step',
      title: t('wfCol.step'),
      width: 220,
      render: (_, row) =>
        row.currentStep ? (
          <div>
            <div>{t('wf.stepOf', { no: row.currentStep.stepNo, count: row.stepCount, name: row.currentStep.name })}</div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {row.currentStep.pendingDepartments.join('、')}
            </Typography.Text>
          </div>
        ) : (
          '—'
        ),
    },
    { key: 'due', title: t('wfCol.due'), width: 210, render: (_, row) => <DueCell row={row} t={t} /> },
    { key: 'light', title: t('wfCol.light'), width: 170, render: (_, row) => <LightTag light={row.light} paused={row.paused} /> },
  ];
}
