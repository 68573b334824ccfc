import { createAuthDeps, type AuthDeps } from '../auth/auth-deps.js';
import { InvalidAccountError } from '../auth/account-errors.js';
import { loadConfigOrReport } from '../config/load-config-or-report.js';
import type { AuditAction } from '../storage/audit-log.js';
import { migrateToLatest } from '../storage/migrate.js';
import { openDatabase } from '../storage/open-database.js';
import { EXIT } from './command.js';

export interface CliAuth extends AuthDeps {
  /** Records a CLI action in the audit log, with "cli" as the actor. */
  recordCliAction(action: AuditAction, target: string | null, details?: Record<string, unknown>): Promise<void>;
}

/**
 * Opens the configured database (migrating it) for the account and token commands, runs `work`, and
 * turns a refused change into exit code 2 with its message.
 */
export async function withAuthStore(command: string, configFile: string | undefined, work: (auth: CliAuth) => Promise<number>): Promise<number> {
  const config = loadConfigOrReport(process.env, configFile);
  if (!config) return EXIT.badInput;
  const database = await openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const deps = createAuthDeps(database.db, { config: config.auth, now: () => new Date() });
    const auth: CliAuth = {
      ...deps,
      recordCliAction: (action, target, details) =>
        deps.audit.append({ at: new Date(), actorUserId: null, actorTokenId: null, actorName: 'cli', action, target, outcome: 'success', ip: null, ...(details ? { details } : {}) }),
    };
    return await work(auth);
  } catch (err) {
    if (err instanceof InvalidAccountError) {
      const lines = [`undertone ${command}: ${err.message}`, ...err.issues.map((i) => `  ${i.where}: ${i.message}`)];
      process.stderr.write(lines.join('\n') + '\n');
      return EXIT.badInput;
    }
    throw err;
  } finally {
    await database.close();
  }
}
