import { Redirect, Route, Switch, useLocation } from 'wouter';
import type { SessionUser } from './api/types';
import { Shell } from './components/shell';
import { StatusMessage } from './components/status-message';
import { useSession } from './lib/use-session';
import { AccountPage } from './views/account/account-page';
import { AgentPage } from './views/agent/agent-page';
import { CallDetailPage } from './views/call-detail/call-detail-page';
import { CallsPage } from './views/calls/calls-page';
import { SignInPage } from './views/sign-in/sign-in-page';
import { TeamPage } from './views/team/team-page';

/** Where `/` leads: an agent to their own page, everyone else to the calls. */
function homeOf(user: SessionUser): string {
  return user.role === 'agent' && user.agentId ? `/agents/${encodeURIComponent(user.agentId)}` : '/calls';
}

export function App() {
  const { state, signIn, signOut, retry } = useSession();
  const [, navigate] = useLocation();
  if (state.status === 'checking') return <main id="main" className="session-check" aria-busy="true" />;
  if (state.status === 'unreachable') {
    return (
      <main id="main" className="page">
        <StatusMessage kind="error" title="Could not reach Undertone" onRetry={retry}>
          {state.error.message}
        </StatusMessage>
      </main>
    );
  }
  if (state.status === 'signed-out') return <SignInPage onSignIn={signIn} expired={state.expired} />;
  const user = state.user;
  const leave = () => void signOut().then(() => navigate('/', { replace: true }));
  return (
    <Shell user={user} onSignOut={leave}>
      <Switch>
        <Route path="/">
          <Redirect to={homeOf(user)} replace />
        </Route>
        <Route path="/calls">
          <CallsPage />
        </Route>
        <Route path="/calls/:id">{(params) => <CallDetailPage id={decodeURIComponent(params.id)} />}</Route>
        <Route path="/agents/:id">{(params) => <AgentPage id={decodeURIComponent(params.id)} />}</Route>
        <Route path="/account">
          <AccountPage user={user} />
        </Route>
        <Route path="/team">
          {user.role === 'agent' ? (
            <StatusMessage kind="info" title="The team overview is for supervisors and managers">
              Your own calls and trends are on <a href={homeOf(user)}>your page</a>.
            </StatusMessage>
          ) : (
            <TeamPage />
          )}
        </Route>
        <Route>
          <StatusMessage kind="error" title="No such page">
            This address is not part of the dashboard. Go to the <a href="/calls">calls</a>
            {user.role === 'agent' ? '' : <> or the <a href="/team">team overview</a></>}.
          </StatusMessage>
        </Route>
      </Switch>
    </Shell>
  );
}
