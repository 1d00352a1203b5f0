CREATE TABLE `consolidation_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`report_code` text NOT NULL,
	`period` text NOT NULL,
	`reporting_unit` text NOT NULL,
	`park_id` text,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`values` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`park_id`) REFERENCES `parks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consolidation_entries_period_idx` ON `consolidation_entries` (`report_code`,`period`);--> statement-breakpoint
CREATE TABLE `import_batch_records` (
	`batch_id` text NOT NULL,
	`seq` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`source_row` integer,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_batch_records_batch_idx` ON `import_batch_records` (`batch_id`,`seq`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`report_code` text NOT NULL,
	`template_version` text,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`file_bytes` integer NOT NULL,
	`status` text NOT NULL,
	`park_id` text,
	`period` text,
	`row_count` integer DEFAULT 0 NOT NULL,
	`problem_count` integer DEFAULT 0 NOT NULL,
	`problems` text,
	`summary` text,
	`actor` text NOT NULL,
	`created_at` text NOT NULL,
	`committed_at` text,
	FOREIGN KEY (`park_id`) REFERENCES `parks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_batches_sha_idx` ON `import_batches` (`file_sha256`,`status`);--> statement-breakpoint
CREATE INDEX `import_batches_created_idx` ON `import_batches` (`created_at`);--> statement-breakpoint
CREATE TABLE `report_submissions` (
	`id` text PRIMARY KEY NOT NULL,
	`park_id` text NOT NULL,
	`report_code` text NOT NULL,
	`period` text NOT NULL,
	`revision` integer NOT NULL,
	`status` text NOT NULL,
	`template_version` text NOT NULL,
	`header` text NOT NULL,
	`manual_values` text NOT NULL,
	`snapshot` text,
	`file_sha256` text,
	`file_name` text,
	`validated_at` text,
	`submitted_at` text,
	`locked_at` text,
	`supersedes_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`park_id`) REFERENCES `parks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_submissions_revision_uq` ON `report_submissions` (`park_id`,`report_code`,`period`,`revision`);--> statement-breakpoint
CREATE INDEX `report_submissions_period_idx` ON `report_submissions` (`report_code`,`period`);