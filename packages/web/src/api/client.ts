import type { Agent, AgentInsights, CallDetail, CallPage, CallQuery, Facets, StageDrops, StageDropsQuery } from './types';

/**
 * Every request the dashboard makes goes through `request` here, so authentication (a 401 handler, a CSRF
 * header) can be added in one place.
 */

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

type Params = Record<string, string | number | undefined | null>;

export function queryString(params: Params): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') q.set(key, String(value));
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function request<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}${queryString(params)}`, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiFailure(0, 'NETWORK', 'The Undertone server did not answer: check that `undertone serve` is running, then retry.');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiFailure(res.status, error?.code ?? `HTTP_${res.status}`, error?.message ?? `the server answered ${res.status} ${res.statusText} for ${path}`);
  }
  return body as T;
}

export const api = {
  listCalls: (query: CallQuery, signal?: AbortSignal) => request<CallPage>('/calls', { ...query }, signal),
  getCall: (id: string, signal?: AbortSignal) => request<CallDetail>(`/calls/${encodeURIComponent(id)}`, {}, signal),
  facets: (signal?: AbortSignal) => request<Facets>('/facets', {}, signal),
  listAgents: (signal?: AbortSignal) => request<{ items: Agent[] }>('/agents', {}, signal),
  getAgent: (id: string, signal?: AbortSignal) => request<Agent>(`/agents/${encodeURIComponent(id)}`, {}, signal),
  agentCalls: (id: string, query: Omit<CallQuery, 'agent'>, signal?: AbortSignal) => request<CallPage>(`/agents/${encodeURIComponent(id)}/calls`, { ...query }, signal),
  agentInsights: (id: string, weeks: number, signal?: AbortSignal) => request<AgentInsights>(`/agents/${encodeURIComponent(id)}/insights`, { weeks }, signal),
  stageDrops: (query: StageDropsQuery, signal?: AbortSignal) => request<StageDrops>('/teams/stage-drops', { ...query }, signal),
};
