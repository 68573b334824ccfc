import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

const NAV = [
  { href: '/calls', label: 'Calls', active: (path: string) => path.startsWith('/calls') },
  { href: '/team', label: 'Team overview', active: (path: string) => path.startsWith('/team') },
];

/** Header with navigation, a skip link for keyboard users, and the page. */
export function Shell({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/calls" className="brand">
          Undertone
        </Link>
        <nav aria-label="Main">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="nav-link" aria-current={item.active(path) ? 'page' : undefined}>
              {item.label}
            </Link>
          ))}
        </nav>
        <a className="nav-link docs-link" href="/api/docs">
          API docs
        </a>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
