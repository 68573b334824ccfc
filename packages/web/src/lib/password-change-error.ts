import { ApiFailure } from '../api/client';

/** What the change-password form says when the server refuses: which field, what was wrong, what to do. */
export function passwordChangeErrorText(error: unknown): string {
  if (error instanceof ApiFailure) {
    const wrongCurrent = error.issues.some((i) => i.where === 'currentPassword');
    if (wrongCurrent) return 'The current password is wrong. Type the password you signed in with (passwords are case-sensitive).';
    const newPassword = error.issues.find((i) => i.where === 'newPassword');
    if (newPassword) return `The new password needs ${newPassword.message}.`;
    if (error.status === 401) return 'Your session ended. Sign in again, then change your password.';
    if (error.status === 429) return 'Too many attempts. Wait a minute, then try again.';
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
