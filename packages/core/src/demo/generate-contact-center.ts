import { z } from 'zod';
import type { Call } from '../call/call.js';
import { UndertoneError } from '../errors.js';
import { businessHourStart, DAY_MS, poisson, toIso, volumeWeight } from './calendar.js';
import { generateCall } from './generate-call.js';
import { parseIsoMs } from './iso-time.js';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, TEAM_NAMES, TEAM_UTC_OFFSETS } from './names.js';
import { createRng, deriveSeed, type Rng } from './prng.js';
import type { CallType } from './scenario.js';
import { personalize, profileForSeat, tendenciesAt, type AgentTendencies } from './tendencies.js';

const demoOptionsSchema = z.object({
  seed: z.number().int(),
  now: z.iso.datetime({ offset: true }),
  days: z.number().int().min(1).max(3650).default(60),
  teams: z.number().int().min(1).max(100).default(4),
  agentsPerTeam: z.number().int().min(1).max(500).default(10),
  callsPerAgentPerDay: z.number().min(0).max(100).default(1.2),
  /** Add per-word timings to every utterance (bigger output). */
  includeWords: z.boolean().default(false),
});
export type DemoOptions = z.input<typeof demoOptionsSchema>;

export interface DemoAgent {
  id: string;
  name: string;
  team: string;
  /** Tendencies on the first day of the window. */
  tendencies: AgentTendencies;
  /** Which kind of agent this is: 'star', 'interrupter', 'drifting-down', ... */
  profile: string;
  /** Change in tendencies reached by the last day, for agents whose habits move over the window. */
  drift?: Partial<AgentTendencies>;
}

export interface DemoTeam {
  id: string;
  name: string;
}

export interface DemoCenter {
  teams: DemoTeam[];
  agents: DemoAgent[];
  /** Calls in startedAt order, generated one at a time: 100k calls stream in constant memory. */
  calls(): Iterable<Call>;
  callCount: number;
}

/** What each kind of team takes: two blended care teams, a sales and loyalty team, a billing and collections team. */
const TEAM_CALL_MIX: ReadonlyArray<ReadonlyArray<readonly [CallType, number]>> = [
  [['support', 0.7], ['sales', 0.1], ['retention', 0.12], ['collections', 0.08]],
  [['support', 0.7], ['sales', 0.1], ['retention', 0.12], ['collections', 0.08]],
  [['support', 0.15], ['sales', 0.4], ['retention', 0.4], ['collections', 0.05]],
  [['support', 0.4], ['sales', 0.05], ['retention', 0.1], ['collections', 0.45]],
];

interface PlannedCall {
  startedMs: number;
  agentIndex: number;
  seed: number;
  id: string;
  callType: CallType;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function parseOptions(opts: DemoOptions): z.output<typeof demoOptionsSchema> {
  const parsed = demoOptionsSchema.safeParse(opts);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ where: `$.${i.path.join('.')}`, message: i.message }));
  throw new UndertoneError('INVALID_INPUT', 'generateContactCenter: invalid options; fix the fields listed below', { issues });
}

function buildTeams(count: number): Array<DemoTeam & { utcOffset: number; mixIndex: number }> {
  return Array.from({ length: count }, (_, i) => {
    const base = TEAM_NAMES[i % TEAM_NAMES.length] ?? 'Team';
    const name = i < TEAM_NAMES.length ? base : `${base} ${Math.floor(i / TEAM_NAMES.length) + 1}`;
    return { id: slug(name), name, utcOffset: TEAM_UTC_OFFSETS[i % TEAM_UTC_OFFSETS.length] ?? 0, mixIndex: i % TEAM_CALL_MIX.length };
  });
}

function buildAgents(rng: Rng, teams: ReadonlyArray<DemoTeam>, perTeam: number): DemoAgent[] {
  const usedNames = new Set<string>();
  const agents: DemoAgent[] = [];
  teams.forEach((team, t) => {
    for (let seat = 0; seat < perTeam; seat++) {
      let name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
      for (let tries = 0; usedNames.has(name) && tries < 20; tries++) name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
      if (usedNames.has(name)) name = `${name} ${agents.length + 1}`;
      usedNames.add(name);
      const profile = profileForSeat(t, seat);
      const agent: DemoAgent = { id: `agt-${t + 1}-${String(seat + 1).padStart(3, '0')}`, name, team: team.id, tendencies: personalize(profile, rng), profile: profile.name };
      if (profile.drift) agent.drift = profile.drift;
      agents.push(agent);
    }
  });
  return agents;
}

/**
 * A whole synthetic contact center: teams, agents with habits (some drifting), and `days` of calls
 * in business hours, weekday-heavy. Everything is derived from `seed` and `now`.
 */
export function generateContactCenter(options: DemoOptions): DemoCenter {
  const opts = parseOptions(options);
  const rng = createRng(deriveSeed(opts.seed, 'center'));
  const teams = buildTeams(opts.teams);
  const agents = buildAgents(rng, teams, opts.agentsPerTeam);
  const company = rng.pick(COMPANIES);
  const nowMs = parseIsoMs(opts.now);
  const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
  const firstDay = today - (opts.days - 1) * DAY_MS;
  // Calls still in progress at `now` are not in the data yet.
  const cutoff = nowMs - 15 * 60_000;

  const planDay = (dayIndex: number): PlannedCall[] => {
    const dayStart = firstDay + dayIndex * DAY_MS;
    const dayRng = createRng(deriveSeed(opts.seed, 'day', dayIndex));
    const planned: PlannedCall[] = [];
    agents.forEach((agent, agentIndex) => {
      const team = teams.find((t) => t.id === agent.team) ?? teams[0];
      if (!team || dayRng.chance(0.06)) return; // a day off or out sick
      const count = poisson(dayRng, opts.callsPerAgentPerDay * volumeWeight(dayStart));
      for (let k = 0; k < count; k++) {
        const startedMs = businessHourStart(dayRng, dayStart, team.utcOffset);
        const callType = dayRng.weighted(TEAM_CALL_MIX[team.mixIndex] ?? []);
        if (startedMs > cutoff) continue;
        planned.push({ startedMs, agentIndex, callType, seed: deriveSeed(opts.seed, 'call', dayIndex, agentIndex, k), id: `demo-${dayIndex}-${agentIndex}-${k}` });
      }
    });
    return planned.sort((a, b) => a.startedMs - b.startedMs || a.id.localeCompare(b.id));
  };

  let callCount = 0;
  for (let day = 0; day < opts.days; day++) callCount += planDay(day).length;

  function* calls(): Generator<Call> {
    for (let day = 0; day < opts.days; day++) {
      const progress = opts.days > 1 ? day / (opts.days - 1) : 0;
      for (const plan of planDay(day)) {
        const agent = agents[plan.agentIndex];
        if (!agent) continue;
        yield generateCall({
          seed: plan.seed,
          id: plan.id,
          startedAt: toIso(plan.startedMs),
          agent: { id: agent.id, name: agent.name },
          team: agent.team,
          callType: plan.callType,
          company,
          tendencies: tendenciesAt(agent.tendencies, agent.drift, progress),
          includeWords: opts.includeWords,
        });
      }
    }
  }

  return { teams: teams.map(({ id, name }) => ({ id, name })), agents, calls, callCount };
}
