import type { Config } from '../config/config-schema.js';
import { shippedRules } from './default-steps.js';
import { openPlatform, type Platform, type PlatformOptions } from './platform.js';
import { startRulesRefresher, type RulesRefresher } from './stored-rules.js';

/**
 * The platform with core's pipeline steps scoring against the rubrics and policies stored in its database
 * (published through the API), reloaded every `rulesRefreshMs`. Used by `serve`, `worker` and `import`.
 */
export async function openScoringPlatform(
  config: Config,
  opts: Omit<PlatformOptions, 'steps' | 'rules'> & { rulesRefreshMs?: number } = {},
): Promise<Platform & { rules: RulesRefresher }> {
  let rules: RulesRefresher | undefined;
  const platform = await openPlatform(config, { ...opts, rules: () => rules?.current() ?? shippedRules() });
  const warn = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  try {
    rules = await startRulesRefresher(platform.database.db, { warn, ...(opts.rulesRefreshMs ? { intervalMs: opts.rulesRefreshMs } : {}) });
  } catch (err) {
    await platform.close();
    throw err;
  }
  const loaded = rules;
  return {
    ...platform,
    rules: loaded,
    close: async () => {
      loaded.stop();
      await platform.close();
    },
  };
}
