-- Chinese substring search (DESIGN §2): one FTS5 index with the trigram tokenizer, so any 3+ character
-- fragment of a name matches. search_index holds the text per record (its INTEGER key is stable across
-- VACUUM, unlike the implicit rowid of tables keyed by UUID); search_fts indexes it as external content.
CREATE TABLE `search_index` (
	`rowid` integer PRIMARY KEY,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`text` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_index_entity_unique` ON `search_index` (`entity`, `entity_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts` USING fts5(`text`, content='search_index', content_rowid='rowid', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `search_index_ai` AFTER INSERT ON `search_index` BEGIN
	INSERT INTO search_fts(rowid, text) VALUES (new.rowid, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_ad` AFTER DELETE ON `search_index` BEGIN
	INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_index_au` AFTER UPDATE ON `search_index` BEGIN
	INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
	INSERT INTO search_fts(rowid, text) VALUES (new.rowid, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprises_search_ai` AFTER INSERT ON `enterprises` BEGIN
	INSERT INTO search_index(entity, entity_id, text)
	VALUES ('enterprise', new.id, new.name || ' ' || new.name_original || ' ' || coalesce(new.credit_code, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `enterprises_search_au` AFTER UPDATE OF name, name_original, credit_code ON `enterprises` BEGIN
	UPDATE search_index SET text = new.name || ' ' || new.name_original || ' ' || coalesce(new.credit_code, '')
	WHERE entity = 'enterprise' AND entity_id = new.id;
	UPDATE search_index
	SET text = (SELECT p.name FROM projects p WHERE p.id = search_index.entity_id) || ' ' || new.name || ' ' || new.name_original
	WHERE entity = 'project' AND entity_id IN (SELECT id FROM projects WHERE enterprise_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `projects_search_ai` AFTER INSERT ON `projects` BEGIN
	INSERT INTO search_index(entity, entity_id, text)
	SELECT 'project', new.id, new.name || ' ' || e.name || ' ' || e.name_original FROM enterprises e WHERE e.id = new.enterprise_id;
END;
--> statement-breakpoint
CREATE TRIGGER `projects_search_au` AFTER UPDATE OF name, enterprise_id ON `projects` BEGIN
	UPDATE search_index
	SET text = new.name || ' ' || (SELECT e.name || ' ' || e.name_original FROM enterprises e WHERE e.id = new.enterprise_id)
	WHERE entity = 'project' AND entity_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `targets_search_ai` AFTER INSERT ON `targets` BEGIN
	INSERT INTO search_index(entity, entity_id, text) VALUES ('target', new.id, new.company || ' ' || new.company_original);
END;
--> statement-breakpoint
CREATE TRIGGER `targets_search_au` AFTER UPDATE OF company, company_original ON `targets` BEGIN
	UPDATE search_index SET text = new.company || ' ' || new.company_original WHERE entity = 'target' AND entity_id = new.id;
END;
