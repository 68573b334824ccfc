import { normalizeUsername, TOKEN_SCOPES, type TokenScope } from '@undertone/core';
import { createApiToken } from '../../auth/api-tokens.js';
import { InvalidAccountError } from '../../auth/account-errors.js';
import { parseCommandArgsOrExit } from '../args.js';
import { EXIT } from '../command.js';
import { withAuthStore } from '../with-auth-store.js';

const HELP = `Usage: undertone tokens create --user USERNAME --name NAME --scopes a,b [--expires ISO-DATE]
       undertone tokens list [--user USERNAME]
       undertone tokens revoke <token-id>

API tokens for integrations, sent as "Authorization: Bearer ut_...". A token acts as its user (their role
and data scope), limited to its scopes: ${TOKEN_SCOPES.join(', ')} (admin stands for all).
create prints the secret once on stdout; only its hash is stored.

Options:
  --user USERNAME    whose token (create; filter for list)
  --name NAME        what it is for, e.g. "genesys webhook" (create)
  --scopes a,b       scopes (create)
  --expires DATE     expiry as an ISO date-time (create; default: never)
  --config FILE      config file (.json or .yaml)
  -h, --help         show this help`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgsOrExit('tokens', args, {
    user: { type: 'string' },
    name: { type: 'string' },
    scopes: { type: 'string' },
    expires: { type: 'string' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, HELP);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const usage = (message: string) => {
    process.stderr.write(`undertone tokens: ${message}. Run \`undertone tokens --help\`.\n`);
    return EXIT.badInput;
  };
  const [action, id, ...extra] = positionals;
  if (extra.length > 0) return usage(`unexpected arguments: ${extra.join(' ')}`);

  switch (action) {
    case 'create': {
      if (!values.user || !values.name || !values.scopes) return usage('create needs --user, --name and --scopes');
      const scopes = values.scopes.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = scopes.filter((s) => !(TOKEN_SCOPES as readonly string[]).includes(s));
      if (unknown.length > 0 || scopes.length === 0) return usage(`unknown scope(s) ${unknown.join(', ')}; use ${TOKEN_SCOPES.join(', ')}`);
      const expiresAt = values.expires ? new Date(values.expires) : undefined;
      if (expiresAt && Number.isNaN(expiresAt.getTime())) return usage(`--expires "${values.expires}" is not a date-time such as 2027-01-31T00:00:00Z`);
      return withAuthStore('tokens', values.config, async (auth) => {
        const owner = await auth.users.findForLogin(normalizeUsername(values.user!));
        if (!owner) throw new InvalidAccountError(`no account "${values.user}": list them with \`undertone users list\``);
        const { token, secret } = await createApiToken(auth, owner.user, { name: values.name!, scopes: scopes as TokenScope[], expiresAt });
        await auth.recordCliAction('token.create', token.id, { name: token.name, scopes: token.scopes, owner: owner.user.id });
        process.stderr.write(`created token ${token.id} for "${owner.user.username}" (${token.scopes.join(', ')}); the secret is shown once:\n`);
        process.stdout.write(`${secret}\n`);
        return EXIT.ok;
      });
    }
    case 'list':
      if (id) return usage('list takes no argument (use --user)');
      return withAuthStore('tokens', values.config, async (auth) => {
        let userId: string | undefined;
        if (values.user) {
          const owner = await auth.users.findForLogin(normalizeUsername(values.user));
          if (!owner) throw new InvalidAccountError(`no account "${values.user}"`);
          userId = owner.user.id;
        }
        const names = new Map((await auth.users.list()).map((u) => [u.id, u.username]));
        for (const t of await auth.tokens.list(userId ? { userId } : {})) {
          const state = t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt <= new Date() ? 'expired' : 'active';
          process.stdout.write(`${t.id}\t${t.prefix}…\t${names.get(t.userId) ?? t.userId}\t${t.name}\t${t.scopes.join(',')}\t${state}\tlast used ${t.lastUsedAt?.toISOString() ?? 'never'}\n`);
        }
        return EXIT.ok;
      });
    case 'revoke':
      if (!id) return usage('revoke needs a token id (see `undertone tokens list`)');
      return withAuthStore('tokens', values.config, async (auth) => {
        if (!(await auth.tokens.revoke(id, new Date()))) throw new InvalidAccountError(`token "${id}" does not exist or is already revoked`);
        await auth.recordCliAction('token.revoke', id);
        process.stderr.write(`revoked ${id}\n`);
        return EXIT.ok;
      });
    default:
      return usage(action ? `unknown action "${action}"; use create, list or revoke` : 'say create, list or revoke');
  }
}
