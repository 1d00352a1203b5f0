import { createHash, randomUUID } from 'node:crypto';
import type { Store } from '../client';
import { indicatorDefinition } from '../reference/indicators';
import { insertAudit } from '../repos/auditRepo';
import { insertIndicatorValueIfAbsent } from '../repos/indicatorValuesRepo';
import { findLiveParkByName } from '../repos/parksRepo';
import { getSubmission, insertSubmission, latestSubmission, updateSubmission } from '../repos/reportSubmissionsRepo';
import type { SubmissionStatus } from '../schema';
import { loadReportTemplate } from '../../electron/services/excel/templates';
import type { ReportCode } from '../../electron/services/reports/reportContract';
import { workingValues } from '../../electron/services/reports/submissionView';
import { DEMO_PARKS } from './demoParks';
import { demoIndicatorValues } from './demoIndicators';

/** Submissions in every state, for the report list to have something to show; one T1 has a correction under way. */
const DEMO_SUBMISSIONS: { park: string; code: ReportCode; period: string; statuses: SubmissionStatus[] }[] = [
  { park: '中日（平湖）产业合作园', code: 'T1', period: '2026-07', statuses: ['locked'] },
  { park: '中日（平湖）产业合作园', code: 'T1', period: '2026-08', statuses: ['submitted', 'draft'] },
  { park: '中日（平湖）产业合作园', code: 'T1', period: '2026-09', statuses: ['validated'] },
  { park: '中日（平湖）产业合作园', code: 'T1', period: '2026-10', statuses: ['draft'] },
  { park: '中荷（嘉善）产业合作园', code: 'T1', period: '2026-09', statuses: ['submitted'] },
  { park: '中荷（嘉善）产业合作园', code: 'T3', period: '2026-Q2', statuses: ['locked'] },
  { park: '中荷（嘉善）产业合作园', code: 'T3', period: '2026-Q3', statuses: ['validated'] },
  { park: '杭州国家高新技术产业开发区', code: 'T4', period: '2025', statuses: ['draft'] },
];

function seedIndicators(store: Store, actor: string, at: string): void {
  DEMO_PARKS.forEach((demo, index) => {
    const park = findLiveParkByName(store.db, demo.name);
    if (!park) return;
    for (const v of demoIndicatorValues(index)) {
      const decimals = indicatorDefinition(v.code)?.decimals ?? 0;
      insertIndicatorValueIfAbsent(store.db, {
        parkId: park.id, indicatorCode: v.code, period: v.period, scaledValue: Math.round(v.value * 10 ** decimals), source: 'manual', updatedAt: at, updatedBy: actor,
      });
    }
  });
}

/** One revision in its final state; a sent one carries its values as sent (the demo has no real file: the hash is of the values). */
function seedRevision(store: Store, parkId: string, code: ReportCode, period: string, revision: number, status: SubmissionStatus, supersedesId: string | null, actor: string, at: string): string {
  const id = randomUUID();
  const day = at.slice(0, 10);
  const header = { reportingUnit: findParkName(store, parkId), unitHead: '王建国', statisticsHead: '李敏', preparer: '陈晓', phone: '0573-85000000', reportDate: day };
  insertSubmission(store.db, {
    id, parkId, reportCode: code, period, revision, status: 'draft', templateVersion: loadReportTemplate(code).version, header, manualValues: {},
    supersedesId, createdAt: at, updatedAt: at,
  });
  if (status !== 'draft') {
    const values = workingValues(store, getSubmission(store.db, id)!).values;
    const sent = status === 'submitted' || status === 'locked';
    updateSubmission(store.db, id, {
      status, validatedAt: at, submittedAt: sent ? at : null, lockedAt: status === 'locked' ? at : null,
      snapshot: sent ? values : null,
      fileSha256: sent ? createHash('sha256').update(JSON.stringify(values)).digest('hex') : null,
      fileName: sent ? `${code}-${header.reportingUnit}-${period}（演示）.xlsx` : null,
    });
  }
  insertAudit(store.db, { at, actor, action: 'seed', entity: 'report_submission', entityId: id, before: null, after: getSubmission(store.db, id) });
  return id;
}

function findParkName(store: Store, parkId: string): string {
  return (store.sqlite.prepare('SELECT name FROM parks WHERE id = ?').get(parkId) as { name: string }).name;
}

/**
 * Months whose arrivals the demo has checked and locked beyond seedDemoInvestment's: the high-tech zone's 2025 (so
 * its T4 self-evaluation validates) and 嘉善's October 2026 (so its T1 for October goes straight to export, while
 * 平湖's October stays open to show the lock check).
 */
const DEMO_LOCKS: { park: string; months: string[] }[] = [
  { park: '杭州国家高新技术产业开发区', months: Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`) },
  { park: '中荷（嘉善）产业合作园', months: ['2026-10'] },
];

function lockDemoMonths(store: Store, actor: string, at: string): void {
  const insert = store.sqlite.prepare('INSERT OR IGNORE INTO fdi_month_locks (park_id, period, locked_at, locked_by) VALUES (?, ?, ?, ?)');
  for (const { park: name, months } of DEMO_LOCKS) {
    const park = findLiveParkByName(store.db, name);
    if (park) for (const month of months) insert.run(park.id, month, at, actor);
  }
}

/** Demo T3/T4 indicator values for 2024–2026 and report submissions in each state; adds only what is missing. */
export function seedDemoReports(store: Store, actor: string, at: string): void {
  seedIndicators(store, actor, at);
  lockDemoMonths(store, actor, at);
  for (const demo of DEMO_SUBMISSIONS) {
    const park = findLiveParkByName(store.db, demo.park);
    if (!park || latestSubmission(store.db, park.id, demo.code, demo.period)) continue;
    let previous: string | null = null;
    demo.statuses.forEach((status, i) => {
      previous = seedRevision(store, park.id, demo.code, demo.period, i + 1, status, previous, actor, at);
    });
  }
}
