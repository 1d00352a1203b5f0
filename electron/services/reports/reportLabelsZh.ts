import type { ProjectStage, ProjectType } from '../../../db/reference/investment';

/** How the forms print a project's type and stage (the renderer has its own i18n labels; the forms are Chinese). */
export const PROJECT_TYPE_ZH: Record<ProjectType, string> = { new: '新设', capital_increase: '增资', merger: '并购' };

export const PROJECT_STAGE_ZH: Record<ProjectStage, string> = {
  lead: '线索',
  negotiating: '在谈',
  signed: '签约',
  registered: '注册',
  under_construction: '在建',
  in_production: '投产',
  dropped: '终止',
};
