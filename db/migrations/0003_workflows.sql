CREATE TABLE `calendar_overrides` (
	`date` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `workflow_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`serial` text NOT NULL,
	`template_id` text NOT NULL,
	`enterprise_id` text NOT NULL,
	`project_id` text,
	`subject` text NOT NULL,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`current_step` integer,
	`submitted_on` text NOT NULL,
	`accepted_on` text,
	`decided_on` text,
	`completed_on` text,
	`withdrawn_on` text,
	`materials_received` text DEFAULT '[]' NOT NULL,
	`materials_outstanding` text DEFAULT '[]' NOT NULL,
	`supply_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `workflow_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workflow_applications_serial_unique` ON `workflow_applications` (`serial`);--> statement-breakpoint
CREATE INDEX `workflow_applications_status_idx` ON `workflow_applications` (`status`,`submitted_on`);--> statement-breakpoint
CREATE INDEX `workflow_applications_enterprise_idx` ON `workflow_applications` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `workflow_applications_template_idx` ON `workflow_applications` (`template_id`);--> statement-breakpoint
CREATE TABLE `workflow_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` text NOT NULL,
	`kind` text NOT NULL,
	`on` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `workflow_applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `workflow_events_application_idx` ON `workflow_events` (`application_id`,`seq`);--> statement-breakpoint
CREATE TABLE `workflow_step_runs` (
	`application_id` text NOT NULL,
	`step_no` integer NOT NULL,
	`department` text NOT NULL,
	`started_on` text,
	`approved_on` text,
	PRIMARY KEY(`application_id`, `step_no`, `department`),
	FOREIGN KEY (`application_id`) REFERENCES `workflow_applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `workflow_step_runs_department_idx` ON `workflow_step_runs` (`department`,`approved_on`);--> statement-breakpoint
CREATE TABLE `workflow_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`legal_basis` text DEFAULT '' NOT NULL,
	`policy_clause_id` text,
	`steps` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`superseded_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workflow_templates_family_version_unique` ON `workflow_templates` (`family_id`,`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `workflow_templates_current_family_unique` ON `workflow_templates` (`family_id`) WHERE superseded_at IS NULL;