import { isRole, normalizeUsername, ROLES } from '@undertone/core';
import { createAccount, updateAccount } from '../../auth/accounts.js';
import { InvalidAccountError } from '../../auth/account-errors.js';
import { randomPassword } from '../../auth/secrets.js';
import { parseCommandArgsOrExit } from '../args.js';
import { EXIT } from '../command.js';
import { withAuthStore } from '../with-auth-store.js';

const HELP = `Usage: undertone users add <username> --role ROLE [--name "Display Name"] [--teams a,b] [--agent ID]
       undertone users list
       undertone users reset-password <username>

Manages local accounts in the configured database (DATABASE_URL, or the embedded one in UNDERTONE_DATA_DIR).
add and reset-password print a new random password once on stdout; reset-password signs the user out everywhere.

Roles: ${ROLES.join(', ')}. Supervisors need --teams (the team ids on their calls); agents need --agent (their agent id).

Options:
  --role ROLE        the account's role (add)
  --name TEXT        display name (add; default: the username)
  --teams a,b        supervisor's teams (add)
  --agent ID         agent account's agent id (add)
  --config FILE      config file (.json or .yaml)
  -h, --help         show this help`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgsOrExit('users', args, {
    role: { type: 'string' },
    name: { type: 'string' },
    teams: { type: 'string' },
    agent: { type: 'string' },
    config: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, HELP);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [action, username, ...extra] = positionals;
  const usage = (message: string) => {
    process.stderr.write(`undertone users: ${message}. Run \`undertone users --help\`.\n`);
    return EXIT.badInput;
  };
  if (extra.length > 0) return usage(`unexpected arguments: ${extra.join(' ')}`);

  switch (action) {
    case 'add': {
      if (!username) return usage('add needs a username');
      if (!isRole(values.role)) return usage(`--role must be one of ${ROLES.join(', ')}`);
      const role = values.role;
      return withAuthStore('users', values.config, async (auth) => {
        const teams = values.teams?.split(',').map((t) => t.trim()).filter(Boolean);
        const { user, generatedPassword } = await createAccount(auth, { username, role, displayName: values.name, teams, agentId: values.agent });
        await auth.recordCliAction('user.create', user.id, { username: user.username, role });
        process.stderr.write(`created ${user.role} "${user.username}" (${user.id}); the password is shown once:\n`);
        process.stdout.write(`${generatedPassword}\n`);
        return EXIT.ok;
      });
    }
    case 'list':
      if (username) return usage('list takes no username');
      return withAuthStore('users', values.config, async (auth) => {
        const users = await auth.users.list();
        if (users.length === 0) process.stderr.write('no accounts yet: `undertone serve` creates the first admin\n');
        for (const u of users) {
          const scope = u.role === 'supervisor' ? ` teams=${u.teams.join(',')}` : u.role === 'agent' ? ` agent=${u.agentId ?? ''}` : '';
          process.stdout.write(`${u.username}\t${u.role}\t${u.displayName}\t${u.disabled ? 'disabled' : 'active'}${scope}\t${u.id}\n`);
        }
        return EXIT.ok;
      });
    case 'reset-password': {
      if (!username) return usage('reset-password needs a username');
      return withAuthStore('users', values.config, async (auth) => {
        const found = await auth.users.findForLogin(normalizeUsername(username));
        if (!found) throw new InvalidAccountError(`no account "${username}": list them with \`undertone users list\``);
        const password = randomPassword();
        await updateAccount(auth, found.user.id, { password });
        await auth.recordCliAction('user.update', found.user.id, { changed: [], passwordReset: true });
        process.stderr.write(`new password for "${found.user.username}" (their sessions were signed out); shown once:\n`);
        process.stdout.write(`${password}\n`);
        return EXIT.ok;
      });
    }
    default:
      return usage(action ? `unknown action "${action}"; use add, list or reset-password` : 'say add, list or reset-password');
  }
}
