import type { ConfigProblem } from './load-config.js';

type Kind = 'string' | 'int' | 'number' | 'bool' | 'list';

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
  UNDERTONE_RETRY_LIMIT: ['pipeline', 'retryLimit', 'int'],
  UNDERTONE_RETRY_DELAY_SECONDS: ['pipeline', 'retryDelaySeconds', 'int'],
  UNDERTONE_RETRY_BACKOFF: ['pipeline', 'retryBackoff', 'bool'],
  UNDERTONE_JOB_EXPIRE_SECONDS: ['pipeline', 'expireInSeconds', 'int'],
  UNDERTONE_MAINTENANCE_INTERVAL_SECONDS: ['pipeline', 'maintenanceIntervalSeconds', 'int'],
  UNDERTONE_DEMO: ['demo', 'enabled', 'bool'],
  UNDERTONE_WEBHOOK_SECRETS: ['intake', 'webhookSecrets', 'list'],
  UNDERTONE_DROP_DIR: ['intake', 'dropDir', 'string'],
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
      out.problems.push({ where: name, message: `expected ${kind === 'bool' ? 'true/false, on/off, 1/0' : `a${kind === 'int' ? 'n integer' : ' number'}`}, got "${raw}"` });
      continue;
    }
    (out.values[section] ??= {})[key] = value;
    out.sources[`${section}.${key}`] = name;
  }
  return out;
}

function convert(raw: string, kind: Kind): unknown {
  const text = raw.trim();
  switch (kind) {
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
