import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/client';
import { signInErrorText } from './sign-in-error';

describe('sign-in error text', () => {
  it('says the credentials are wrong without saying which one', () => {
    const text = signInErrorText(new ApiFailure(401, 'INVALID_CREDENTIALS', 'the username or password is wrong'));
    expect(text).toContain('username or password is wrong');
  });

  it('tells how long to wait after too many attempts, from Retry-After', () => {
    expect(signInErrorText(new ApiFailure(429, 'RATE_LIMITED', 'too many', 42))).toContain('Wait 42 seconds');
    expect(signInErrorText(new ApiFailure(429, 'RATE_LIMITED', 'too many', 1))).toContain('Wait 1 second,');
    expect(signInErrorText(new ApiFailure(429, 'RATE_LIMITED', 'too many', 125))).toContain('Wait 3 minutes');
    expect(signInErrorText(new ApiFailure(429, 'RATE_LIMITED', 'too many'))).toContain('Wait a minute');
  });

  it('passes on what the server or the network said otherwise', () => {
    expect(signInErrorText(new ApiFailure(0, 'NETWORK', 'The Undertone server did not answer'))).toBe('The Undertone server did not answer');
    expect(signInErrorText(new ApiFailure(400, 'INVALID_INPUT', 'username: required'))).toContain('username and a password');
  });
});
