import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { TableColumnsType, TableColumnType } from 'antd';
import type { TFunction } from 'i18next';
import { divisionLabel } from '../../../../db/reference/zhejiangDivisions';
import type { Locale } from '../../i18n/resources';
import { countryList, formatArea, kindLabel, levelLabel } from './parkLabels';
import type { ParkSort, ParkView } from './parkTypes';
import type { ParkDirectoryEntry } from './useParkDirectory';

export interface ParkColumnContext {
  t: TFunction;
  locale: Locale;
  sort: ParkSort;
  hostOf(id: string): ParkDirectoryEntry | undefined;
  onEdit(park: ParkView): void;
  onDelete(park: ParkView): Promise<void>;
}

const DASH = '—';

type SortOrder = TableColumnType<ParkView>['sortOrder'];

export function parkColumns(ctx: ParkColumnContext): TableColumnsType<ParkView> {
  const { t, locale, sort } = ctx;
  const sortOrder = (field: ParkSort['sortBy']): SortOrder =>
    sort.sortBy === field ? (sort.sortDir === 'asc' ? 'ascend' : 'descend') : null;
  // Sorting happens in SQL; `sorter: true` only tells antd to show the control and report clicks.
  const sortable = (field: ParkSort['sortBy']) => ({ key: field, sorter: true, sortOrder: sortOrder(field) });

  return [
    {
      title: t('parks.col.name'),
      ...sortable('name'),
      fixed: 'left',
      width: 260,
      render: (_, park) => (
        <div>
          <Typography.Text strong>{park.name}</Typography.Text>
          {park.nameEn && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {park.nameEn}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { title: t('parks.col.kind'), ...sortable('kind'), width: 170, render: (_, park) => kindLabel(park.kind, t) },
    { title: t('parks.col.level'), ...sortable('level'), width: 140, render: (_, park) => levelLabel(park.level, t) },
    {
      title: t('parks.col.partners'),
      key: 'partners',
      width: 150,
      render: (_, park) => (park.partnerCountries.length ? countryList(park.partnerCountries, locale) : DASH),
    },
    {
      title: t('parks.col.location'),
      ...sortable('divisionCode'),
      width: 160,
      render: (_, park) => divisionLabel(park.divisionCode, locale),
    },
    {
      title: t('parks.col.host'),
      key: 'host',
      width: 180,
      render: (_, park) => {
        const host = park.hostParkId ? ctx.hostOf(park.hostParkId) : undefined;
        if (!host) return DASH;
        return locale === 'en' && host.nameEn ? host.nameEn : host.name;
      },
    },
    {
      title: t('parks.col.established'),
      ...sortable('establishedOn'),
      width: 120,
      render: (_, park) => park.establishedOn ?? DASH,
    },
    {
      title: t('parks.col.area'),
      ...sortable('areaMu'),
      width: 130,
      align: 'right',
      render: (_, park) => (park.areaMu === null ? DASH : formatArea(park.areaMu, locale)),
    },
    {
      title: t('parks.col.industries'),
      key: 'industries',
      width: 220,
      render: (_, park) =>
        park.leadingIndustries.length ? (
          <Space size={[4, 4]} wrap>
            {park.leadingIndustries.map((industry) => (
              <Tag key={industry} color="blue" bordered={false}>
                {industry}
              </Tag>
            ))}
          </Space>
        ) : (
          DASH
        ),
    },
    {
      title: t('parks.col.actions'),
      key: 'actions',
      fixed: 'right',
      width: 160,
      render: (_, park) => (
        <Space size={0}>
          <Button type="link" onClick={() => ctx.onEdit(park)}>
            {t('parks.edit')}
          </Button>
          <Popconfirm
            title={t('parks.deleteConfirm', { name: park.name })}
            description={t('parks.deleteHint')}
            okText={t('parks.delete')}
            okButtonProps={{ danger: true }}
            onConfirm={() => ctx.onDelete(park)}
          >
            <Button type="link" danger>
              {t('parks.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
}
