import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface StoredSession {
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** Server-side sessions keyed by the sha-256 of the cookie value. */
export interface SessionStore {
  create(session: StoredSession & { ip: string | null }): Promise<void>;
  /** A session that is neither revoked nor past its absolute expiry (idle expiry is the caller's rule). */
  findLive(idHash: string, now: Date): Promise<StoredSession | undefined>;
  touch(idHash: string, now: Date): Promise<void>;
  revoke(idHash: string, now: Date): Promise<void>;
  /** Every live session of a user, except `keepIdHash` (password change keeps the current one). */
  revokeAllForUser(userId: string, now: Date, keepIdHash?: string): Promise<number>;
}

export function createSessionStore(db: Kysely<Database>): SessionStore {
  return {
    async create(s) {
      await db
        .insertInto('sessions')
        .values({ id_hash: s.idHash, user_id: s.userId, csrf_token: s.csrfToken, created_at: s.createdAt, last_seen_at: s.lastSeenAt, expires_at: s.expiresAt, ip: s.ip })
        .execute();
    },
    async findLive(idHash, now) {
      const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).where('revoked_at', 'is', null).where('expires_at', '>', now).executeTakeFirst();
      if (!row) return undefined;
      return { idHash: row.id_hash, userId: row.user_id, csrfToken: row.csrf_token, createdAt: new Date(row.created_at), lastSeenAt: new Date(row.last_seen_at), expiresAt: new Date(row.expires_at) };
    },
    async touch(idHash, now) {
      await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
    },
    async revoke(idHash, now) {
      await db.updateTable('sessions').set({ revoked_at: now }).where('id_hash', '=', idHash).where('revoked_at', 'is', null).execute();
    },
    async revokeAllForUser(userId, now, keepIdHash) {
      let query = db.updateTable('sessions').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null);
      if (keepIdHash) query = query.where('id_hash', '!=', keepIdHash);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
