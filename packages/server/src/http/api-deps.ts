import type { RedactionConfig } from '../config/config-schema.js';
import { createAuthDeps, type AuthDeps } from '../auth/auth-deps.js';
import type { AuthConfig } from '../config/config-schema.js';
import type { CallWriter } from '../pipeline/call-writer.js';
import type { Platform } from '../pipeline/platform.js';
import type { PrepareCallStep } from '../pipeline/prepare-for-storage.js';
import type { ImportStep } from '../pipeline/steps.js';
import type { JobQueue } from '../queue/job-queue.js';
import { createAgentDirectory, type AgentDirectory } from '../storage/agent-directory.js';
import type { AnalysisStore } from '../storage/analysis-store.js';
import type { CallStore } from '../storage/call-store.js';
import type { DashboardStore } from '../storage/dashboard-store.js';
import { createDashboardStore } from '../storage/kysely-dashboard-store.js';
import { createDefinitionCatalog, type DefinitionCatalog } from '../storage/definition-catalog.js';
import type { DefinitionStore } from '../storage/definition-store.js';
import { checkHealth, type Health } from './check-health.js';

export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;

/** What the HTTP routes need: the same stores and use-case inputs the CLI and workers use. */
export interface ApiDeps {
  calls: CallStore;
  /** How ingest writes calls (the platform's group commit); one transaction per call when absent. */
  callWriter?: CallWriter;
  analyses: AnalysisStore;
  queue: JobQueue;
  importTranscript: ImportStep;
  /** Ingest's import and redaction off the request thread (`Platform.prepareCall`); on it when absent. */
  prepareCall?: PrepareCallStep;
  rubrics: DefinitionStore & DefinitionCatalog;
  policies: DefinitionStore & DefinitionCatalog;
  agents: AgentDirectory;
  /** Aggregate reads for the dashboard (facets, agent insights, stage drops). */
  dashboard: DashboardStore;
  health: () => Promise<Health>;
  /** Active webhook secrets; empty disables webhooks. */
  webhookSecrets: readonly string[];
  now: () => Date;
  log: (line: string) => void;
  maxBodyBytes: number;
  /** What ingest redacts before storing; every category when absent. */
  redaction?: RedactionConfig;
  /** Accounts, sessions, tokens, audit log and rate limits. */
  auth: AuthDeps;
}

export function apiDepsFromPlatform(
  platform: Platform,
  opts: { webhookSecrets?: readonly string[]; log?: (line: string) => void; maxBodyBytes?: number; queueRunning?: () => boolean; auth?: AuthConfig } = {},
): ApiDeps {
  const db = platform.database.db;
  return {
    calls: platform.calls,
    callWriter: platform.callWriter,
    analyses: platform.analyses,
    queue: platform.queue,
    importTranscript: platform.steps.importTranscript,
    ...(platform.prepareCall ? { prepareCall: platform.prepareCall } : {}),
    rubrics: { ...platform.rubrics, ...createDefinitionCatalog(db, 'rubrics') },
    policies: { ...platform.policies, ...createDefinitionCatalog(db, 'policies') },
    agents: createAgentDirectory(db),
    dashboard: createDashboardStore(db),
    health: () => checkHealth({ db, kind: platform.database.kind, queue: platform.queue, ...(opts.queueRunning ? { queueRunning: opts.queueRunning } : {}) }),
    webhookSecrets: opts.webhookSecrets ?? [],
    now: platform.now,
    log: opts.log ?? ((line) => process.stderr.write(line + '\n')),
    maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    redaction: platform.redaction,
    auth: createAuthDeps(db, { now: platform.now, ...(opts.auth ? { config: opts.auth } : {}) }),
  };
}
