CREATE TABLE `indicator_values` (
	`park_id` text NOT NULL,
	`indicator_code` text NOT NULL,
	`period` text NOT NULL,
	`scaled_value` integer NOT NULL,
	`source` text NOT NULL,
	`import_batch_id` text,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	PRIMARY KEY(`park_id`, `indicator_code`, `period`),
	FOREIGN KEY (`park_id`) REFERENCES `parks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `indicator_values_code_period_park_idx` ON `indicator_values` (`indicator_code`,`period`,`park_id`,`scaled_value`);