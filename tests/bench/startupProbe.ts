import { performance } from 'node:perf_hooks';
import { openStore } from '../../db/client';
import { listParks } from '../../db/repos/parksRepo';

/**
 * Run as its own process (bundled like the main process): time from process start to the first list
 * query answered — module load, open, pragmas, quick_check, migrations, one query. Prints milliseconds.
 */
const [file, migrationsFolder] = process.argv.slice(2);
const store = openStore(file!, { migrationsFolder: migrationsFolder! });
const { rows } = listParks(store.db, { limit: 50 });
const elapsed = performance.now();
store.close();
process.stdout.write(JSON.stringify({ ms: elapsed, rows: rows.length }));
