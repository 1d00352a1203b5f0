import { randomUUID } from 'node:crypto';
import type { Store } from '../client';
import { insertAudit } from '../repos/auditRepo';
import { findLiveParkByName, getLivePark, insertPark } from '../repos/parksRepo';
import { DEMO_PARKS } from './demoParks';
import { seedDemoChecklists } from './seedDemoChecklists';
import { seedDemoInvestment } from './seedDemoInvestment';
import { seedDemoPolicies } from './seedDemoPolicies';
import { seedDemoReports } from './seedDemoReports';
import { seedDemoWorkflows } from './seedDemoWorkflows';

/**
 * Adds the demo parks that are not there yet (each with its audit row), then their investors, projects,
 * arrivals and targets, the reference approval procedures and demo applications, the service checklist templates
 * and demo checklists, the policy library with demo conditions and one 政策兑现, indicator values for 2024–2026 and report submissions
 * in each state, in one transaction.
 * Running it twice adds nothing the second time.
 * Returns how many parks were added.
 */
export function seedDemoData(store: Store, actor: string, now = new Date()): number {
  const at = now.toISOString();
  return store.transaction(() => {
    let added = 0;
    for (const demo of DEMO_PARKS) {
      if (findLiveParkByName(store.db, demo.name)) continue;
      const { hostName, ...fields } = demo;
      const hostParkId = hostName ? (findLiveParkByName(store.db, hostName)?.id ?? null) : null;
      const id = randomUUID();
      insertPark(store.db, { id, ...fields, hostParkId, createdAt: at, updatedAt: at });
      insertAudit(store.db, { at, actor, action: 'seed', entity: 'park', entityId: id, before: null, after: getLivePark(store.db, id) });
      added += 1;
    }
    seedDemoInvestment(store, actor, at);
    seedDemoWorkflows(store, actor, now);
    seedDemoChecklists(store, actor, now);
    seedDemoPolicies(store, actor, at);
    seedDemoReports(store, actor, at);
    return added;
  });
}
