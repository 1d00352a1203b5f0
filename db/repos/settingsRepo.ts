import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { settings } from '../schema';

export function readSetting<T>(db: Db, key: string): T | undefined {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (row.value as T) : undefined;
}

export function writeSetting(db: Db, key: string, value: unknown, at: string): void {
  db.insert(settings)
    .values({ key, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } })
    .run();
}
