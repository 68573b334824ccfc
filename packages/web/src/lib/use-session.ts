import { useCallback, useEffect, useState } from 'react';
import { onSignedOut, session } from '../api/client';
import type { SessionUser } from '../api/types';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; expired: boolean }
  | { status: 'signed-in'; user: SessionUser }
  | { status: 'unreachable'; error: Error };

/**
 * Who is signed in: asked once at start (GET /api/v1/auth/me), set by signing in, and dropped when any
 * request answers 401 (the session expired or was revoked), which brings back the sign-in view.
 */
export function useSession() {
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    session.current().then(
      (user) => live && setState(user ? { status: 'signed-in', user } : { status: 'signed-out', expired: false }),
      (error: Error) => live && setState({ status: 'unreachable', error }),
    );
    const off = onSignedOut(() => live && setState({ status: 'signed-out', expired: true }));
    return () => {
      live = false;
      off();
    };
  }, [attempt]);
  const signIn = useCallback(async (username: string, password: string) => {
    const user = await session.signIn(username, password);
    setState({ status: 'signed-in', user });
  }, []);
  const signOut = useCallback(async () => {
    // Signed out here even if the server could not be told: the cookie expires on its own.
    await session.signOut().catch(() => undefined);
    setState({ status: 'signed-out', expired: false });
  }, []);
  const retry = useCallback(() => {
    setState({ status: 'checking' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, signIn, signOut, retry };
}
