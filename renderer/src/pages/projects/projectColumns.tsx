import { Typography } from 'antd';
import type { TableColumnsType, TableColumnType } from 'antd';
import type { TFunction } from 'i18next';
import { hashOf } from '../../app/routes';
import { FlagTags, StageTag } from '../investment/FlagTags';
import { typeLabel } from '../investment/investmentLabels';
import { wan } from '../investment/wanText';
import type { ProjectListRow, ProjectSort, ProjectSortField } from './projectQuery';

export interface ProjectColumnContext {
  t: TFunction;
  sort: ProjectSort;
  parkLabel(id: string, fallback: string): string;
}

const DASH = '—';
type SortOrder = TableColumnType<ProjectListRow>['sortOrder'];

const money = (usd: number) => <span className="num">{wan(usd)}</span>;

export function projectColumns({ t, sort, parkLabel }: ProjectColumnContext): TableColumnsType<ProjectListRow> {
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
          <Typography.Text type="secondary" ellipsis={{ tooltip: project.enterpriseName }} className="project-enterprise">
            {project.enterpriseName}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('projects.col.park'), key: 'park', width: 200, ellipsis: true, render: (_, p) => parkLabel(p.parkId, p.parkName) },
    { title: t('projects.col.type'), key: 'type', width: 110, render: (_, p) => typeLabel(p.type, t) },
    { title: t('projects.col.stage'), ...sortable('stage'), width: 130, render: (_, p) => <StageTag stage={p.stage} /> },
    { title: t('projects.col.total'), ...sortable('totalInvestmentUsd'), width: 160, align: 'right', render: (_, p) => money(p.totalInvestmentUsd) },
    { title: t('projects.col.contracted'), ...sortable('contractedFdiUsd'), width: 160, align: 'right', render: (_, p) => money(p.contractedFdiUsd) },
    { title: t('projects.col.arrived'), key: 'arrived', width: 160, align: 'right', render: (_, p) => money(p.arrivedUsd) },
    {
      title: t('projects.col.flags'),
      key: 'flags',
      width: 200,
      render: (_, p) => (p.isLarge || p.isFortune500 ? <FlagTags isLarge={p.isLarge} isFortune500={p.isFortune500} /> : DASH),
    },
    { title: t('projects.col.signedOn'), ...sortable('signedOn'), width: 130, render: (_, p) => p.signedOn ?? DASH },
  ];
}

/** The columns' widths added up: a virtual table needs its scroll width as a number. */
export const PROJECT_TABLE_WIDTH = 300 + 200 + 110 + 130 + 160 * 3 + 200 + 130;
