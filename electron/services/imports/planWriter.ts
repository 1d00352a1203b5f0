import type Database from 'better-sqlite3';
import type { PlannedWrite } from './plannedWrite';

/**
 * Writes a plan with prepared statements (DESIGN §6: drizzle's multi-row values() is ten times slower), each
 * record with its audit row (source 'import') and its import_batch_records row. Runs inside the caller's transaction.
 */
export interface PlanWriter {
  write(write: PlannedWrite, seq: number): void;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export function preparePlanWriter(sqlite: Database.Database, batch: { batchId: string; actor: string; at: string }): PlanWriter {
  const insertEnterprise = sqlite.prepare(
    `INSERT INTO enterprises (id, name, name_original, credit_code, credit_code_override, country_code, industry_code, park_id, tags,
       registered_capital_usd, contacts, notes, created_at, updated_at)
     VALUES (@id, @name, @nameOriginal, @creditCode, NULL, @countryCode, @industryCode, @parkId, @tags, NULL, '[]', '', @createdAt, @updatedAt)`,
  );
  const updateEnterprise = sqlite.prepare(
    `UPDATE enterprises SET name = @name, name_original = @nameOriginal, country_code = @countryCode, industry_code = @industryCode,
       park_id = @parkId, tags = @tags, updated_at = @updatedAt WHERE id = @id`,
  );
  const insertProject = sqlite.prepare(
    `INSERT INTO projects (id, name, enterprise_id, park_id, type, stage, drop_reason, signed_on, under_construction_on, in_production_on,
       total_investment_usd, contracted_fdi_usd, land_mu, source_country, industry_code, owner, owner_phone, issues, created_at, updated_at)
     VALUES (@id, @name, @enterpriseId, @parkId, @type, @stage, @dropReason, @signedOn, @underConstructionOn, @inProductionOn,
       @totalInvestmentUsd, @contractedFdiUsd, @landMu, @sourceCountry, @industryCode, @owner, @ownerPhone, @issues, @createdAt, @updatedAt)`,
  );
  const updateProject = sqlite.prepare(
    `UPDATE projects SET name = @name, type = @type, stage = @stage, drop_reason = @dropReason, signed_on = @signedOn,
       under_construction_on = @underConstructionOn, in_production_on = @inProductionOn, total_investment_usd = @totalInvestmentUsd,
       contracted_fdi_usd = @contractedFdiUsd, land_mu = @landMu, source_country = @sourceCountry, industry_code = @industryCode,
       owner = @owner, owner_phone = @ownerPhone, issues = @issues, updated_at = @updatedAt WHERE id = @id`,
  );
  const upsertIndicator = sqlite.prepare(
    `INSERT INTO indicator_values (park_id, indicator_code, period, scaled_value, source, import_batch_id, updated_at, updated_by)
     VALUES (@parkId, @indicatorCode, @period, @scaledValue, 'imported', @importBatchId, @updatedAt, @updatedBy)
     ON CONFLICT (park_id, indicator_code, period) DO UPDATE SET scaled_value = excluded.scaled_value, source = 'imported',
       import_batch_id = excluded.import_batch_id, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  const insertAudit = sqlite.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, source) VALUES (?, ?, ?, ?, ?, ?, ?, 'import')`,
  );
  const insertRecord = sqlite.prepare(
    'INSERT INTO import_batch_records (batch_id, seq, entity, entity_id, action, source_row) VALUES (?, ?, ?, ?, ?, ?)',
  );

  function writeRow(write: PlannedWrite): void {
    const row = write.after;
    if (write.entity === 'enterprise') {
      const params = { ...row, tags: json(row.tags) };
      (write.action === 'create' ? insertEnterprise : updateEnterprise).run(params);
    } else if (write.entity === 'project') {
      (write.action === 'create' ? insertProject : updateProject).run(row);
    } else {
      row.importBatchId = batch.batchId;
      upsertIndicator.run(row);
    }
  }

  return {
    write(write, seq) {
      writeRow(write);
      insertAudit.run(batch.at, batch.actor, write.action, write.entity, write.entityId, json(write.before), json(write.after));
      insertRecord.run(batch.batchId, seq, write.entity, write.entityId, write.action, write.sourceRow);
    },
  };
}
