import { Typography } from 'antd';
import type { TableColumnsType, TableColumnType } from 'antd';
import type { TFunction } from 'i18next';
import { hashOf } from '../../app/routes';
import type { Locale } from '../../i18n/resources';
import { FlagTags, StageTag } from '../investment/FlagTags';
import { typeLabel } from '../investment/investmentLabels';
import { wan } from '../investment/wanText';
import type { ProjectListRow, ProjectSort, ProjectSortField } from './projectQuery';

function enterpriseLabel(project: ProjectListRow, locale: Locale): string {
  return locale === 'en' && project.enterpriseNameOriginal ? project.enterpriseNameOriginal : project.enterpriseName;
}

export interface ProjectColumnContext {
  t: TFunction;
  sort: ProjectSort;
  parkLabel(id: string, fallback: string): string;
  /** In English the investor's own name (as registered abroad) reads better for a visitor than the Chinese one. */
  locale: Locale;
}

const DASH = '—';
type SortOrder = TableColumnType<ProjectListRow>['sortOrder'];

const money = (usd: number) => <span className="num">{wan(usd)}</span>;

/** Amount columns name their unit on a second, smaller line, so the header stays narrow. */
const moneyTitle = (label: string, t: TFunction) => (
  <span className="money-title">
    {label}
    <span className="money-unit">{t('unit.wanUsd')}</span>
  </span>
);

export function projectColumns({ t, sort, parkLabel, locale }: ProjectColumnContext): TableColumnsType<ProjectListRow> {
  const sortOrder = (field: ProjectSortField): SortOrder =>
    sort.sortBy === field ? (sort.sortDir === 'asc' ? 'ascend' : 'descend') : null;
  // Sorting happens in SQL; `sorter: true` only shows the control and reports clicks.
  const sortable = (field: ProjectSortField) => ({ key: field, sorter: true, sortOrder: sortOrder(field) });

  return [
    {
      title: t('projects.col.name'),
      ...sortable('name'),
      fixed: 'left',
      width: 300,
      render: (_, project) => (
        <div className="project-name-cell">
          <a href={hashOf('projects', project.id)} data-testid="project-link">
            <Typography.Text strong ellipsis={{ tooltip: project.name }} style={{ color: 'inherit' }}>
              {project.name}
            </Typography.Text>
          </a>
          <Typography.Text type="secondary" ellipsis={{ tooltip: enterpriseLabel(project, locale) }} className="project-enterprise">
            {enterpriseLabel(project, locale)}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('projects.col.park'), key: 'park', width: 190, ellipsis: true, render: (_, p) => parkLabel(p.parkId, p.parkName) },
    { title: t('projects.col.type'), key: 'type', width: 100, render: (_, p) => typeLabel(p.type, t) },
    { title: t('projects.col.stage'), ...sortable('stage'), width: 120, render: (_, p) => <StageTag stage={p.stage} /> },
    { title: moneyTitle(t('projects.col.total'), t), ...sortable('totalInvestmentUsd'), width: 150, align: 'right', render: (_, p) => money(p.totalInvestmentUsd) },
    { title: moneyTitle(t('projects.col.contracted'), t), ...sortable('contractedFdiUsd'), width: 150, align: 'right', render: (_, p) => money(p.contractedFdiUsd) },
    { title: moneyTitle(t('projects.col.arrived'), t), key: 'arrived', width: 150, align: 'right', render: (_, p) => money(p.arrivedUsd) },
    {
      title: t('projects.col.flags'),
      key: 'flags',
      width: 190,
      render: (_, p) => (p.isLarge || p.isFortune500 ? <FlagTags isLarge={p.isLarge} isFortune500={p.isFortune500} /> : DASH),
    },
    { title: t('projects.col.signedOn'), ...sortable('signedOn'), width: 130, render: (_, p) => p.signedOn ?? DASH },
  ];
}

/** The columns' widths added up: a virtual table needs its scroll width as a number. */
export const PROJECT_TABLE_WIDTH = 300 + 190 + 100 + 120 + 150 * 3 + 190 + 130;
