import type { ConfigProblem } from './load-config.js';

type Kind = 'string' | 'int' | 'number' | 'bool' | 'list' | 'redaction';

/** Environment variable -> [section, key, kind]. The one list of variables Undertone reads. */
export const ENV_VARS: Record<string, [section: string, key: string, kind: Kind]> = {
  DATABASE_URL: ['database', 'url', 'string'],
  UNDERTONE_DATA_DIR: ['database', 'dataDir', 'string'],
  UNDERTONE_DB_POOL_SIZE: ['database', 'poolSize', 'int'],
  HOST: ['server', 'host', 'string'],
  PORT: ['server', 'port', 'int'],
  UNDERTONE_WORKERS: ['worker', 'inProcess', 'bool'],
  UNDERTONE_WORKER_CONCURRENCY: ['worker', 'concurrency', 'int'],
  UNDERTONE_WORKER_POLL_SECONDS: ['worker', 'pollingIntervalSeconds', 'number'],
  UNDERTONE_ANALYSIS_THREADS: ['worker', 'analysisThreads', 'int'],
  UNDERTONE_LEARNED_BEHAVIORS: ['analysis', 'learnedBehaviors', 'bool'],
  UNDERTONE_RETRY_LIMIT: ['pipeline', 'retryLimit', 'int'],
  UNDERTONE_RETRY_DELAY_SECONDS: ['pipeline', 'retryDelaySeconds', 'int'],
  UNDERTONE_RETRY_BACKOFF: ['pipeline', 'retryBackoff', 'bool'],
  UNDERTONE_JOB_EXPIRE_SECONDS: ['pipeline', 'expireInSeconds', 'int'],
  UNDERTONE_MAINTENANCE_INTERVAL_SECONDS: ['pipeline', 'maintenanceIntervalSeconds', 'int'],
  UNDERTONE_DEMO: ['demo', 'enabled', 'bool'],
  UNDERTONE_WEBHOOK_SECRETS: ['intake', 'webhookSecrets', 'list'],
  UNDERTONE_DROP_DIR: ['intake', 'dropDir', 'string'],
  UNDERTONE_DROP_DELETE_PROCESSED: ['intake', 'deleteProcessed', 'bool'],
  /** `off`, `on`/`all`, or a comma-separated list of categories (`card,ssn,email`). */
  UNDERTONE_REDACTION: ['redaction', 'categories', 'redaction'],
  UNDERTONE_SESSION_IDLE_MINUTES: ['auth', 'sessionIdleMinutes', 'int'],
  UNDERTONE_SESSION_ABSOLUTE_HOURS: ['auth', 'sessionAbsoluteHours', 'int'],
  UNDERTONE_COOKIE_SECURE: ['auth', 'cookieSecure', 'bool'],
  UNDERTONE_TRUST_PROXY: ['auth', 'trustProxy', 'bool'],
  UNDERTONE_LOGIN_LIMIT_PER_IP: ['auth', 'loginPerIpPerMinute', 'int'],
  UNDERTONE_LOGIN_FAILURE_LIMIT_PER_USER: ['auth', 'loginFailuresPerUserPerMinute', 'int'],
  UNDERTONE_INGEST_LIMIT_PER_MINUTE: ['auth', 'ingestPerMinute', 'int'],
};

export interface EnvConfig {
  values: Record<string, Record<string, unknown>>;
  /** `section.key` -> the variable it came from, so problems name what the operator set. */
  sources: Record<string, string>;
  problems: ConfigProblem[];
}

export function configFromEnv(env: Record<string, string | undefined>): EnvConfig {
  const out: EnvConfig = { values: {}, sources: {}, problems: [] };
  for (const [name, [section, key, kind]] of Object.entries(ENV_VARS)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = convert(raw, kind);
    if (value === undefined) {
      out.problems.push({ where: name, message: `expected ${expectation(kind)}, got "${raw}"` });
      continue;
    }
    if (kind === 'redaction') {
      // One variable sets both keys: `off` disables, anything else enables with the listed categories.
      const redaction = value as { enabled: boolean; categories?: string[] };
      const values = (out.values[section] ??= {});
      values.enabled = redaction.enabled;
      out.sources[`${section}.enabled`] = name;
      if (redaction.categories) {
        values[key] = redaction.categories;
        for (let i = 0; i < redaction.categories.length; i++) out.sources[`${section}.${key}.${i}`] = name;
        out.sources[`${section}.${key}`] = name;
      }
      continue;
    }
    (out.values[section] ??= {})[key] = value;
    out.sources[`${section}.${key}`] = name;
  }
  return out;
}

function expectation(kind: Kind): string {
  if (kind === 'bool') return 'true/false, on/off, 1/0';
  if (kind === 'redaction') return 'off, on, all, or a comma-separated list of categories such as card,ssn,email';
  return `a${kind === 'int' ? 'n integer' : ' number'}`;
}

function convert(raw: string, kind: Kind): unknown {
  const text = raw.trim();
  switch (kind) {
    case 'redaction': {
      const lower = text.toLowerCase();
      if (['off', 'false', '0', 'no', 'none'].includes(lower)) return { enabled: false };
      if (['on', 'true', '1', 'yes', 'all'].includes(lower)) return { enabled: true };
      const categories = lower.split(',').map((item) => item.trim()).filter((item) => item !== '');
      return categories.length > 0 ? { enabled: true, categories } : undefined;
    }
    case 'string':
      return text;
    case 'list':
      return text.split(',').map((item) => item.trim()).filter((item) => item !== '');
    case 'int':
      return /^-?\d+$/.test(text) ? Number(text) : undefined;
    case 'number':
      return text !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined;
    case 'bool': {
      const lower = text.toLowerCase();
      if (['1', 'true', 'on', 'yes'].includes(lower)) return true;
      if (['0', 'false', 'off', 'no'].includes(lower)) return false;
      return undefined;
    }
  }
}
