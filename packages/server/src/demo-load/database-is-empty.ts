import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

/** The demo loads only into a database without calls, so it never mixes with real data. */
export async function databaseIsEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('calls').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
