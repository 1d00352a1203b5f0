import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { reportSubmissions, type ReportSubmissionRow } from '../schema';

export function getSubmission(db: Db, id: string): ReportSubmissionRow | undefined {
  return db.select().from(reportSubmissions).where(eq(reportSubmissions.id, id)).get();
}

/** The newest revision of one park's report for one period. */
export function latestSubmission(db: Db, parkId: string, code: string, period: string): ReportSubmissionRow | undefined {
  return db
    .select()
    .from(reportSubmissions)
    .where(and(eq(reportSubmissions.parkId, parkId), eq(reportSubmissions.reportCode, code), eq(reportSubmissions.period, period)))
    .orderBy(desc(reportSubmissions.revision))
    .get();
}

/** The newest revision that left the park (已报送 or 已锁定), whose snapshot is what the province has. */
export function latestSentSubmission(db: Db, parkId: string, code: string, period: string): ReportSubmissionRow | undefined {
  return db
    .select()
    .from(reportSubmissions)
    .where(and(eq(reportSubmissions.parkId, parkId), eq(reportSubmissions.reportCode, code), eq(reportSubmissions.period, period), inArray(reportSubmissions.status, ['submitted', 'locked'])))
    .orderBy(desc(reportSubmissions.revision))
    .get();
}

export function insertSubmission(db: Db, row: typeof reportSubmissions.$inferInsert): void {
  db.insert(reportSubmissions).values(row).run();
}

export function updateSubmission(db: Db, id: string, patch: Partial<typeof reportSubmissions.$inferInsert>): void {
  db.update(reportSubmissions).set(patch).where(eq(reportSubmissions.id, id)).run();
}

export interface SubmissionListRow {
  id: string;
  parkId: string;
  parkName: string;
  reportCode: string;
  period: string;
  revision: number;
  revisions: number;
  status: ReportSubmissionRow['status'];
  fileName: string | null;
  fileSha256: string | null;
  validatedAt: string | null;
  submittedAt: string | null;
  lockedAt: string | null;
  updatedAt: string;
}

/** The latest revision per park, form and period, newest period first, with how many revisions it has. */
export function listLatestSubmissions(db: Db, filter: { parkId?: string; code?: string; period?: string }): SubmissionListRow[] {
  return db.all<SubmissionListRow>(sql`
    SELECT s.id, s.park_id AS parkId, p.name AS parkName, s.report_code AS reportCode, s.period, s.revision,
           (SELECT count(*) FROM report_submissions r WHERE r.park_id = s.park_id AND r.report_code = s.report_code AND r.period = s.period) AS revisions,
           s.status, s.file_name AS fileName, s.file_sha256 AS fileSha256, s.validated_at AS validatedAt,
           s.submitted_at AS submittedAt, s.locked_at AS lockedAt, s.updated_at AS updatedAt
    FROM report_submissions s JOIN parks p ON p.id = s.park_id
    WHERE s.revision = (SELECT max(r.revision) FROM report_submissions r WHERE r.park_id = s.park_id AND r.report_code = s.report_code AND r.period = s.period)
      ${filter.parkId ? sql`AND s.park_id = ${filter.parkId}` : sql``}
      ${filter.code ? sql`AND s.report_code = ${filter.code}` : sql``}
      ${filter.period ? sql`AND s.period = ${filter.period}` : sql``}
    ORDER BY s.period DESC, s.report_code, p.name`);
}
