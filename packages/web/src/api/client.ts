import type { Agent, AgentInsights, CallDetail, CallPage, CallQuery, Facets, SessionUser, StageDrops, StageDropsQuery } from './types';

/**
 * Every request the dashboard makes goes through `request` here: the session's CSRF token on unsafe methods,
 * and one place that notices a 401 (signed out, session expired) and tells the app to show the sign-in view.
 * The session itself is an HttpOnly cookie the browser keeps; the CSRF token lives only in this module's memory.
 */

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** From Retry-After on a 429: how long to wait before trying again. */
    readonly retryAfterSeconds?: number,
    /** What the server listed as wrong, field by field (400 and 422 answers). */
    readonly issues: ReadonlyArray<{ where: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
let csrfToken: string | null = null;
const signedOutListeners = new Set<() => void>();

/** Called whenever the server answers 401 to a signed-in request: the session is gone. Returns the unsubscribe. */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

type Params = Record<string, string | number | undefined | null>;

export function queryString(params: Params): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') q.set(key, String(value));
  const s = q.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  method?: string;
  params?: Params;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Sign-in itself answers 401 for a wrong password: that is not a lost session. */
  quietUnauthenticated?: boolean;
}

async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}${queryString(opts.params ?? {})}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiFailure(0, 'NETWORK', 'The Undertone server did not answer: check that `undertone serve` is running, then retry.');
  }
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const error = (body as { error?: { code?: string; message?: string; issues?: Array<{ where: string; message: string }> } } | null)?.error;
    const retryAfter = Number(res.headers.get('retry-after'));
    const failure = new ApiFailure(
      res.status,
      error?.code ?? `HTTP_${res.status}`,
      error?.message ?? `the server answered ${res.status} ${res.statusText} for ${path}`,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      Array.isArray(error?.issues) ? error.issues : [],
    );
    if (res.status === 401 && !opts.quietUnauthenticated) {
      csrfToken = null;
      for (const listener of signedOutListeners) listener();
    }
    throw failure;
  }
  return body as T;
}

interface SessionBody {
  user: SessionUser;
  csrfToken: string | null;
}

function keep(session: SessionBody): SessionUser {
  csrfToken = session.csrfToken;
  return session.user;
}

export const session = {
  /** Who is signed in; `null` when nobody is (the 401 is expected here, so it notifies no one). */
  current: async (): Promise<SessionUser | null> => {
    try {
      return keep(await request<SessionBody>('/auth/me', { quietUnauthenticated: true }));
    } catch (err) {
      if (err instanceof ApiFailure && err.status === 401) return null;
      throw err;
    }
  },
  signIn: async (username: string, password: string): Promise<SessionUser> =>
    keep(await request<SessionBody>('/auth/login', { method: 'POST', body: { username, password }, quietUnauthenticated: true })),
  /** Changes the signed-in person's password; the server signs out their other sessions. */
  changePassword: (currentPassword: string, newPassword: string): Promise<null> =>
    request<null>('/auth/password', { method: 'POST', body: { currentPassword, newPassword }, quietUnauthenticated: true }),
  signOut: async (): Promise<void> => {
    try {
      await request<null>('/auth/logout', { method: 'POST', quietUnauthenticated: true });
    } finally {
      csrfToken = null;
    }
  },
};

export const api = {
  listCalls: (query: CallQuery, signal?: AbortSignal) => request<CallPage>('/calls', { params: { ...query }, signal }),
  getCall: (id: string, signal?: AbortSignal) => request<CallDetail>(`/calls/${encodeURIComponent(id)}`, { signal }),
  facets: (signal?: AbortSignal) => request<Facets>('/facets', { signal }),
  listAgents: (signal?: AbortSignal) => request<{ items: Agent[] }>('/agents', { signal }),
  getAgent: (id: string, signal?: AbortSignal) => request<Agent>(`/agents/${encodeURIComponent(id)}`, { signal }),
  agentCalls: (id: string, query: Omit<CallQuery, 'agent'>, signal?: AbortSignal) => request<CallPage>(`/agents/${encodeURIComponent(id)}/calls`, { params: { ...query }, signal }),
  agentInsights: (id: string, weeks: number, signal?: AbortSignal) => request<AgentInsights>(`/agents/${encodeURIComponent(id)}/insights`, { params: { weeks }, signal }),
  stageDrops: (query: StageDropsQuery, signal?: AbortSignal) => request<StageDrops>('/teams/stage-drops', { params: { ...query }, signal }),
};
