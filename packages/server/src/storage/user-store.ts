import type { Role } from '@undertone/core';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, UsersTable } from './schema.js';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  teams: string[];
  agentId: string | null;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  teams: string[];
  agentId: string | null;
  passwordHash: string;
  now: Date;
}

export type UserChanges = Partial<Pick<User, 'displayName' | 'role' | 'teams' | 'agentId' | 'disabled'>> & { passwordHash?: string };

/** Local accounts. Usernames are stored lower-case; callers normalize before looking up. */
export interface UserStore {
  create(user: NewUser): Promise<User>;
  get(id: string): Promise<User | undefined>;
  /** With the password hash, for login only. */
  findForLogin(username: string): Promise<{ user: User; passwordHash: string } | undefined>;
  list(): Promise<User[]>;
  update(id: string, changes: UserChanges, now: Date): Promise<User | undefined>;
  delete(id: string): Promise<boolean>;
  countActiveAdmins(): Promise<number>;
}

export function createUserStore(db: Kysely<Database>): UserStore {
  return {
    async create(u) {
      // The agents table gains the linked agent if no call has named it yet, so the link holds from the start.
      return db.transaction().execute(async (trx) => {
        if (u.agentId) await trx.insertInto('agents').values({ id: u.agentId, name: null }).onConflict((oc) => oc.column('id').doNothing()).execute();
        const row = await trx
          .insertInto('users')
          .values({ id: u.id, username: u.username, display_name: u.displayName, role: u.role, teams: u.teams, agent_id: u.agentId, password_hash: u.passwordHash, created_at: u.now, updated_at: u.now })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toUser(row);
      });
    },
    async get(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toUser(row) : undefined;
    },
    async findForLogin(username) {
      const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
    },
    async list() {
      return (await db.selectFrom('users').selectAll().orderBy('username').execute()).map(toUser);
    },
    async update(id, changes, now) {
      return db.transaction().execute(async (trx) => {
        if (changes.agentId) await trx.insertInto('agents').values({ id: changes.agentId, name: null }).onConflict((oc) => oc.column('id').doNothing()).execute();
        const row = await trx
          .updateTable('users')
          .set({
            updated_at: now,
            ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
            ...(changes.role !== undefined ? { role: changes.role } : {}),
            ...(changes.teams !== undefined ? { teams: changes.teams } : {}),
            ...(changes.agentId !== undefined ? { agent_id: changes.agentId } : {}),
            ...(changes.disabled !== undefined ? { disabled: changes.disabled } : {}),
            ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        return row ? toUser(row) : undefined;
      });
    },
    async delete(id) {
      const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async countActiveAdmins() {
      const row = await db.selectFrom('users').select(sql<string>`count(*)`.as('n')).where('role', '=', 'admin').where('disabled', '=', false).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    teams: row.teams ?? [],
    agentId: row.agent_id,
    disabled: row.disabled,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
