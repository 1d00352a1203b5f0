import { Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { hashOf } from '../../../app/routes';
import { PolicyStatusTag } from '../PolicyTags';
import { categoryLabel, levelLabel } from '../policyLabels';

export type PolicyListRow = MethodOutput<'policies.list'>['rows'][number];

const DASH = '—';

export function libraryColumns(t: TFunction): TableColumnsType<PolicyListRow> {
  return [
    {
      title: t('pol.col.title'),
      key: 'title',
      width: 320,
      render: (_, p) => (
        <a href={hashOf('policies', p.id)} data-testid="policy-row-link">
          {p.title}
        </a>
      ),
    },
    { title: t('pol.col.status'), key: 'status', width: 120, render: (_, p) => <PolicyStatusTag status={p.status} /> },
    { title: t('pol.col.docNumber'), key: 'doc', width: 200, render: (_, p) => p.docNumber ?? DASH },
    { title: t('pol.col.issuer'), key: 'issuer', width: 180, ellipsis: true, render: (_, p) => p.issuer || DASH },
    { title: t('pol.col.level'), key: 'level', width: 110, render: (_, p) => levelLabel(p.level, t) },
    {
      title: t('pol.col.categories'),
      key: 'cats',
      width: 180,
      render: (_, p) =>
        p.categories.length ? (
          <Space size={[4, 4]} wrap>
            {p.categories.map((c) => (
              <Tag key={c} bordered={false}>
                {categoryLabel(c, t)}
              </Tag>
            ))}
          </Space>
        ) : (
          DASH
        ),
    },
    {
      title: t('pol.col.dates'),
      key: 'dates',
      width: 200,
      render: (_, p) => (
        <Typography.Text className="num">
          {[p.issuedOn, p.effectiveOn, p.expiresOn].map((d) => d ?? DASH).join(' / ')}
        </Typography.Text>
      ),
    },
    { title: t('pol.col.clauses'), key: 'clauses', width: 80, align: 'right', render: (_, p) => p.clauseCount },
    { title: t('pol.col.granted'), key: 'granted', width: 150, align: 'right', render: (_, p) => <span className="num">{p.grantedYuan}</span> },
  ];
}
