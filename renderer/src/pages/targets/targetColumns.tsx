import { Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { countryName } from '../../../../db/reference/countries';
import { hashOf } from '../../app/routes';
import type { Locale } from '../../i18n/resources';
import { industryLabel, industryShortLabel } from '../investment/industryOptions';
import { PRIORITY_COLORS, priorityLabel, TARGET_STATUS_COLORS, targetStatusLabel } from '../investment/investmentLabels';
import { isOverdue, type TargetListRow } from './targetQuery';

interface Context {
  t: TFunction;
  locale: Locale;
  today: string;
  parkLabel(id: string | null): string;
}

const DASH = '—';

/** The columns' widths added up: fits the list beside the menu on a 1440-pixel screen. */
export const TARGET_TABLE_WIDTH = 230 + 110 + 150 + 170 + 100 + 120 + 110 + 150;

export function targetColumns({ t, locale, today, parkLabel }: Context): TableColumnsType<TargetListRow> {
  return [
    {
      title: t('targets.col.company'),
      key: 'company',
      fixed: 'left',
      width: 230,
      render: (_, target) => (
        <div>
          <a href={hashOf('targets', target.id)} data-testid="target-link">
            <Typography.Text strong style={{ color: 'inherit' }}>
              {target.company}
            </Typography.Text>
          </a>
          {target.companyOriginal && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {target.companyOriginal}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { title: t('targets.col.country'), key: 'country', width: 110, render: (_, r) => countryName(r.countryCode, locale) },
    { title: t('targets.col.industry'), key: 'industry', width: 150, ellipsis: { showTitle: false }, render: (_, r) => <span title={industryLabel(r.industryCode, locale)}>{industryShortLabel(r.industryCode, locale)}</span> },
    { title: t('targets.col.park'), key: 'park', width: 170, ellipsis: true, render: (_, r) => parkLabel(r.parkId) },
    {
      title: t('targets.col.priority'),
      key: 'priority',
      width: 100,
      render: (_, r) => <Tag color={PRIORITY_COLORS[r.priority]}>{priorityLabel(r.priority, t)}</Tag>,
    },
    {
      title: t('targets.col.status'),
      key: 'status',
      width: 120,
      render: (_, r) => <Tag color={TARGET_STATUS_COLORS[r.status]}>{targetStatusLabel(r.status, t)}</Tag>,
    },
    { title: t('targets.col.owner'), key: 'owner', width: 110, render: (_, r) => r.owner || DASH },
    {
      title: t('targets.col.nextDue'),
      key: 'nextDue',
      width: 150,
      render: (_, r) =>
        r.nextDueOn === null ? (
          DASH
        ) : isOverdue(r.nextDueOn, today) && r.status !== 'converted' ? (
          <Typography.Text type="danger" strong data-testid="target-overdue">
            {r.nextDueOn} · {t('targets.overdue')}
          </Typography.Text>
        ) : (
          r.nextDueOn
        ),
    },
  ];
}
