/** One record the commit will write, with the before/after pictures its audit row records. */
export interface PlannedWrite {
  entity: 'enterprise' | 'project' | 'indicator_value';
  action: 'create' | 'update';
  entityId: string;
  /** Excel row it came from (0 when the workbook gave no position). */
  sourceRow: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

export interface PreviewRow {
  row: number;
  entity: PlannedWrite['entity'];
  action: PlannedWrite['action'] | 'unchanged';
  label: string;
  detail: string;
}

export interface ImportPlan {
  writes: PlannedWrite[];
  /** Records that would change nothing (a record with a problem is not one of them). */
  unchanged: number;
  /** The workbook rows behind `unchanged`, so rows with a problem the engine found can be taken out. */
  unchangedRows?: number[];
  sample: PreviewRow[];
}

export const SAMPLE_SIZE = 20;

export function countWrites(writes: PlannedWrite[]): { creates: number; updates: number; byEntity: Record<string, { creates: number; updates: number }> } {
  const byEntity: Record<string, { creates: number; updates: number }> = {};
  let creates = 0;
  let updates = 0;
  for (const write of writes) {
    const counts = (byEntity[write.entity] ??= { creates: 0, updates: 0 });
    if (write.action === 'create') {
      creates += 1;
      counts.creates += 1;
    } else {
      updates += 1;
      counts.updates += 1;
    }
  }
  return { creates, updates, byEntity };
}

/** Only the fields the import may change are compared: a row that changes none of them is not rewritten. */
export function differs(before: Record<string, unknown>, patch: Record<string, unknown>): boolean {
  return Object.entries(patch).some(([key, value]) => JSON.stringify(before[key] ?? null) !== JSON.stringify(value ?? null));
}
