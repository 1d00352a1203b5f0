CREATE TABLE `policies` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`doc_number` text,
	`issuer` text DEFAULT '' NOT NULL,
	`level` text NOT NULL,
	`categories` text DEFAULT '[]' NOT NULL,
	`issued_on` text,
	`effective_on` text,
	`expires_on` text,
	`full_text` text DEFAULT '' NOT NULL,
	`source_note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `policies_live_doc_number_unique` ON `policies` (`doc_number`) WHERE deleted_at IS NULL AND doc_number IS NOT NULL;--> statement-breakpoint
CREATE INDEX `policies_level_idx` ON `policies` (`level`);--> statement-breakpoint
CREATE TABLE `policy_benefits` (
	`id` text PRIMARY KEY NOT NULL,
	`enterprise_id` text NOT NULL,
	`project_id` text,
	`policy_id` text NOT NULL,
	`clause_id` text,
	`kind` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`period_from` text,
	`period_to` text,
	`granted_on` text NOT NULL,
	`evidence_name` text,
	`evidence_sha256` text,
	`tax_holiday` text,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`policy_id`) REFERENCES `policies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clause_id`) REFERENCES `policy_clauses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `policy_benefits_enterprise_idx` ON `policy_benefits` (`enterprise_id`,`granted_on`);--> statement-breakpoint
CREATE INDEX `policy_benefits_policy_amount_idx` ON `policy_benefits` (`policy_id`,`deleted_at`,`amount_fen`);--> statement-breakpoint
CREATE TABLE `policy_clauses` (
	`id` text PRIMARY KEY NOT NULL,
	`policy_id` text NOT NULL,
	`parent_id` text,
	`level` integer NOT NULL,
	`number` text NOT NULL,
	`path` text NOT NULL,
	`ordinal` integer NOT NULL,
	`heading` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`lead_unit` text,
	`responsible_units` text DEFAULT '[]' NOT NULL,
	`indicator_code` text,
	`applicability` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`policy_id`) REFERENCES `policies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `policy_clauses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `policy_clauses_order_unique` ON `policy_clauses` (`policy_id`,`ordinal`);--> statement-breakpoint
CREATE INDEX `policy_clauses_parent_idx` ON `policy_clauses` (`parent_id`);--> statement-breakpoint
CREATE TABLE `policy_links` (
	`id` text PRIMARY KEY NOT NULL,
	`from_policy_id` text NOT NULL,
	`to_policy_id` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`from_policy_id`) REFERENCES `policies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_policy_id`) REFERENCES `policies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `policy_links_pair_unique` ON `policy_links` (`from_policy_id`,`to_policy_id`);--> statement-breakpoint
CREATE INDEX `policy_links_to_idx` ON `policy_links` (`to_policy_id`);