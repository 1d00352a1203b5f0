-- Dashboard (issue 8): one covering index for every chart over projects (stage funnel, contracted FDI by country and
-- by industry, the park comparison), partial on live projects. It holds every column those queries read: the park,
-- stage, country, industry, the two amounts and the stage dates that say when a project entered the pipeline, so
-- 100 000 projects are read from the index alone (DESIGN §6: covering indexes for aggregates).
CREATE INDEX `projects_dashboard_idx` ON `projects` (
	`park_id`, `stage`, `source_country`, `industry_code`, `contracted_fdi_usd`, `total_investment_usd`,
	`lead_on`, `negotiating_on`, `signed_on`, `registered_on`, `under_construction_on`, `in_production_on`, `created_at`, `dropped_on`
) WHERE `deleted_at` IS NULL;
