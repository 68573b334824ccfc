import { useRef, useState, type FormEvent } from 'react';
import { session } from '../../api/client';
import type { SessionUser } from '../../api/types';
import { roleLabel } from '../../lib/format';
import { passwordChangeErrorText } from '../../lib/password-change-error';

type Outcome = { kind: 'error'; text: string } | { kind: 'done' } | null;

/**
 * Who you are and a change-password form. The server checks the current password and the new one's rules and
 * signs out your other sessions; this form only checks that the two new entries match before sending.
 */
export function AccountPage({ user }: { user: SessionUser }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const current = String(data.get('current-password') ?? '');
    const next = String(data.get('new-password') ?? '');
    if (next !== String(data.get('confirm-password') ?? '')) {
      setOutcome({ kind: 'error', text: 'The two new passwords differ. Type the same new password in both fields.' });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      await session.changePassword(current, next);
      form.current?.reset();
      setOutcome({ kind: 'done' });
    } catch (err) {
      setOutcome({ kind: 'error', text: passwordChangeErrorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page account-page">
      <h1>Your account</h1>
      <dl className="account-facts">
        <dt>Username</dt>
        <dd>{user.username}</dd>
        <dt>Role</dt>
        <dd>{roleLabel(user.role)}</dd>
        {user.agentId && (
          <>
            <dt>Agent</dt>
            <dd>{user.agentId}</dd>
          </>
        )}
      </dl>
      <form ref={form} className="panel password-form" onSubmit={submit} aria-labelledby="password-title" aria-describedby="password-outcome">
        <h2 id="password-title">Change password</h2>
        <label htmlFor="current-password">Current password</label>
        <input id="current-password" name="current-password" type="password" autoComplete="current-password" required />
        <label htmlFor="new-password">New password</label>
        <input id="new-password" name="new-password" type="password" autoComplete="new-password" required aria-describedby="new-password-hint" />
        <p id="new-password-hint" className="field-hint">
          A passphrase of a few words works well. Your other signed-in browsers will be signed out.
        </p>
        <label htmlFor="confirm-password">New password again</label>
        <input id="confirm-password" name="confirm-password" type="password" autoComplete="new-password" required />
        <p id="password-outcome" className={outcome?.kind === 'done' ? 'form-success' : 'form-error'} role={outcome?.kind === 'error' ? 'alert' : 'status'}>
          {outcome?.kind === 'error' ? outcome.text : outcome?.kind === 'done' ? 'Password changed. Use the new one next time you sign in.' : null}
        </p>
        <button type="submit" disabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </form>
    </div>
  );
}
