import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../client';

/** SQL text with positional `?` parameters (shared with raw better-sqlite3 queries) as a drizzle condition. */
export function positionalSql(text: string, params: readonly string[]): SQL {
  const parts = text.split('?');
  if (parts.length !== params.length + 1) throw new Error(`positionalSql: ${parts.length - 1} placeholders for ${params.length} parameters`);
  return sql.join(parts.flatMap((part, i) => (i < params.length ? [sql.raw(part), sql`${params[i]}`] : [sql.raw(part)])));
}

/** LIKE treats % and _ as wildcards; a user typing them means the characters themselves. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** FTS5 query syntax would read AND/OR/quotes in user text as operators; a quoted phrase is literal. */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Records of `entity` whose indexed text contains `raw`. Three or more characters use the trigram index;
 * the trigram tokenizer cannot match one or two, so short fragments (平湖) scan the indexed text instead.
 * Given `db`, that scan runs once here and the ids travel as a list, so a list query and its count do not
 * scan twice.
 */
export function searchCondition(idColumn: AnyColumn, entity: string, raw: string, db?: Db): SQL {
  const text = raw.trim();
  if ([...text].length >= 3) {
    return sql`${idColumn} IN (SELECT entity_id FROM search_index WHERE entity = ${entity} AND rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${ftsPhrase(text)}))`;
  }
  const scan = shortFragmentScan(entity, text);
  if (!db) return sql`${idColumn} IN (${scan})`;
  const ids = db.all<{ id: string }>(scan).map((row) => row.id);
  return sql`${idColumn} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}

function shortFragmentScan(entity: string, text: string): SQL {
  // `+entity` keeps SQLite from walking the (entity, id) index row by row: a straight table scan with instr()
  // is several times faster than index lookups plus LIKE's case folding.
  // lower() copies every row's text; only Latin letters need it, Chinese fragments compare as they are.
  const contains = /[A-Za-z]/.test(text) ? sql`instr(lower(text), ${text.toLowerCase()}) > 0` : sql`instr(text, ${text}) > 0`;
  return sql`SELECT entity_id AS id FROM search_index WHERE +entity = ${entity} AND ${contains}`;
}
