CREATE TABLE `enterprises` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_original` text DEFAULT '' NOT NULL,
	`credit_code` text,
	`credit_code_override` text,
	`country_code` text NOT NULL,
	`industry_code` text NOT NULL,
	`park_id` text,
	`tags` text DEFAULT '[]' NOT NULL,
	`is_fortune500` integer GENERATED ALWAYS AS (instr(tags, '"fortune500"') > 0) VIRTUAL,
	`registered_capital_usd` integer,
	`contacts` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`park_id`) REFERENCES `parks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprises_live_credit_code_unique` ON `enterprises` (`credit_code`) WHERE deleted_at IS NULL AND credit_code IS NOT NULL;--> statement-breakpoint
CREATE INDEX `enterprises_name_idx` ON `enterprises` (`name`);--> statement-breakpoint
CREATE INDEX `enterprises_park_idx` ON `enterprises` (`park_id`);--> statement-breakpoint
CREATE TABLE `fdi_arrivals` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`park_id` text NOT NULL,
	`arrived_on` text NOT NULL,
	`period` text NOT NULL,
	`amount_usd` integer NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`original_amount` text NOT NULL,
	`rate_to_usd` text DEFAULT '1' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`park_id`) REFERENCES `parks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `arrivals_project_idx` ON `fdi_arrivals` (`project_id`,`arrived_on`,`amount_usd`);--> statement-breakpoint
CREATE INDEX `arrivals_period_park_amount_idx` ON `fdi_arrivals` (`period`,`park_id`,`amount_usd`);--> statement-breakpoint
CREATE INDEX `arrivals_park_period_amount_idx` ON `fdi_arrivals` (`park_id`,`period`,`amount_usd`);--> statement-breakpoint
CREATE TABLE `fdi_month_locks` (
	`park_id` text NOT NULL,
	`period` text NOT NULL,
	`locked_at` text NOT NULL,
	`locked_by` text NOT NULL,
	PRIMARY KEY(`park_id`, `period`),
	FOREIGN KEY (`park_id`) REFERENCES `parks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `projects` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`enterprise_id` text NOT NULL,
	`park_id` text NOT NULL,
	`type` text NOT NULL,
	`stage` text NOT NULL,
	`drop_reason` text,
	`lead_on` text,
	`negotiating_on` text,
	`signed_on` text,
	`registered_on` text,
	`under_construction_on` text,
	`in_production_on` text,
	`dropped_on` text,
	`total_investment_usd` integer DEFAULT 0 NOT NULL,
	`contracted_fdi_usd` integer DEFAULT 0 NOT NULL,
	`land_mu` real,
	`source_country` text NOT NULL,
	`industry_code` text NOT NULL,
	`target_id` text,
	`owner` text DEFAULT '' NOT NULL,
	`owner_phone` text DEFAULT '' NOT NULL,
	`issues` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`park_id`) REFERENCES `parks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `projects_park_stage_idx` ON `projects` (`park_id`,`stage`);--> statement-breakpoint
CREATE INDEX `projects_enterprise_idx` ON `projects` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `projects_updated_idx` ON `projects` (`updated_at`);--> statement-breakpoint
CREATE INDEX `projects_country_idx` ON `projects` (`source_country`);--> statement-breakpoint
CREATE INDEX `projects_industry_idx` ON `projects` (`industry_code`);--> statement-breakpoint
CREATE INDEX `projects_total_idx` ON `projects` (`total_investment_usd`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`target_id` text,
	`project_id` text,
	`kind` text NOT NULL,
	`happened_on` text NOT NULL,
	`summary` text NOT NULL,
	`next_step` text DEFAULT '' NOT NULL,
	`due_on` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`target_id`) REFERENCES `targets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_ups_target_idx` ON `follow_ups` (`target_id`,`happened_on`);--> statement-breakpoint
CREATE INDEX `follow_ups_project_idx` ON `follow_ups` (`project_id`,`happened_on`);--> statement-breakpoint
CREATE TABLE `targeting_focus` (
	`country_code` text NOT NULL,
	`industry_code` text NOT NULL,
	`theme` text NOT NULL,
	PRIMARY KEY(`country_code`, `industry_code`)
);
--> statement-breakpoint
CREATE TABLE `targets` (
	`id` text PRIMARY KEY NOT NULL,
	`company` text NOT NULL,
	`company_original` text DEFAULT '' NOT NULL,
	`country_code` text NOT NULL,
	`industry_code` text NOT NULL,
	`park_id` text,
	`priority` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`plan` text DEFAULT '' NOT NULL,
	`converted_project_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`park_id`) REFERENCES `parks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`converted_project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `targets_country_industry_idx` ON `targets` (`country_code`,`industry_code`);