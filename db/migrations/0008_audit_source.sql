ALTER TABLE `audit_log` ADD `source` text DEFAULT 'ui' NOT NULL;--> statement-breakpoint
CREATE INDEX `audit_actor_idx` ON `audit_log` (`actor`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);