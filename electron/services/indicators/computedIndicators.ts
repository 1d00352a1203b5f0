import type Database from 'better-sqlite3';

/**
 * The monthly cooperation-park figures derived from the store's own records, as scaled integers of their
 * definitions: 实际使用外资 from arrivals (万美元 × 100 = hundreds of dollars), 合同外资 of projects signed that
 * month, new (新设) projects signed that month, and projects of Fortune 500 investors signed that month.
 * A month with no records has no row: the caller reports "no data" for it, never zero.
 */
export function computedMonthly(sqlite: Database.Database, parkId: string, from: string, to: string): Map<string, Map<string, number>> {
  const byCode = new Map<string, Map<string, number>>();
  const put = (code: string, period: string, scaled: number) => {
    const periods = byCode.get(code) ?? new Map<string, number>();
    periods.set(period, scaled);
    byCode.set(code, periods);
  };
  const arrivals = sqlite
    .prepare('SELECT period, SUM(amount_usd) AS usd FROM fdi_arrivals WHERE park_id = ? AND period BETWEEN ? AND ? GROUP BY period')
    .all(parkId, from, to) as { period: string; usd: number }[];
  for (const r of arrivals) put('utilised_fdi', r.period, hundredsOfDollars(r.usd));
  const signed = sqlite
    .prepare(
      `SELECT substr(p.signed_on, 1, 7) AS period, SUM(p.contracted_fdi_usd) AS usd, SUM(p.type = 'new') AS created,
              SUM(COALESCE(e.is_fortune500, 0)) AS fortune500
         FROM projects p JOIN enterprises e ON e.id = p.enterprise_id
        WHERE p.park_id = ? AND p.deleted_at IS NULL AND p.signed_on IS NOT NULL AND substr(p.signed_on, 1, 7) BETWEEN ? AND ?
        GROUP BY 1`,
    )
    .all(parkId, from, to) as { period: string; usd: number; created: number; fortune500: number }[];
  for (const r of signed) {
    put('contracted_fdi', r.period, hundredsOfDollars(r.usd));
    put('new_fdi_projects', r.period, r.created);
    put('fortune500_projects', r.period, r.fortune500);
  }
  return byCode;
}

/** US dollars → 万美元 with two decimals as an integer, rounded half up (exact: integer arithmetic). */
function hundredsOfDollars(usd: number): number {
  return Math.floor((usd + 50) / 100);
}
