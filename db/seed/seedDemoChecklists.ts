import { localToday } from '../../electron/api/contract/fields';
import { createChecklist, setItemMaterials, setItemStatus, updateItemDetails, type ChecklistEnv } from '../../electron/services/checklists/checklistActions';
import { installReferenceChecklistTemplates } from '../../electron/services/checklists/templateVersions';
import { loadWorkingCalendar } from '../../electron/services/workflows/deskCalendar';
import { addDays } from '../../electron/services/workflows/isoDays';
import type { WorkingCalendar } from '../../electron/services/workflows/workingCalendar';
import type { Store } from '../client';
import type { ChecklistDomain, ItemStatus } from '../reference/checklists';
import { insertAudit } from '../repos/auditRepo';
import { getItem, itemsOfChecklists, listChecklistsOfEnterprise } from '../repos/checklistsRepo';
import { listChecklistTemplates } from '../repos/checklistTemplatesRepo';
import { findLiveEnterpriseByName } from '../repos/enterprisesRepo';

/** What has happened to one item: started some working days ago, then moved to a status. */
interface DemoItemState {
  key: string;
  startedAgo?: number;
  status?: ItemStatus;
  reason?: string;
  assignee?: string;
  notes?: string;
}

interface DemoChecklist {
  enterprise: string;
  /** The enterprise's project of this name, if the checklist is for it. */
  project?: string;
  title: string;
  domains: ChecklistDomain[];
  hasForeignStaff: boolean;
  imports: boolean;
  exports: boolean;
  items: DemoItemState[];
}

/** Three demo investors walked through the services (source 000's gaps); dates are relative to today. */
const DEMO_CHECKLISTS: DemoChecklist[] = [
  {
    enterprise: '蒂森克虏伯汽车零部件（平湖）有限公司', project: '蒂森克虏伯转向系统增资扩产项目', title: '蒂森克虏伯增资扩产落地服务清单（演示）',
    domains: ['customs', 'ip', 'foreign_affairs', 'inspection', 'tax', 'talent'], hasForeignStaff: true, imports: true, exports: true,
    items: [
      { key: 'customs.consignee', startedAgo: 30, status: 'done', assignee: '王强' },
      { key: 'tax.registration', startedAgo: 28, status: 'done', assignee: '陈静' },
      { key: 'fa.work_permit', startedAgo: 4, status: 'in_progress', assignee: '李娜', notes: '德方技术总监，按高端人才（A 类）申请 5 年期' },
      { key: 'fa.residence', startedAgo: 2, status: 'blocked', reason: '等待工作许可证核发后办理', assignee: '李娜' },
      { key: 'insp.import_goods', startedAgo: 40, status: 'in_progress', assignee: '王强', notes: '首批进口转向机生产线设备' },
      { key: 'customs.aeo', status: 'not_applicable', reason: '企业计划明年再申请' },
    ],
  },
  {
    enterprise: '利天万世（嘉善）锂电池有限公司', title: '利天万世新建项目服务清单（演示）',
    domains: ['customs', 'ip', 'tax', 'talent'], hasForeignStaff: true, imports: true, exports: true,
    items: [
      { key: 'customs.eport', startedAgo: 6, status: 'in_progress', assignee: '周敏' },
      { key: 'ip.patent', startedAgo: 12, status: 'in_progress', assignee: '周敏', notes: '磷酸铁锂电芯结构专利 3 件' },
      { key: 'tax.high_tech_rate', status: 'blocked', reason: '高新技术企业证书尚在复审', assignee: '陈静' },
    ],
  },
  {
    enterprise: '礼来亚洲基金创新中心（杭州）有限公司', title: '礼来创新中心外籍人才服务清单（演示）',
    domains: ['foreign_affairs', 'ip', 'talent'], hasForeignStaff: true, imports: false, exports: false,
    items: [
      { key: 'fa.invitation', startedAgo: 10, status: 'done', assignee: '赵磊' },
      { key: 'talent.recognition', startedAgo: 3, status: 'in_progress', assignee: '赵磊' },
    ],
  },
];

function workingDaysAgo(calendar: WorkingCalendar, today: string, count: number): string {
  let date = today;
  for (let left = count; left > 0; ) {
    date = addDays(date, -1);
    if (calendar.isWorkingDay(date)) left -= 1;
  }
  return date;
}

function projectIdOf(store: Store, enterpriseId: string, name: string | undefined): string | null {
  if (!name) return null;
  const row = store.sqlite.prepare('SELECT id FROM projects WHERE enterprise_id = ? AND name = ? AND deleted_at IS NULL').get(enterpriseId, name) as { id: string } | undefined;
  return row?.id ?? null;
}

function play(env: ChecklistEnv, itemId: string, state: DemoItemState): void {
  const fresh = () => getItem(env.db, itemId)!;
  const started = state.startedAgo !== undefined ? workingDaysAgo(env.calendar, env.today, state.startedAgo) : undefined;
  updateItemDetails(env, fresh(), { ...(started ? { startOn: started } : {}), ...(state.assignee ? { assignee: state.assignee } : {}), ...(state.notes ? { notes: state.notes } : {}) });
  if (state.status === 'done') {
    setItemMaterials(env, fresh(), fresh().materials.map((m) => m.name));
    setItemStatus(env, fresh(), { status: 'in_progress', reason: '', on: started });
  }
  if (state.status && state.status !== 'not_started') setItemStatus(env, fresh(), { status: state.status, reason: state.reason ?? '' });
}

/** The six reference templates, then the demo checklists of the demo investors that are present; idempotent. */
export function seedDemoChecklists(store: Store, actor: string, now: Date): void {
  const at = now.toISOString();
  for (const template of installReferenceChecklistTemplates({ db: store.db, at, actor })) {
    insertAudit(store.db, { at, actor, action: 'seed', entity: 'checklist_template', entityId: template.id, before: null, after: template });
  }
  const env: ChecklistEnv = { db: store.db, at, actor, today: localToday(now), calendar: loadWorkingCalendar(store.db) };
  const current = listChecklistTemplates(store.db);
  for (const demo of DEMO_CHECKLISTS) {
    const enterprise = findLiveEnterpriseByName(store.db, demo.enterprise);
    if (!enterprise || listChecklistsOfEnterprise(store.db, enterprise.id).some((c) => c.title === demo.title)) continue;
    const created = createChecklist(env, {
      enterpriseId: enterprise.id, projectId: projectIdOf(store, enterprise.id, demo.project), title: demo.title,
      templateIds: current.filter((t) => demo.domains.includes(t.domain)).map((t) => t.id),
      hasForeignStaff: demo.hasForeignStaff, imports: demo.imports, exports: demo.exports, projectType: null,
    });
    const items = itemsOfChecklists(store.db, [created.id]);
    for (const state of demo.items) {
      const item = items.find((i) => i.itemKey === state.key);
      if (item) play(env, item.id, state);
    }
    insertAudit(store.db, { at, actor, action: 'seed', entity: 'checklist', entityId: created.id, before: null, after: { ...created, items: itemsOfChecklists(store.db, [created.id]) } });
  }
}
