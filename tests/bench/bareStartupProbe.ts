import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';

/** The bare way: better-sqlite3 alone, no migrations, no checks, the same first query by hand. */
const [file] = process.argv.slice(2);
const sqlite = new Database(file!);
sqlite.pragma('journal_mode = WAL');
const rows = sqlite.prepare('SELECT * FROM parks WHERE deleted_at IS NULL ORDER BY name, id LIMIT 50').all();
sqlite.prepare('SELECT COUNT(*) FROM parks WHERE deleted_at IS NULL').get();
const elapsed = performance.now();
sqlite.close();
process.stdout.write(JSON.stringify({ ms: elapsed, rows: rows.length }));
