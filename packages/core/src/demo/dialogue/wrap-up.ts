import { say } from '../phrase.js';
import * as A from '../templates/agent-moves.js';
import * as C from '../templates/customer-moves.js';
import { agentSays } from './agent-turns.js';
import { customerSays, react } from './customer-turns.js';
import { fresh, addTurn, moodBand, shiftMood, type Dialogue } from './script.js';

const TRANSFER_TEAMS = ['billing', 'technical support', 'escalations', 'loyalty', 'claims', 'account security'];

/**
 * Resolution, recap, "anything else", goodbye. Whether it resolves depends on how the call went,
 * so outcomes correlate with behavior rather than being rolled independently.
 */
export function writeWrapUp(d: Dialogue): void {
  const { rng, slots, scenario, tendencies: t, flags } = d;
  const resolveChance = Math.min(0.97, Math.max(0.08, 0.6 + d.mood * 0.45 + t.ownership * 0.15));
  const retention = scenario.callType === 'retention';
  if (rng.chance(resolveChance)) {
    flags.resolved = true;
    // For a cancellation the "fix" is either a save offer accepted or the cancellation processed.
    const saved = !retention || rng.chance(Math.min(0.9, Math.max(0.1, 0.45 + d.mood * 0.5)));
    const fixes = retention ? scenario.fix.filter((line) => (line.includes('cancellation') ? !saved : saved)) : scenario.fix;
    if (retention && !saved) flags.churned = true;
    const parts = [{ text: say(fixes.length > 0 ? fixes : scenario.fix, slots, rng), behavior: 'resolution' }];
    agentSays(d, 'resolution', parts);
    shiftMood(d, saved ? 0.25 : -0.05);
    react(d, 'resolution', undefined);
  } else {
    if (retention) flags.churned = true;
    if (rng.chance(0.35)) {
      flags.transferred = true;
      agentSays(d, 'transfer', [{ text: say(A.TRANSFER_LINES, { ...slots, transferTeam: rng.pick(TRANSFER_TEAMS) }, rng), behavior: 'transfer' }]);
      customerSays(d, 'transfer', say(C.MOOD_REPLIES[Math.min(2, moodBand(d.mood))] ?? [], slots, rng));
      return;
    }
    agentSays(d, 'resolution', [{ text: fresh(d, A.UNRESOLVED), behavior: 'unresolved' }]);
    shiftMood(d, -0.12);
    react(d, 'resolution', undefined);
  }
  if (rng.chance(t.recap)) {
    const recaps = !flags.resolved ? A.RECAP_UNRESOLVED : retention ? scenario.recap.filter((line) => /cancel|closes/.test(line) === flags.churned) : scenario.recap;
    const summary = say(recaps.length > 0 ? recaps : scenario.recap, slots, rng);
    agentSays(d, 'closing', [{ text: `${fresh(d, A.RECAP_LEADS)} ${summary.charAt(0).toLowerCase()}${summary.slice(1)}`, behavior: 'recap' }], { allowInterrupt: false });
    customerSays(d, 'closing', say(C.MOOD_REPLIES[Math.max(2, moodBand(d.mood))] ?? [], slots, rng));
  }
  if (rng.chance(t.resolutionCheck)) {
    agentSays(d, 'closing', [{ text: fresh(d, A.RESOLUTION_CHECKS), behavior: 'resolution_check' }], { allowInterrupt: false });
    customerSays(d, 'closing', fresh(d, C.NO_MORE_NEEDS));
  }
  agentSays(d, 'closing', [{ text: fresh(d, A.CLOSINGS), behavior: 'closing' }], { allowInterrupt: false });
  addTurn(d, { speaker: 'customer', text: say(C.CUSTOMER_CLOSINGS[moodBand(d.mood)] ?? [], slots, rng), stage: 'closing' });
}
