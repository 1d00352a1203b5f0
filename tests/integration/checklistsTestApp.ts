import { withCheckCharacter } from '../../db/reference/creditCode';
import { ok, signedProject } from '../helpers/investmentFixtures';
import type { TestApp } from '../helpers/tempStore';

export interface ItemRow {
  id: string;
  itemKey: string;
  domain: string;
  status: string;
  statusReason: string;
  templateId: string;
  timeLimitDays: number;
  startOn: string | null;
  dueOn: string | null;
  doneOn: string | null;
  overdue: boolean;
  assignee: string;
  materials: { name: string; required: boolean; checked: boolean }[];
  missingMaterials: string[];
  attachments: { id: string; name: string; size: number; sha256: string }[];
  application: { id: string; serial: string; status: string; light: string | null } | null;
}

export interface ProgressFigures {
  total: number;
  applicable: number;
  percentDone: number;
  counts: Record<string, number>;
}

export interface ChecklistDetail {
  checklist: { id: string; templateIds: string[]; profile: { isManufacturer: boolean; projectType: string | null } };
  items: ItemRow[];
  progress: ProgressFigures;
  progressByDomain: ({ domain: string } & ProgressFigures)[];
}

export async function templateIdsByDomain(app: TestApp): Promise<Record<string, string>> {
  await ok(app, 'checklistTemplates.installReference', {});
  const templates = await ok<{ id: string; domain: string }[]>(app, 'checklistTemplates.list', {});
  return Object.fromEntries(templates.map((t) => [t.domain, t.id]));
}

/** The German manufacturer (thyssenkrupp, division 367, capital increase) and a French software company (651, 高新技术企业). */
export async function twoInvestors(app: TestApp) {
  const german = await signedProject(app);
  const software = await ok<{ id: string }>(app, 'enterprises.create', {
    name: '达索软件（杭州）有限公司', nameOriginal: 'Logiciels Demo (Hangzhou)', creditCode: withCheckCharacter('91330106MA2C8D9E0'),
    countryCode: 'FR', industryCode: '651', parkId: german.parkId, tags: ['high_tech'],
  });
  return { german, softwareId: software.id };
}

export function keysOf(detail: { items: { itemKey: string }[] }): string[] {
  return detail.items.map((i) => i.itemKey);
}
