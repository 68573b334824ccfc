import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiFailure, onSignedOut, queryString, session } from './client';

describe('query strings for the API', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(queryString({ team: 'care west', agent: undefined, flag: '', minScore: 0, cursor: null })).toBe('?team=care+west&minScore=0');
    expect(queryString({})).toBe('');
  });
});

const user = { id: 'u1', username: 'demo-qa', displayName: 'Demo QA Manager', role: 'qa_manager' };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** Answers each call with the next response and records what was sent. */
function serverSays(...responses: Response[]) {
  const sent: Array<{ url: string; method: string; headers: Record<string, string> }> = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    sent.push({ url, method: init.method ?? 'GET', headers: { ...(init.headers as Record<string, string>) } });
    const next = responses.shift();
    if (!next) throw new Error(`no answer prepared for ${url}`);
    return next;
  });
  return sent;
}

describe('the session in the API client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the CSRF token from sign-in and sends it on unsafe methods only', async () => {
    const sent = serverSays(json(200, { user, csrfToken: 'csrf-1' }), json(200, { items: [] }), new Response(null, { status: 204 }));
    expect(await session.signIn('demo-qa', 'pw')).toEqual(user);
    await api.listAgents();
    await session.signOut();
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual(['POST /api/v1/auth/login', 'GET /api/v1/agents', 'POST /api/v1/auth/logout']);
    expect(sent[1]!.headers['x-csrf-token']).toBeUndefined();
    expect(sent[2]!.headers['x-csrf-token']).toBe('csrf-1');
  });

  it('treats a 401 from auth/me as nobody signed in, and a 401 elsewhere as a lost session', async () => {
    const signedOut = vi.fn();
    const off = onSignedOut(signedOut);
    serverSays(json(401, { error: { code: 'UNAUTHENTICATED', message: 'sign in' } }), json(401, { error: { code: 'UNAUTHENTICATED', message: 'session expired' } }));
    expect(await session.current()).toBeNull();
    expect(signedOut).not.toHaveBeenCalled();
    await expect(api.facets()).rejects.toMatchObject({ status: 401 });
    expect(signedOut).toHaveBeenCalledTimes(1);
    off();
  });

  it('reports a wrong password and a rate limit with its Retry-After, without signalling a lost session', async () => {
    const signedOut = vi.fn();
    const off = onSignedOut(signedOut);
    serverSays(json(401, { error: { code: 'INVALID_CREDENTIALS', message: 'the username or password is wrong' } }), json(429, { error: { code: 'RATE_LIMITED', message: 'wait' } }, { 'retry-after': '30' }));
    await expect(session.signIn('demo-qa', 'nope')).rejects.toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    const limited = await session.signIn('demo-qa', 'nope').catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(ApiFailure);
    expect(limited).toMatchObject({ status: 429, retryAfterSeconds: 30 });
    expect(signedOut).not.toHaveBeenCalled();
    off();
  });
});
