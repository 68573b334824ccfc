import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';

export interface MigrateOutcome {
  applied: string[];
}

/** Applies pending migrations; running it again is a no-op. Throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrateOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'undertone_migrations',
    migrationLockTableName: 'undertone_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = (results ?? []).find((r: MigrationResult) => r.status === 'Error');
  if (error) {
    const where = failed ? ` in migration "${failed.migrationName}"` : '';
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`database migration failed${where}: ${message}. Fix the database or restore a backup, then run \`undertone migrate\` again.`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
