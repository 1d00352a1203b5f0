import { and, asc, count, desc, eq, gte, inArray, isNull, like, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { LARGE_PROJECT_USD, type ProjectStage, type ProjectType } from '../reference/investment';
import { enterprises, parks, projects, type NewProjectRow, type ProjectRow } from '../schema';
import { activeInPeriodParams, activeInPeriodSql, type DayRange } from './projectActivity';
import { positionalSql, searchCondition } from './sqlText';

export interface ProjectListQuery {
  search?: string;
  parkId?: string;
  /** Any of these parks. */
  parkIds?: readonly string[];
  /** In the pipeline during these days, by the dashboard's rule (projectActivity.ts). */
  activeDuring?: DayRange;
  enterpriseId?: string;
  stage?: ProjectStage;
  type?: ProjectType;
  sourceCountry?: string;
  industryCode?: string;
  largeOnly?: boolean;
  fortune500Only?: boolean;
  /** Leave out dropped (终止) projects. */
  openOnly?: boolean;
  sortBy?: 'name' | 'stage' | 'totalInvestmentUsd' | 'contractedFdiUsd' | 'signedOn' | 'updatedAt';
  sortDir?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

function listFilter(db: Db, query: ProjectListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [isNull(projects.deletedAt)];
  if (query.search?.trim()) conditions.push(searchCondition(projects.id, 'project', query.search, db));
  if (query.parkId) conditions.push(eq(projects.parkId, query.parkId));
  if (query.parkIds?.length) conditions.push(inArray(projects.parkId, [...query.parkIds]));
  if (query.activeDuring) conditions.push(positionalSql(activeInPeriodSql('"projects"'), activeInPeriodParams(query.activeDuring)));
  if (query.enterpriseId) conditions.push(eq(projects.enterpriseId, query.enterpriseId));
  if (query.stage) conditions.push(eq(projects.stage, query.stage));
  if (query.type) conditions.push(eq(projects.type, query.type));
  if (query.sourceCountry) conditions.push(eq(projects.sourceCountry, query.sourceCountry));
  if (query.industryCode) conditions.push(or(eq(projects.industryCode, query.industryCode), like(projects.industryCode, `${query.industryCode}%`)));
  if (query.largeOnly) conditions.push(gte(projects.totalInvestmentUsd, LARGE_PROJECT_USD));
  if (query.fortune500Only) {
    conditions.push(sql`${projects.enterpriseId} IN (SELECT id FROM enterprises WHERE is_fortune500 = 1)`);
  }
  if (query.openOnly) conditions.push(ne(projects.stage, 'dropped'));
  return and(...conditions);
}

/** Running total of arrivals per project, answered from the covering index. */
export const arrivedUsdColumn = sql<number>`(SELECT coalesce(sum(a.amount_usd), 0) FROM fdi_arrivals a WHERE a.project_id = "projects"."id")`;

export function listProjects(db: Db, query: ProjectListQuery) {
  const where = listFilter(db, query);
  const column = projects[query.sortBy ?? 'updatedAt'];
  const rows = db
    .select({
      project: projects,
      enterpriseName: enterprises.name,
      enterpriseNameOriginal: enterprises.nameOriginal,
      isFortune500: enterprises.isFortune500,
      parkName: parks.name,
      arrivedUsd: arrivedUsdColumn,
    })
    .from(projects)
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .where(where)
    .orderBy(query.sortDir === 'asc' ? asc(column) : desc(column), asc(projects.id))
    .limit(query.limit ?? 100)
    .offset(query.offset ?? 0)
    .all();
  const total = db.select({ n: count() }).from(projects).where(where).get()?.n ?? 0;
  return { rows, total };
}

export function getLiveProject(db: Db, id: string): ProjectRow | undefined {
  return db.select().from(projects).where(and(eq(projects.id, id), isNull(projects.deletedAt))).get();
}

export function insertProject(db: Db, row: NewProjectRow): void {
  db.insert(projects).values(row).run();
}

export function updateProject(db: Db, id: string, patch: Partial<NewProjectRow>): void {
  db.update(projects).set(patch).where(eq(projects.id, id)).run();
}

export function countProjectsByCell(db: Db, parkId?: string) {
  return db
    .select({ countryCode: projects.sourceCountry, division: sql<string>`substr(${projects.industryCode}, 1, 2)`, n: count() })
    .from(projects)
    .where(and(isNull(projects.deletedAt), parkId ? eq(projects.parkId, parkId) : undefined))
    .groupBy(projects.sourceCountry, sql`substr(${projects.industryCode}, 1, 2)`)
    .all();
}
