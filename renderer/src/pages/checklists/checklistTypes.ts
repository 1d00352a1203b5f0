import type { MethodOutput } from '../../../../electron/api/index';

/** Shapes as the API returns them, so the pages follow the server without copies of its types. */
export type ChecklistDetail = MethodOutput<'checklists.get'>;
export type ChecklistItem = ChecklistDetail['items'][number];
export type EnterpriseChecklist = MethodOutput<'checklists.ofEnterprise'>['checklists'][number];
export type ApplicableResult = MethodOutput<'checklistTemplates.applicable'>;
export type ApplicableItem = ApplicableResult['domains'][number]['items'][number];
export type OpenItemRow = MethodOutput<'checklistItems.open'>['rows'][number];
export type ChecklistTemplate = MethodOutput<'checklistTemplates.list'>[number];
