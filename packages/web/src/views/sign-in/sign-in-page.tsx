import { useRef, useState, type FormEvent } from 'react';
import { signInErrorText } from '../../lib/sign-in-error';

/**
 * The sign-in form (shown whenever nobody is signed in). The error line keeps its space while empty, so a
 * message never moves the form; focus goes back to the password after a failure.
 */
export function SignInPage({ onSignIn, expired }: { onSignIn: (username: string, password: string) => Promise<void>; expired: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const password = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await onSignIn(String(form.get('username') ?? '').trim(), String(form.get('password') ?? ''));
    } catch (err) {
      setError(signInErrorText(err));
      setBusy(false);
      password.current?.select();
    }
  };

  return (
    <main id="main" className="sign-in">
      <form className="sign-in-form panel" onSubmit={submit} aria-labelledby="sign-in-title" aria-describedby="sign-in-error">
        <h1 id="sign-in-title">Sign in to Undertone</h1>
        {expired && <p className="sign-in-notice">Your session ended. Sign in again to continue where you were.</p>}
        <label htmlFor="username">Username</label>
        <input id="username" name="username" autoComplete="username" autoCapitalize="none" spellCheck={false} required autoFocus />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required ref={password} />
        <p id="sign-in-error" className="sign-in-error" role="alert">
          {error}
        </p>
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
