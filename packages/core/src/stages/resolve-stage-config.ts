import { BUILT_IN_STAGE_CONFIGS } from './built-in-stage-configs.js';
import type { StageConfig, StageConfigSet } from './stage-config.js';

/** "Customer Support" and "customer-support" both become "customer_support". */
export function normalizeCallType(callType: string | undefined): string {
  if (callType === undefined) return 'default';
  const key = callType.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return key === '' ? 'default' : key;
}

/**
 * The config for a call type. A supplied set overrides the built-ins one call type at a time:
 * types it lists replace the built-in ones, types it does not list keep the built-in config.
 * Unknown types use the supplied `default`, else the built-in `default`.
 */
export function resolveStageConfig(callType: string | undefined, overrides?: StageConfigSet): StageConfig {
  const key = normalizeCallType(callType);
  const merged = { ...BUILT_IN_STAGE_CONFIGS.callTypes, ...(overrides?.callTypes ?? {}) };
  const config = merged[key] ?? merged['default'];
  if (!config) throw new Error('built-in stage configs lost their "default" entry: this is a bug in built-in-stage-configs.ts');
  return config;
}
