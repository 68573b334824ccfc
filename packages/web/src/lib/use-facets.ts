import { api } from '../api/client';
import { useResource } from './use-resource';

/** Filter choices (teams, agents, call types, arc patterns, flag kinds), loaded once per page. */
export function useFacets() {
  return useResource('facets', (signal) => api.facets(signal));
}
