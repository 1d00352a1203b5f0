/**
 * Names of the record types and fields that appear in the audit trail, in both languages. Shared by the
 * viewer and the .xlsx export so both say the same thing; a field not listed shows its own key.
 */
export const AUDIT_ENTITY_LABELS: Record<string, { zh: string; en: string }> = {
  park: { zh: '园区', en: 'Park' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  project: { zh: '外资项目', en: 'Project' },
  arrival: { zh: '实到外资', en: 'FDI arrival' },
  fdi_month_lock: { zh: '月份锁定', en: 'Month lock' },
  target: { zh: '目标企业', en: 'Target' },
  follow_up: { zh: '跟进记录', en: 'Follow-up' },
  policy: { zh: '政策', en: 'Policy' },
  policy_clause: { zh: '政策条款', en: 'Policy clause' },
  policy_benefit: { zh: '政策兑现', en: 'Benefit' },
  workflow_template: { zh: '审批流程', en: 'Workflow' },
  workflow_application: { zh: '审批件', en: 'Application' },
  checklist_template: { zh: '清单模板', en: 'Checklist template' },
  checklist: { zh: '服务清单', en: 'Checklist' },
  checklist_item: { zh: '清单事项', en: 'Checklist item' },
  settings: { zh: '设置', en: 'Settings' },
  store: { zh: '数据库', en: 'Database' },
};

export const AUDIT_FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  name: { zh: '名称', en: 'Name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  nameOriginal: { zh: '原文名称', en: 'Original name' },
  kind: { zh: '类型', en: 'Kind' },
  level: { zh: '级别', en: 'Level' },
  divisionCode: { zh: '行政区划', en: 'Division' },
  partnerCountries: { zh: '合作国别', en: 'Partner countries' },
  leadingIndustries: { zh: '主导产业', en: 'Leading industries' },
  hostParkId: { zh: '所属开发区', en: 'Host zone' },
  areaMu: { zh: '面积（亩）', en: 'Area (mu)' },
  creditCode: { zh: '统一社会信用代码', en: 'Credit code' },
  countryCode: { zh: '国别', en: 'Country' },
  industryCode: { zh: '行业', en: 'Industry' },
  tags: { zh: '标签', en: 'Tags' },
  parkId: { zh: '园区', en: 'Park' },
  enterpriseId: { zh: '企业', en: 'Enterprise' },
  stage: { zh: '阶段', en: 'Stage' },
  type: { zh: '类别', en: 'Type' },
  totalInvestmentUsd: { zh: '总投资', en: 'Total investment' },
  contractedFdiUsd: { zh: '合同外资', en: 'Contracted FDI' },
  amountUsd: { zh: '金额', en: 'Amount' },
  period: { zh: '月份', en: 'Month' },
  note: { zh: '备注', en: 'Note' },
  notes: { zh: '备注', en: 'Notes' },
  title: { zh: '标题', en: 'Title' },
  status: { zh: '状态', en: 'Status' },
  owner: { zh: '负责人', en: 'Owner' },
  value: { zh: '值', en: 'Value' },
  docNumber: { zh: '文号', en: 'Document no.' },
  issuer: { zh: '发布机关', en: 'Issuer' },
  category: { zh: '类别', en: 'Category' },
  policyId: { zh: '政策', en: 'Policy' },
  projectId: { zh: '项目', en: 'Project' },
  amountFen: { zh: '金额（分）', en: 'Amount (fen)' },
  company: { zh: '公司', en: 'Company' },
  companyOriginal: { zh: '公司原文名称', en: 'Company (original)' },
  priority: { zh: '优先级', en: 'Priority' },
  backup: { zh: '恢复自备份', en: 'Restored from' },
  backupCreatedAt: { zh: '备份时间', en: 'Backup made at' },
  safetyBackup: { zh: '恢复前数据另存为', en: 'Data before saved as' },
  parks: { zh: '园区数', en: 'Parks' },
  enterprises: { zh: '企业数', en: 'Enterprises' },
  projects: { zh: '项目数', en: 'Projects' },
  policies: { zh: '政策数', en: 'Policies' },
  workflow_applications: { zh: '审批件数', en: 'Applications' },
  checklists: { zh: '服务清单数', en: 'Checklists' },
  audit_log: { zh: '操作记录数', en: 'Audit rows' },
};

export const AUDIT_ACTION_LABELS: Record<string, { zh: string; en: string }> = {
  create: { zh: '新增', en: 'Created' },
  update: { zh: '修改', en: 'Changed' },
  delete: { zh: '删除', en: 'Deleted' },
  restore: { zh: '恢复', en: 'Restored' },
  seed: { zh: '导入示例', en: 'Demo data' },
  lock: { zh: '锁定', en: 'Locked' },
  unlock: { zh: '解锁', en: 'Unlocked' },
};

export const AUDIT_SOURCE_LABELS: Record<string, { zh: string; en: string }> = {
  ui: { zh: '界面', en: 'App' },
  import: { zh: '导入', en: 'Import' },
  cli: { zh: '命令行', en: 'Command line' },
  system: { zh: '系统', en: 'System' },
  restore: { zh: '恢复', en: 'Restore' },
};

export function labelOf(table: Record<string, { zh: string; en: string }>, key: string, lang: 'zh' | 'en'): string {
  return table[key]?.[lang] ?? key;
}
