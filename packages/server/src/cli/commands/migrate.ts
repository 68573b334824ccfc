import { parseArgs } from 'node:util';
import { loadConfigOrReport } from '../../config/load-config-or-report.js';
import { migrateToLatest } from '../../storage/migrate.js';
import { openDatabase } from '../../storage/open-database.js';
import { EXIT } from '../command.js';

const HELP = `Usage: undertone migrate [--config FILE]

Applies pending database migrations (they also run at every start). Safe to run again.
The database is DATABASE_URL when set, else the embedded one in UNDERTONE_DATA_DIR (default ./.undertone-data).`;

export async function run(args: string[]): Promise<number> {
  let values: { config?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { config: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (e) {
    process.stderr.write(`undertone migrate: ${(e as Error).message}. Run \`undertone migrate --help\`.\n`);
    return EXIT.badInput;
  }
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  const config = loadConfigOrReport(process.env, values.config);
  if (!config) return EXIT.badInput;
  const database = await openDatabase(config.database);
  try {
    const { applied } = await migrateToLatest(database.db);
    process.stderr.write(applied.length > 0 ? `applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'database is up to date\n');
    return EXIT.ok;
  } finally {
    await database.close();
  }
}
