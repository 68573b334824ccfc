import { api, ApiFailure } from '../api/client';
import type { Facets } from '../api/types';
import { useResource } from './use-resource';

/** The values the engine produces, for servers that do not offer GET /api/v1/facets yet. */
const KNOWN = {
  callTypes: ['support', 'sales', 'retention', 'collections'],
  arcPatterns: ['flat', 'rising', 'declining', 'spike_and_drop', 'recovery', 'volatile'],
  flagKinds: ['compliance', 'quality', 'coaching', 'keyword', 'kudos'],
};

async function loadFacets(signal: AbortSignal): Promise<Facets> {
  try {
    return await api.facets(signal);
  } catch (err) {
    if (!(err instanceof ApiFailure && err.status === 404)) throw err;
    const { items } = await api.listAgents(signal);
    const teams = [...new Set(items.flatMap((a) => (a.team ? [a.team] : [])))].sort();
    return { teams, queues: [], ...KNOWN, agents: items.map(({ id, name, team }) => ({ id, name, team })) };
  }
}

/** Filter choices: teams, agents, call types, arc patterns, flag kinds. */
export function useFacets() {
  return useResource('facets', loadFacets);
}
