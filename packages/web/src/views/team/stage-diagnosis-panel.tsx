import { Link } from 'wouter';
import type { StageDrops } from '../../api/types';
import { formatPercent, humanize } from '../../lib/format';
import { COACHING_RATE_MULTIPLE, coachingAgents, TRAINING_AGENT_SHARE, trainingStages } from '../../lib/stage-diagnosis';

/** What the heatmap says, in words: training problems (columns) and coaching problems (rows). */
export function StageDiagnosis({ data }: { data: StageDrops }) {
  const training = trainingStages(data);
  const coaching = coachingAgents(data);
  return (
    <div className="diagnosis">
      <h3>Training problems</h3>
      <p className="muted">A stage where at least {formatPercent(TRAINING_AGENT_SHARE)} of agents’ customers drop: the script or process there needs work, for everyone.</p>
      {training.length === 0 ? (
        <p>None: no stage makes most agents’ customers drop.</p>
      ) : (
        <ul>
          {training.map((t) => (
            <li key={t.stage}>
              <strong>{humanize(t.stage)}</strong>: {formatPercent(t.agentShare)} of agents, {t.drops} drops
            </li>
          ))}
        </ul>
      )}
      <h3>Coaching problems</h3>
      <p className="muted">An agent whose customers drop at least {COACHING_RATE_MULTIPLE}× as often per call as the median agent’s: one row of red, for one coach.</p>
      {coaching.length === 0 ? (
        <p>None: no agent stands out from their peers.</p>
      ) : (
        <ul>
          {coaching.map((a) => (
            <li key={a.agentId}>
              <Link href={`/agents/${encodeURIComponent(a.agentId)}`}>{a.name}</Link>: {a.rate.toFixed(2)} drops per call (median {a.medianRate.toFixed(2)})
              {a.worstStage && <>, most in {humanize(a.worstStage)}</>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
