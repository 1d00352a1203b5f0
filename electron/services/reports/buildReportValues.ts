import type { Store } from '../../../db/client';
import { getLivePark } from '../../../db/repos/parksRepo';
import { AppError } from '../appError';
import { buildT1Indicators, buildT1Projects } from './buildT1';
import { buildT2Ledger } from './buildT2';
import { buildT3Indicators } from './buildT3';
import { buildT4Indicators } from './buildT4';
import type { ReportCode, ReportHeader, ReportValues } from './reportContract';
import { isPeriodOf } from './reportPeriods';

export function emptyHeader(reportingUnit = ''): ReportHeader {
  return { reportingUnit, unitHead: '', statisticsHead: '', preparer: '', phone: '', reportDate: '' };
}

/** Every value the store can compute for one report of one park and period; manual values are merged later. */
export function buildReportValues(store: Store, code: ReportCode, parkId: string, period: string): ReportValues {
  const park = getLivePark(store.db, parkId);
  if (!park) throw new AppError('NOT_FOUND', undefined, { entity: 'park', id: parkId });
  if (!isPeriodOf(code, period)) throw new AppError('VALIDATION', undefined, { fields: [{ path: 'period', key: 'report.period' }] });
  const db = store.db;
  const base = { code, parkId, period, header: emptyHeader(park.name) };
  switch (code) {
    case 'T1':
      return { ...base, indicators: buildT1Indicators(db, parkId, period), lists: { projects: buildT1Projects(db, parkId, period) } };
    case 'T2':
      return { ...base, indicators: {}, lists: { ledger: buildT2Ledger(db, parkId, period) } };
    case 'T3':
      return { ...base, indicators: buildT3Indicators(db, parkId, period), lists: {} };
    case 'T4':
      return { ...base, indicators: buildT4Indicators(db, parkId, period), lists: {} };
  }
}
