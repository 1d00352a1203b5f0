/**
 * Every API method by name. The preload exposes exactly these, and index.ts checks at compile time that the
 * registry has the same set, so neither list can drift from the other.
 */
export const METHOD_NAMES = [
  'parks.list',
  'parks.get',
  'parks.history',
  'parks.create',
  'parks.update',
  'parks.delete',
  'enterprises.list',
  'enterprises.get',
  'enterprises.create',
  'enterprises.update',
  'projects.list',
  'projects.get',
  'projects.create',
  'projects.update',
  'projects.advance',
  'projects.drop',
  'arrivals.add',
  'arrivals.delete',
  'arrivals.lockMonth',
  'arrivals.unlockMonth',
  'arrivals.locks',
  'arrivals.byMonth',
  'targets.list',
  'targets.get',
  'targets.create',
  'targets.update',
  'targets.convert',
  'followUps.add',
  'targeting.matrix',
  'system.status',
  'system.initialize',
  'system.setLocale',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}
