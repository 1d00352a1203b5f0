import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore, type Store } from '../../db/client';
import { seedDemoData } from '../../db/seed/seedDemo';
import { createDispatch } from '../../electron/api/dispatch';
import { median, round, withBaseline, type BenchResult } from './benchResult';

/** The demo's 14 applications copied until there are about this many, with their step runs and timelines. */
const COPIES = 700;
const RUNS = 9;
const TODAY = new Date(2026, 10, 23, 10);

function fill(store: Store): number {
  seedDemoData(store, 'bench', TODAY);
  store.transaction(() => {
    store.sqlite.exec(`CREATE TEMP TABLE copies(old TEXT, new TEXT)`);
    const originals = store.sqlite.prepare(`SELECT id FROM workflow_applications`).all() as { id: string }[];
    for (let c = 1; c <= COPIES; c += 1) {
      store.sqlite.exec('DELETE FROM copies');
      const pair = store.sqlite.prepare('INSERT INTO copies VALUES (?, ?)');
      originals.forEach(({ id }) => pair.run(id, `${id.slice(0, 24)}${String(c).padStart(12, '0')}`));
      store.sqlite.exec(`
        INSERT INTO workflow_applications SELECT c.new, 'B${c}-' || serial, template_id, enterprise_id, project_id, subject, contact_name, contact_phone, note,
          status, current_step, submitted_on, accepted_on, decided_on, completed_on, withdrawn_on, materials_received, materials_outstanding, supply_by, created_at, updated_at
          FROM workflow_applications a JOIN copies c ON c.old = a.id;
        INSERT INTO workflow_step_runs SELECT c.new, step_no, department, started_on, approved_on FROM workflow_step_runs r JOIN copies c ON c.old = r.application_id;
        INSERT INTO workflow_events (application_id, kind, "on", at, actor, comment, status, payload)
          SELECT c.new, kind, "on", at, actor, comment, status, payload FROM workflow_events e JOIN copies c ON c.old = e.application_id ORDER BY e.seq;`);
    }
  });
  return (store.sqlite.prepare('SELECT count(*) AS n FROM workflow_applications').get() as { n: number }).n;
}

async function timeIt(work: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Lists, queue and reports over ~10 000 applications (a busy park's decade); every row's clocks are read live. */
export async function benchWorkflows(workDir: string): Promise<BenchResult[]> {
  const store = openStore(path.join(workDir, 'workflows.sqlite'));
  try {
    const count = fill(store);
    const dispatch = createDispatch({ store, actor: 'bench', now: () => TODAY, appVersion: 'bench' });
    const call = async (method: string, input: unknown) => {
      const result = await dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    };
    const bare = store.sqlite.prepare('SELECT * FROM workflow_applications ORDER BY submitted_on DESC LIMIT 100');
    const bareAll = store.sqlite.prepare(`SELECT * FROM workflow_applications WHERE status IN ('in_review', 'correction', 'suspended')`);
    const scale = `${count} applications`;
    return [
      withBaseline(`applications.list first page (${scale})`, await timeIt(() => call('applications.list', {})), 'ms', await timeIt(() => bare.all())),
      withBaseline(`applications.list light = red (reads every running clock)`, await timeIt(() => call('applications.list', { light: 'red' })), 'ms', await timeIt(() => bareAll.all())),
      { name: 'applications.queue for one department', value: round(await timeIt(() => call('applications.queue', { department: '自然资源和规划局' }))), unit: 'ms' },
      { name: 'workflowReports.overdue', value: round(await timeIt(() => call('workflowReports.overdue', {}))), unit: 'ms' },
      { name: 'workflowReports.onTimeRate for a year', value: round(await timeIt(() => call('workflowReports.onTimeRate', { from: '2026-01-01', to: '2026-12-31' }))), unit: 'ms' },
    ];
  } finally {
    store.close();
  }
}
