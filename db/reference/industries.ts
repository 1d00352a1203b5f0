import { DOORS, GROUPS } from './industryTable';

export interface Industry {
  code: string;
  /** The GB/T 4754 name, which reports and imports use. */
  name: string;
  /** Its English wording, for English mode only. */
  nameEn: string;
  level: 'door' | 'division' | 'group';
  doorCode: string;
  parentCode: string | null;
}

const ALL: Industry[] = DOORS.flatMap(([door, doorName, doorNameEn, divisions]) => [
  { code: door, name: doorName, nameEn: doorNameEn, level: 'door' as const, doorCode: door, parentCode: null },
  ...divisions.flatMap(([division, divisionName, divisionNameEn]) => [
    { code: division, name: divisionName, nameEn: divisionNameEn, level: 'division' as const, doorCode: door, parentCode: door },
    ...(GROUPS[division] ?? []).map(([group, groupName, groupNameEn]) => ({
      code: group,
      name: groupName,
      nameEn: groupNameEn,
      level: 'group' as const,
      doorCode: door,
      parentCode: division,
    })),
  ]),
]);

const BY_CODE = new Map(ALL.map((industry) => [industry.code, industry]));

export const INDUSTRIES: readonly Industry[] = ALL;

export function findIndustry(code: string): Industry | undefined {
  return BY_CODE.get(code);
}

/** A project or enterprise is classified at division or group level; a door alone is too coarse for reports. */
export function isClassifiableIndustry(code: string): boolean {
  const industry = BY_CODE.get(code);
  return industry !== undefined && industry.level !== 'door';
}

/** "C 制造业 › 36 汽车制造业 › 367 汽车零部件及配件制造" */
export function industryPath(code: string): Industry[] {
  const path: Industry[] = [];
  for (let current = BY_CODE.get(code); current; current = current.parentCode ? BY_CODE.get(current.parentCode) : undefined) {
    path.unshift(current);
  }
  return path;
}
