import { WarningFilled } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { countryName } from '../../../../db/reference/countries';
import { hashOf } from '../../app/routes';
import type { Locale } from '../../i18n/resources';
import { industryLabel, industryShortLabel } from '../investment/industryOptions';
import { tagLabel } from '../investment/investmentLabels';
import { wan } from '../investment/wanText';
import type { EnterpriseRecord } from './enterpriseFormValues';

export type EnterpriseRow = EnterpriseRecord & { parkName: string | null };

interface Context {
  t: TFunction;
  locale: Locale;
  parkLabel(id: string | null, fallback: string | null): string;
  onEdit(enterprise: EnterpriseRow): void;
}

const DASH = '—';

export function enterpriseColumns({ t, locale, parkLabel, onEdit }: Context): TableColumnsType<EnterpriseRow> {
  return [
    {
      title: t('enterprises.col.name'),
      key: 'name',
      fixed: 'left',
      width: 300,
      render: (_, e) => (
        <div>
          <Typography.Text strong>{e.name}</Typography.Text>
          {e.nameOriginal && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {e.nameOriginal}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      title: t('enterprises.col.creditCode'),
      key: 'creditCode',
      width: 220,
      render: (_, e) =>
        e.creditCode ? (
          <Space size={4}>
            <span className="num">{e.creditCode}</span>
            {/* Kept despite a failed GB 32100 check: the reason is one hover away. */}
            {e.creditCodeOverride && (
              <Tooltip title={e.creditCodeOverride}>
                <WarningFilled style={{ color: '#d48806' }} aria-label={e.creditCodeOverride} />
              </Tooltip>
            )}
          </Space>
        ) : (
          DASH
        ),
    },
    { title: t('enterprises.col.country'), key: 'country', width: 130, render: (_, e) => countryName(e.countryCode, locale) },
    { title: t('enterprises.col.industry'), key: 'industry', width: 200, ellipsis: { showTitle: false }, render: (_, e) => <span title={industryLabel(e.industryCode, locale)}>{industryShortLabel(e.industryCode, locale)}</span> },
    { title: t('enterprises.col.park'), key: 'park', width: 200, ellipsis: true, render: (_, e) => parkLabel(e.parkId, e.parkName) },
    {
      title: t('enterprises.col.tags'),
      key: 'tags',
      width: 220,
      render: (_, e) =>
        e.tags.length ? (
          <Space size={[4, 4]} wrap>
            {e.tags.map((tag) => (
              <Tag key={tag} color={tag === 'fortune500' ? 'purple' : 'blue'} bordered={false}>
                {tagLabel(tag, t)}
              </Tag>
            ))}
          </Space>
        ) : (
          DASH
        ),
    },
    {
      title: t('enterprises.col.capital'),
      key: 'capital',
      width: 150,
      align: 'right',
      render: (_, e) => (e.registeredCapitalUsd === null ? DASH : <span className="num">{wan(e.registeredCapitalUsd)}</span>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      width: 280,
      render: (_, e) => (
        <Space size={0}>
          <Button type="link" onClick={() => onEdit(e)} data-testid="enterprise-edit">
            {t('common.edit')}
          </Button>
          <Button type="link" href={hashOf('checklists', null, { enterprise: e.id })} data-testid="enterprise-checklists">
            {t('nav.checklists')}
          </Button>
          <Button type="link" href={hashOf('policies', null, { tab: 'benefits', enterprise: e.id })} data-testid="enterprise-policies">
            {t('app.applicable')}
          </Button>
        </Space>
      ),
    },
  ];
}
