import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import type { SessionUser } from '../api/types';
import { roleLabel } from '../lib/format';

interface NavItem {
  href: string;
  label: string;
  active: (path: string) => boolean;
}

/** Agents see their own page and calls; the team overview is for everyone else. */
function navFor(user: SessionUser): NavItem[] {
  const calls: NavItem = { href: '/calls', label: 'Calls', active: (path) => path.startsWith('/calls') };
  if (user.role === 'agent') {
    const mine = user.agentId ? `/agents/${encodeURIComponent(user.agentId)}` : null;
    return [...(mine ? [{ href: mine, label: 'My page', active: (path: string) => path === mine }] : []), calls];
  }
  return [calls, { href: '/team', label: 'Team overview', active: (path) => path.startsWith('/team') }];
}

/** Header with navigation, who is signed in and sign-out, a skip link for keyboard users, and the page. */
export function Shell({ user, onSignOut, children }: { user: SessionUser; onSignOut: () => void; children: ReactNode }) {
  const [path] = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          Undertone
        </Link>
        <nav aria-label="Main">
          {navFor(user).map((item) => (
            <Link key={item.href} href={item.href} className="nav-link" aria-current={item.active(path) ? 'page' : undefined}>
              {item.label}
            </Link>
          ))}
        </nav>
        <a className="nav-link docs-link" href="/api/docs">
          API docs
        </a>
        <Link href="/account" className="signed-in-as" aria-label="Your account" aria-current={path === '/account' ? 'page' : undefined}>
          <span className="user-name">{user.displayName || user.username}</span>
          <span className="user-role">{roleLabel(user.role)}</span>
        </Link>
        <button type="button" className="sign-out" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
