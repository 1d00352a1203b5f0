import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../electron/services/imports/commitImport';
import { dryRunImport } from '../../electron/services/imports/dryRun';
import { fixtureHost } from '../helpers/importHostFixture';
import { ok, PINGHU_PARK } from '../helpers/investmentFixtures';
import { creditCodeFor, ledgerRecord, parsedLedger } from '../helpers/ledgerFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

/**
 * The import indexes its records for search in bulk (bulkSearchIndex.ts) instead of through the per-row
 * triggers. Two stores start alike; one takes a ledger, the other the same changes one by one through the
 * API (so through the triggers). Search must then answer alike, old names of renamed enterprises included.
 */

const OLD_NAME = '浙江平湖第1精密机械有限公司';
const NEW_NAME = '嘉兴南湖新材料有限公司';
const NEW_INVESTOR = 'Nanhu Materials AG';
const NEW_RECORDS = [3, 4, 5];

interface Side {
  app: TestApp;
  parkId: string;
  enterpriseId: string;
  updatedProjectId: string;
}

const enterpriseFields = (n: number, name: string, nameOriginal: string, parkId: string) => ({
  name, nameOriginal, creditCode: creditCodeFor(n), countryCode: 'DE', industryCode: '34', parkId,
});
const projectFields = (name: string, enterpriseId: string, parkId: string, totalInvestmentWan: string) => ({
  name, enterpriseId, parkId, type: 'new', sourceCountry: 'DE', industryCode: '34', totalInvestmentWan, contractedFdiWan: '100',
});

/** Both stores: enterprise 1 with two projects (only one is in the ledger) and an enterprise the ledger never names. */
async function startingPoint(): Promise<Side> {
  const app = openTestApp();
  const parkId = (await ok<{ id: string }>(app, 'parks.create', PINGHU_PARK)).id;
  const enterpriseId = (await ok<{ id: string }>(app, 'enterprises.create', enterpriseFields(1, OLD_NAME, 'Investor 1 GmbH', parkId))).id;
  const updatedProjectId = (await ok<{ id: string }>(app, 'projects.create', { ...projectFields('第1号精密制造项目', enterpriseId, parkId, '1000'), stage: 'signed', stageOn: '2026-03-05' })).id;
  await ok(app, 'projects.create', { ...projectFields('一期厂房项目', enterpriseId, parkId, '800'), stage: 'signed', stageOn: '2026-03-05' });
  const other = (await ok<{ id: string }>(app, 'enterprises.create', enterpriseFields(2, '嘉善第2电子有限公司', '', parkId))).id;
  await ok(app, 'projects.create', { ...projectFields('第2号电子项目', other, parkId, '300'), stage: 'signed', stageOn: '2026-03-05' });
  return { app, parkId, enterpriseId, updatedProjectId };
}

/** Enterprise 1 renamed, its ledger project changed, a second project for it, and three new enterprises with projects. */
const ledger = () => [
  ledgerRecord(1, { enterprise_name: NEW_NAME, investor: NEW_INVESTOR, total_investment: 1500 }),
  ledgerRecord(1, { enterprise_name: NEW_NAME, investor: NEW_INVESTOR, project_name: '二期扩建项目', total_investment: 2000 }),
  ...NEW_RECORDS.map((n) => ledgerRecord(n)),
];

async function importLedger(side: Side) {
  const { host, upload } = fixtureHost(side.app.store, side.app.dir);
  const dry = await dryRunImport(host, { fileName: '台账.xlsx', base64: upload(parsedLedger(ledger(), PINGHU_PARK.name)) });
  expect(dry.problems).toEqual([]);
  expect(dry.preview).toMatchObject({ byEntity: { enterprise: { creates: 3, updates: 1 }, project: { creates: 4, updates: 1 } } });
  return { host, upload, committed: await commitImport(host, { batchId: dry.batchId }) };
}

/** The same changes as the ledger, one record at a time through the API. */
async function writeOneByOne(side: Side): Promise<void> {
  const { app, parkId, enterpriseId, updatedProjectId } = side;
  await ok(app, 'enterprises.update', { id: enterpriseId, ...enterpriseFields(1, NEW_NAME, NEW_INVESTOR, parkId) });
  await ok(app, 'projects.update', { id: updatedProjectId, ...projectFields('第1号精密制造项目', enterpriseId, parkId, '1500') });
  await ok(app, 'projects.create', { ...projectFields('二期扩建项目', enterpriseId, parkId, '2000'), stage: 'signed', stageOn: '2026-03-05' });
  for (const n of NEW_RECORDS) {
    const record = ledgerRecord(n);
    const id = (await ok<{ id: string }>(app, 'enterprises.create', enterpriseFields(n, String(record.enterprise_name), String(record.investor), parkId))).id;
    await ok(app, 'projects.create', { ...projectFields(String(record.project_name), id, parkId, '1000'), stage: 'signed', stageOn: '2026-03-05' });
  }
}

const FRAGMENTS = ['精密机械', '第1精密', '平湖第1', 'Investor 1', '南湖新材料', 'Nanhu', '二期扩建', '第4号精密', '第2电子', '一期厂房', '南湖', '平湖', '嘉善', creditCodeFor(1).slice(4, 12)];

async function searchAnswers(app: TestApp) {
  const answers: Record<string, { enterprises: string[]; projects: string[] }> = {};
  for (const search of FRAGMENTS) {
    const enterprises = await ok<{ rows: { name: string }[] }>(app, 'enterprises.list', { search });
    const projects = await ok<{ rows: { name: string }[] }>(app, 'projects.list', { search });
    answers[search] = { enterprises: enterprises.rows.map((r) => r.name).sort(), projects: projects.rows.map((r) => r.name).sort() };
  }
  return answers;
}

/** The indexed text of every record, keyed by what the record is rather than by its store-specific id. */
function indexedTexts(app: TestApp): string[] {
  return (
    app.store.sqlite
      .prepare(
        `SELECT s.entity || ': ' || coalesce(e.name, p.name) || ' → ' || s.text AS line FROM search_index s
         LEFT JOIN enterprises e ON s.entity = 'enterprise' AND e.id = s.entity_id LEFT JOIN projects p ON s.entity = 'project' AND p.id = s.entity_id ORDER BY line`,
      )
      .all() as { line: string }[]
  ).map((r) => r.line);
}

const triggers = (app: TestApp) => app.store.sqlite.prepare(`SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).all();

/** FTS5's own check that search_fts holds exactly the tokens of search_index's texts. */
const ftsIntact = (app: TestApp) => app.store.sqlite.exec(`INSERT INTO search_fts(search_fts) VALUES ('integrity-check')`);

describe('search after a ledger import', () => {
  let bulk: Side;
  let oneByOne: Side;
  beforeEach(async () => {
    bulk = await startingPoint();
    oneByOne = await startingPoint();
  });
  afterEach(() => {
    bulk?.app.close();
    oneByOne?.app.close();
  });

  it('finds the imported and renamed records by Chinese fragments exactly as records written one by one, and no longer by old names', async () => {
    const triggersBefore = triggers(bulk.app);
    await importLedger(bulk);
    await writeOneByOne(oneByOne);

    const imported = await searchAnswers(bulk.app);
    expect(imported).toEqual(await searchAnswers(oneByOne.app));
    expect(indexedTexts(bulk.app)).toEqual(indexedTexts(oneByOne.app));
    expect(() => ftsIntact(bulk.app)).not.toThrow();

    expect(imported['第1精密']).toEqual({ enterprises: [], projects: [] });
    expect(imported['Investor 1']).toEqual({ enterprises: [], projects: [] });
    expect(imported['南湖新材料']).toEqual({ enterprises: [NEW_NAME], projects: ['一期厂房项目', '二期扩建项目', '第1号精密制造项目'] });
    expect(imported['精密机械']!.enterprises).toEqual(NEW_RECORDS.map((n) => `浙江平湖第${n}精密机械有限公司`));
    expect(imported['第2电子']).toEqual({ enterprises: ['嘉善第2电子有限公司'], projects: ['第2号电子项目'] });

    // The triggers are back as they were, so later edits through the app are indexed again.
    expect(triggers(bulk.app)).toEqual(triggersBefore);
    await ok(bulk.app, 'enterprises.update', { id: bulk.enterpriseId, ...enterpriseFields(1, '海宁鹃湖科技有限公司', '', bulk.parkId) });
    expect((await searchAnswers(bulk.app))['南湖新材料']).toEqual({ enterprises: [], projects: [] });
    expect((await ok<{ rows: { name: string }[] }>(bulk.app, 'projects.list', { search: '鹃湖科技' })).rows).toHaveLength(3);
  });

  it('a commit that fails half-way leaves the search index and its triggers as they were', async () => {
    const triggersBefore = triggers(bulk.app);
    const textsBefore = indexedTexts(bulk.app);
    bulk.app.store.sqlite.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON projects WHEN NEW.name = '第5号精密制造项目' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    await expect(importLedger(bulk)).rejects.toMatchObject({ code: 'IMPORT_FAILED' });
    bulk.app.store.sqlite.exec('DROP TRIGGER fail_late');

    expect(triggers(bulk.app)).toEqual(triggersBefore);
    expect(indexedTexts(bulk.app)).toEqual(textsBefore);
    expect(() => ftsIntact(bulk.app)).not.toThrow();
    expect((await searchAnswers(bulk.app))['第1精密']).toEqual({ enterprises: [OLD_NAME], projects: ['一期厂房项目', '第1号精密制造项目'] });
  });
});
