import type { TokenScope } from '@undertone/core';
import type { Kysely, Selectable } from 'kysely';
import type { ApiTokensTable, Database } from './schema.js';

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** API tokens, stored as the sha-256 of the secret; the secret itself is shown once at creation. */
export interface TokenStore {
  create(token: Omit<ApiToken, 'revokedAt' | 'lastUsedAt'> & { tokenHash: string }): Promise<ApiToken>;
  /** A token that is not revoked and not expired at `now`. */
  findUsable(tokenHash: string, now: Date): Promise<ApiToken | undefined>;
  get(id: string): Promise<ApiToken | undefined>;
  list(filter: { userId?: string }): Promise<ApiToken[]>;
  revoke(id: string, now: Date): Promise<boolean>;
  markUsed(id: string, now: Date): Promise<void>;
}

export function createTokenStore(db: Kysely<Database>): TokenStore {
  return {
    async create(t) {
      const row = await db
        .insertInto('api_tokens')
        .values({ id: t.id, user_id: t.userId, name: t.name, token_hash: t.tokenHash, prefix: t.prefix, scopes: t.scopes, created_at: t.createdAt, expires_at: t.expiresAt })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toToken(row);
    },
    async findUsable(tokenHash, now) {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
        .executeTakeFirst();
      return row ? toToken(row) : undefined;
    },
    async get(id) {
      const row = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toToken(row) : undefined;
    },
    async list(filter) {
      let query = db.selectFrom('api_tokens').selectAll();
      if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
      return (await query.orderBy('created_at', 'desc').orderBy('id').execute()).map(toToken);
    },
    async revoke(id, now) {
      const result = await db.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async markUsed(id, now) {
      await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
    },
  };
}

function toToken(row: Selectable<ApiTokensTable>): ApiToken {
  const date = (d: Date | string | null) => (d === null ? null : new Date(d));
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes as TokenScope[],
    createdAt: new Date(row.created_at),
    expiresAt: date(row.expires_at),
    revokedAt: date(row.revoked_at),
    lastUsedAt: date(row.last_used_at),
  };
}
