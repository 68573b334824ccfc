import type { Kysely } from 'kysely';
import { readAgentWindow } from './agent-window-queries.js';
import type { DashboardStore } from './dashboard-store.js';
import { readFacets } from './facet-queries.js';
import type { Database } from './schema.js';
import { readStageDrops } from './stage-drop-queries.js';

export function createDashboardStore(db: Kysely<Database>): DashboardStore {
  return {
    facets: () => readFacets(db),
    async latestCallAt(agentId) {
      const row = await db.selectFrom('call_facts').select('started_at').where('agent_id', '=', agentId).orderBy('started_at', 'desc').limit(1).executeTakeFirst();
      return row ? new Date(row.started_at) : undefined;
    },
    agentWindow: (agentId, from, to) => readAgentWindow(db, agentId, from, to),
    stageDrops: (filters) => readStageDrops(db, filters),
  };
}
