-- Policy library in the shared Chinese substring index (0002): a policy by title, 文号 and issuer, a clause by its
-- heading and text. Clauses are replaced as a whole when a policy is re-imported, so deletes are indexed too.
CREATE TRIGGER `policies_search_ai` AFTER INSERT ON `policies` BEGIN
	INSERT INTO search_index(entity, entity_id, text)
	VALUES ('policy', new.id, new.title || ' ' || coalesce(new.doc_number, '') || ' ' || new.issuer);
END;
--> statement-breakpoint
CREATE TRIGGER `policies_search_au` AFTER UPDATE OF title, doc_number, issuer ON `policies` BEGIN
	UPDATE search_index SET text = new.title || ' ' || coalesce(new.doc_number, '') || ' ' || new.issuer
	WHERE entity = 'policy' AND entity_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `policy_clauses_search_ai` AFTER INSERT ON `policy_clauses` BEGIN
	INSERT INTO search_index(entity, entity_id, text) VALUES ('policy_clause', new.id, new.heading || ' ' || new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `policy_clauses_search_au` AFTER UPDATE OF heading, text ON `policy_clauses` BEGIN
	UPDATE search_index SET text = new.heading || ' ' || new.text WHERE entity = 'policy_clause' AND entity_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `policy_clauses_search_ad` AFTER DELETE ON `policy_clauses` BEGIN
	DELETE FROM search_index WHERE entity = 'policy_clause' AND entity_id = old.id;
END;
