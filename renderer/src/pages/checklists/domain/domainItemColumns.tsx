import type { TableColumnsType } from 'antd';
import { Space } from 'antd';
import type { TFunction } from 'i18next';
import { hashOf } from '../../../app/routes';
import type { Locale } from '../../../i18n/resources';
import { domainLabel } from '../checklistLabels';
import { ItemStatusTag, OverdueTag } from '../ChecklistTags';
import type { OpenItemRow } from '../checklistTypes';

const DASH = '—';

export function domainItemColumns(t: TFunction, locale: Locale): TableColumnsType<OpenItemRow> {
  return [
    {
      title: t('cl.col.item'),
      key: 'item',
      width: 300,
      render: (_, row) => <a href={hashOf('checklists', row.checklistId)}>{locale === 'en' ? row.titleEn : row.titleZh}</a>,
    },
    { title: t('cl.col.domain'), key: 'domain', width: 130, render: (_, row) => domainLabel(row.domain, t) },
    {
      title: t('cl.col.enterprise'),
      key: 'enterprise',
      width: 220,
      render: (_, row) => <a href={hashOf('checklists', null, { enterprise: row.enterpriseId })}>{row.enterpriseName}</a>,
    },
    { title: t('cl.col.park'), key: 'park', width: 200, ellipsis: true, render: (_, row) => row.parkName ?? DASH },
    {
      title: t('cl.col.status'),
      key: 'status',
      width: 190,
      render: (_, row) => (
        <Space size={4} wrap>
          <ItemStatusTag status={row.status} />
          {row.overdue && <OverdueTag />}
        </Space>
      ),
    },
    { title: t('cl.col.assignee'), key: 'assignee', width: 110, render: (_, row) => row.assignee || DASH },
    { title: t('cl.col.due'), key: 'due', width: 120, render: (_, row) => <span className="num">{row.dueOn ?? DASH}</span> },
  ];
}
