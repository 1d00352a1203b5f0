CREATE TABLE `checklist_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`item_id` text NOT NULL,
	`name` text NOT NULL,
	`size` integer NOT NULL,
	`mime` text NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `checklist_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checklist_attachments_item_idx` ON `checklist_attachments` (`item_id`);--> statement-breakpoint
CREATE INDEX `checklist_attachments_sha_idx` ON `checklist_attachments` (`sha256`);--> statement-breakpoint
CREATE TABLE `checklist_items` (
	`id` text PRIMARY KEY NOT NULL,
	`checklist_id` text NOT NULL,
	`template_id` text NOT NULL,
	`item_key` text NOT NULL,
	`seq` integer NOT NULL,
	`domain` text NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`agency_zh` text NOT NULL,
	`agency_en` text NOT NULL,
	`legal_basis` text DEFAULT '' NOT NULL,
	`policy_clause_id` text,
	`time_limit_days` integer NOT NULL,
	`demo_limit` integer DEFAULT false NOT NULL,
	`required` integer NOT NULL,
	`materials` text NOT NULL,
	`status` text NOT NULL,
	`status_reason` text DEFAULT '' NOT NULL,
	`assignee` text DEFAULT '' NOT NULL,
	`start_on` text,
	`due_on` text,
	`done_on` text,
	`notes` text DEFAULT '' NOT NULL,
	`application_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`checklist_id`) REFERENCES `checklists`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `checklist_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `workflow_applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checklist_items_checklist_idx` ON `checklist_items` (`checklist_id`,`seq`);--> statement-breakpoint
CREATE INDEX `checklist_items_domain_status_idx` ON `checklist_items` (`domain`,`status`,`due_on`);--> statement-breakpoint
CREATE TABLE `checklist_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`family_id` text NOT NULL,
	`version` integer NOT NULL,
	`domain` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`items` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`superseded_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_templates_family_version_unique` ON `checklist_templates` (`family_id`,`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_templates_current_family_unique` ON `checklist_templates` (`family_id`) WHERE superseded_at IS NULL;--> statement-breakpoint
CREATE TABLE `checklists` (
	`id` text PRIMARY KEY NOT NULL,
	`enterprise_id` text NOT NULL,
	`project_id` text,
	`title` text NOT NULL,
	`profile` text NOT NULL,
	`template_ids` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checklists_enterprise_idx` ON `checklists` (`enterprise_id`);