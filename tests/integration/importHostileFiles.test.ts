import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCorpus, type HostileFile } from '../helpers/hostileWorkbooks';
import { ok, PINGHU_PARK } from '../helpers/investmentFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

let app: TestApp;
let corpus: HostileFile[];

/** Everything a user could lose: every table's row count, and no batch beyond a dry run (which only records the upload). */
function fingerprint() {
  const tables = app.store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%search%' AND name <> 'import_batches'").all() as { name: string }[];
  const counts = Object.fromEntries(tables.map(({ name }) => [name, (app.store.sqlite.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]));
  const committed = app.store.sqlite.prepare("SELECT COUNT(*) AS n FROM import_batches WHERE status <> 'dry_run'").get();
  return { counts, committed };
}

beforeAll(async () => {
  app = openTestApp();
  await ok(app, 'parks.create', PINGHU_PARK);
  const dir = path.join(app.dir, 'corpus');
  fs.mkdirSync(dir);
  corpus = await hostileCorpus(dir, PINGHU_PARK.name);
}, 60_000);
afterAll(() => app.close());

describe('hostile workbooks through imports.dryRun (issue 9 item 5)', () => {
  it('each gives a clear message or a harmless reading, the app keeps answering, and the store is unchanged', async () => {
    const before = fingerprint();
    const outcomes: string[] = [];
    for (const hostile of corpus) {
      const batchesBefore = (app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM import_batches').get() as { n: number }).n;
      const started = performance.now();
      const result = await app.call('imports.dryRun', { fileName: path.basename(hostile.file), base64: fs.readFileSync(hostile.file).toString('base64') });
      outcomes.push(`${hostile.name}: ${Math.round(performance.now() - started)} ms`);
      if ('rejected' in hostile.expect) {
        expect(result, hostile.name).toMatchObject({ ok: false, error: { code: hostile.expect.rejected } });
        const message = (result as { error: { message: string } }).error.message;
        expect(message.length, hostile.name).toBeGreaterThan(8);
        expect(message, hostile.name).not.toMatch(/Error|undefined|stack/);
        // A refused file leaves no batch and no copy of itself behind.
        expect((app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM import_batches').get() as { n: number }).n, hostile.name).toBe(batchesBefore);
      } else {
        expect(result, hostile.name).toMatchObject({ ok: true, value: { problems: [], preview: { creates: 6 } } });
      }
      expect(fingerprint(), hostile.name).toEqual(before);
      // The app is still alive and answering.
      expect((await app.call('parks.list', {})).ok, hostile.name).toBe(true);
    }
    const leftovers = fs.readdirSync(path.join(app.dir, 'imports')).filter((f) => f.endsWith('.xlsx'));
    const accepted = corpus.filter((h) => 'accepted' in h.expect).length;
    expect(leftovers).toHaveLength(accepted);
    console.info(`hostile files through imports.dryRun:\n  ${outcomes.join('\n  ')}`);
  }, 120_000);
});
