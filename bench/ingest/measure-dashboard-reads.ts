import { sql } from 'kysely';
import { createAccount } from '../../packages/server/src/auth/accounts.js';
import { createApiToken } from '../../packages/server/src/auth/api-tokens.js';
import { createApp } from '../../packages/server/src/http/app.js';
import { apiDepsFromPlatform } from '../../packages/server/src/http/api-deps.js';
import type { Platform } from '../../packages/server/src/pipeline/platform.js';
import { CALL_SORTS } from '../../packages/server/src/storage/call-sort.js';
import { timeMany, type Percentiles } from './measure-reads.js';

const TEAMS = ['billing', 'retention', 'sales', 'collections', 'tech', 'onboarding', 'claims', 'loyalty'];

export interface DashboardReads {
  sortedList: Percentiles;
  sortedListUnfiltered: Percentiles;
  facets: Percentiles;
  agentInsights: Percentiles;
  stageDropsTeam: Percentiles;
  stageDropsAll: Percentiles;
  agentList: Percentiles;
}

/**
 * The dashboard endpoints through the whole HTTP app in process (authentication, routing, validation, JSON), at 100k calls:
 * sorted call pages with totals (every sort, a second page by cursor), facets, agent insights, stage drops.
 */
export async function measureDashboardReads(platform: Platform, samples: number): Promise<DashboardReads> {
  const deps = apiDepsFromPlatform(platform, { log: () => undefined });
  const app = createApp(deps);
  // An admin's API token, as a dashboard or integration would send it: each request pays for authentication too.
  const { user } = await createAccount(deps.auth, { username: 'bench-admin', role: 'admin', password: 'bench-admin-password' });
  const { secret } = await createApiToken(deps.auth, user, { name: 'bench', scopes: ['admin'] });
  const headers = { authorization: `Bearer ${secret}` };
  const latest = (await sql<{ at: Date | string }>`select max(started_at) as at from calls`.execute(platform.database.db)).rows[0]!.at;
  const lastWeeks = { from: new Date(new Date(latest).getTime() - 12 * 7 * 86_400_000).toISOString(), to: new Date(new Date(latest).getTime() + 1).toISOString() };
  const json = async (path: string) => {
    const res = await app.request(path, { headers });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return res.json() as Promise<Record<string, any>>;
  };
  // Every sort, first pages and second pages (by the cursor the first page gave), with and without filters.
  const pages = async (filter: string) => {
    const paths: string[] = [];
    for (const sort of CALL_SORTS) {
      const path = `/api/v1/calls?sort=${sort}&limit=50${filter}`;
      const first = await json(path);
      if (first['total'] === 0 || !first['nextCursor']) throw new Error(`${path} came back with one page`);
      paths.push(path, `${path}&cursor=${first['nextCursor']}`);
    }
    return paths;
  };
  const filtered = (await Promise.all(TEAMS.map((team) => pages(`&team=${team}&minScore=20`)))).flat();
  const unfiltered = await pages('');
  return {
    sortedList: await timeMany(samples, (i) => json(filtered[(i * 7) % filtered.length]!)),
    sortedListUnfiltered: await timeMany(samples, (i) => json(unfiltered[i % unfiltered.length]!)),
    facets: await timeMany(samples, () => json('/api/v1/facets')),
    agentInsights: await timeMany(samples, async (i) => {
      const body = await json(`/api/v1/agents/agent-${(i * 37) % 200}/insights?weeks=12`);
      if (body['customerDrops'] === 0 || body['criteria'].length === 0) throw new Error('agent insights came back empty');
    }),
    stageDropsTeam: await timeMany(samples, async (i) => {
      const body = await json(`/api/v1/teams/stage-drops?team=${TEAMS[i % 8]}&from=${lastWeeks.from}&to=${lastWeeks.to}`);
      if (body['cells'].length === 0) throw new Error('the stage grid came back empty');
    }),
    stageDropsAll: await timeMany(Math.ceil(samples / 3), () => json('/api/v1/teams/stage-drops')),
    agentList: await timeMany(samples, async (i) => {
      const body = await json(i % 2 === 0 ? '/api/v1/agents' : `/api/v1/agents?team=${TEAMS[i % 8]}`);
      if (body['items'].length === 0) throw new Error('the agent list came back empty');
    }),
  };
}
