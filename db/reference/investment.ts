/** Code lists of the investment domain (issue: investors, FDI projects, 精准招商). Labels live in i18n. */

export const ENTERPRISE_TAGS = ['fortune500', 'industry_leader', 'hidden_champion', 'specialized_new', 'high_tech', 'tech_sme'] as const;
export type EnterpriseTag = (typeof ENTERPRISE_TAGS)[number];

export const PROJECT_TYPES = ['new', 'capital_increase', 'merger'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

/** The pipeline in order; `dropped` (终止) can end it at any stage. */
export const PROJECT_STAGES = ['lead', 'negotiating', 'signed', 'registered', 'under_construction', 'in_production'] as const;
export type PipelineStage = (typeof PROJECT_STAGES)[number];
export type ProjectStage = PipelineStage | 'dropped';
export const ALL_PROJECT_STAGES = [...PROJECT_STAGES, 'dropped'] as const;

/** Projects at or past this stage count as contracted; arrivals may only be recorded from then on. */
export const FIRST_CONTRACTED_STAGE: PipelineStage = 'signed';

export function stageIndex(stage: PipelineStage): number {
  return PROJECT_STAGES.indexOf(stage);
}

/** "项目总投资 1 亿美元以上" — the threshold reports count (source 001). In US dollars. */
export const LARGE_PROJECT_USD = 100_000_000;

export const TARGET_PRIORITIES = ['A', 'B', 'C'] as const;
export const TARGET_STATUSES = ['tracking', 'negotiating', 'converted', 'shelved'] as const;
export const FOLLOW_UP_KINDS = ['visit', 'call', 'cloud_meeting', 'cloud_signing', 'note'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
