import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the library's default algorithm) with its defaults: 19 MiB, 2 passes, 1 lane, the
 * OWASP-recommended minimum. The parameters live in the stored string, so raising them later still
 * verifies old hashes.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the same work as a real check when the username is unknown, so the response time does not
 * tell an attacker which usernames exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword('undertone-dummy-password-for-unknown-users');
  await verifyPassword(await dummy, password);
  return false;
}
