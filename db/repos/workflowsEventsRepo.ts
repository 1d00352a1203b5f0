import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { workflowEvents, type WorkflowEventRow } from '../schema';

export type NewWorkflowEvent = Omit<WorkflowEventRow, 'seq'>;

export function insertEvent(db: Db, event: NewWorkflowEvent): void {
  db.insert(workflowEvents).values(event).run();
}

export function eventsOf(db: Db, applicationId: string): WorkflowEventRow[] {
  return db.select().from(workflowEvents).where(eq(workflowEvents.applicationId, applicationId)).orderBy(asc(workflowEvents.seq)).all();
}

const ID_CHUNK = 500;

/** The kinds and dates the clock reads, for many applications at once, in timeline order. */
export function clockEventsOf(db: Db, applicationIds: readonly string[]) {
  const rows: { applicationId: string; kind: string; on: string }[] = [];
  for (let i = 0; i < applicationIds.length; i += ID_CHUNK) {
    const ids = applicationIds.slice(i, i + ID_CHUNK);
    rows.push(
      ...db
        .select({ applicationId: workflowEvents.applicationId, kind: workflowEvents.kind, on: workflowEvents.on })
        .from(workflowEvents)
        .where(inArray(workflowEvents.applicationId, ids))
        .orderBy(asc(workflowEvents.seq))
        .all(),
    );
  }
  return rows;
}

/** The date of the latest action: a new one cannot be dated before it. */
export function lastEventOn(db: Db, applicationId: string): string | undefined {
  return db.select({ on: workflowEvents.on }).from(workflowEvents).where(eq(workflowEvents.applicationId, applicationId)).orderBy(desc(workflowEvents.seq)).limit(1).get()?.on;
}
