import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { enterprises, parks, projects } from '../schema';

/** Live enterprises with their park's kind and level: whom a policy could reach. */
export function enterprisesWithPark(db: Db, enterpriseId?: string) {
  return db
    .select({ enterprise: enterprises, parkKind: parks.kind, parkLevel: parks.level, parkName: parks.name })
    .from(enterprises)
    .leftJoin(parks, eq(parks.id, enterprises.parkId))
    .where(and(isNull(enterprises.deletedAt), ...(enterpriseId ? [eq(enterprises.id, enterpriseId)] : [])))
    .orderBy(asc(enterprises.name))
    .all();
}

/** Live projects (not dropped) with their park's kind and level. */
export function projectsWithPark(db: Db, enterpriseId?: string) {
  return db
    .select({ project: projects, parkKind: parks.kind, parkLevel: parks.level })
    .from(projects)
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .where(and(isNull(projects.deletedAt), ...(enterpriseId ? [eq(projects.enterpriseId, enterpriseId)] : [])))
    .orderBy(asc(projects.name))
    .all();
}
