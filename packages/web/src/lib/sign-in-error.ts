import { ApiFailure } from '../api/client';

/** What the sign-in form says when signing in fails: what went wrong and what to do next. */
export function signInErrorText(error: unknown): string {
  if (error instanceof ApiFailure) {
    if (error.status === 401) return 'The username or password is wrong. Check both (passwords are case-sensitive) and try again.';
    if (error.status === 429) {
      const wait = error.retryAfterSeconds;
      return wait ? `Too many sign-in attempts. Wait ${waitText(wait)}, then try again.` : 'Too many sign-in attempts. Wait a minute, then try again.';
    }
    if (error.status === 400) return 'Enter both a username and a password.';
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
