import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/client';
import { passwordChangeErrorText } from './password-change-error';

describe('password change error text', () => {
  it('names the field the server refused', () => {
    const wrong = new ApiFailure(400, 'INVALID_INPUT', 'the current password is wrong', undefined, [{ where: 'currentPassword', message: 'does not match' }]);
    expect(passwordChangeErrorText(wrong)).toContain('current password is wrong');
    const short = new ApiFailure(400, 'INVALID_INPUT', 'the new password is not acceptable', undefined, [{ where: 'newPassword', message: 'at least 12 characters (a passphrase works well)' }]);
    expect(passwordChangeErrorText(short)).toBe('The new password needs at least 12 characters (a passphrase works well).');
  });

  it('says what to do after a lost session or too many attempts, and passes anything else on', () => {
    expect(passwordChangeErrorText(new ApiFailure(401, 'UNAUTHENTICATED', 'sign in'))).toContain('Sign in again');
    expect(passwordChangeErrorText(new ApiFailure(429, 'RATE_LIMITED', 'too many', 30))).toContain('Wait a minute');
    expect(passwordChangeErrorText(new ApiFailure(0, 'NETWORK', 'The Undertone server did not answer'))).toBe('The Undertone server did not answer');
  });
});
