/**
 * Loads the demo dataset when the database has no municipality yet.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export async function loadDemoOnFirstStart(db: Kysely<Database>): Promise<boolean> {
  const any = await db.selectFrom('municipality').select('code').limit(1).executeTakeFirst();
  if (any) return false;
  return false;
}
