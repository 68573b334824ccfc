import { Redirect, Route, Switch } from 'wouter';
import { Shell } from './components/shell';
import { StatusMessage } from './components/status-message';
import { AgentPage } from './views/agent/agent-page';
import { CallDetailPage } from './views/call-detail/call-detail-page';
import { CallsPage } from './views/calls/calls-page';
import { TeamPage } from './views/team/team-page';

export function App() {
  return (
    <Shell>
      <Switch>
        <Route path="/">
          <Redirect to="/calls" replace />
        </Route>
        <Route path="/calls">
          <CallsPage />
        </Route>
        <Route path="/calls/:id">{(params) => <CallDetailPage id={decodeURIComponent(params.id)} />}</Route>
        <Route path="/agents/:id">{(params) => <AgentPage id={decodeURIComponent(params.id)} />}</Route>
        <Route path="/team">
          <TeamPage />
        </Route>
        <Route>
          <StatusMessage kind="error" title="No such page">
            This address is not part of the dashboard. Go to the <a href="/calls">calls</a> or the <a href="/team">team overview</a>.
          </StatusMessage>
        </Route>
      </Switch>
    </Shell>
  );
}
