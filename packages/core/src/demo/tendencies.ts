import { clamp, type Rng } from './prng.js';

/** How likely an agent is to do each thing when the moment comes up, each in [0, 1]. */
export interface AgentTendencies {
  empathy: number;
  /** Acknowledges with "I understand, but..." and moves straight past the feeling. */
  dismissive: number;
  /** Quotes policy or terms before acknowledging the customer. */
  policyFirst: number;
  interrupts: number;
  openQuestions: number;
  offersOptions: number;
  ownership: number;
  recap: number;
  resolutionCheck: number;
  /** Goes silent while searching instead of saying what they are doing. */
  deadAir: number;
  holdWithoutPermission: number;
  blameShifting: number;
  jargon: number;
  skipsDisclosure: number;
}

export const TENDENCY_KEYS = [
  'empathy', 'dismissive', 'policyFirst', 'interrupts', 'openQuestions', 'offersOptions', 'ownership',
  'recap', 'resolutionCheck', 'deadAir', 'holdWithoutPermission', 'blameShifting', 'jargon', 'skipsDisclosure',
] as const satisfies ReadonlyArray<keyof AgentTendencies>;

/** A typical, unremarkable agent: used when generateCall gets no tendencies. */
export const AVERAGE_TENDENCIES: AgentTendencies = {
  empathy: 0.5, dismissive: 0.15, policyFirst: 0.12, interrupts: 0.08, openQuestions: 0.5, offersOptions: 0.45,
  ownership: 0.45, recap: 0.4, resolutionCheck: 0.6, deadAir: 0.12, holdWithoutPermission: 0.1,
  blameShifting: 0.06, jargon: 0.1, skipsDisclosure: 0.05,
};

export interface AgentProfile {
  /** Short label shown in docs and metadata: 'star', 'interrupter', 'drifting-down', ... */
  name: string;
  base: Partial<AgentTendencies>;
  /** Change added linearly from the first to the last day of the window (coaching or burnout). */
  drift?: Partial<AgentTendencies>;
}

export const AGENT_PROFILES: readonly AgentProfile[] = [
  { name: 'star', base: { empathy: 0.9, dismissive: 0.03, policyFirst: 0.03, interrupts: 0.02, openQuestions: 0.8, offersOptions: 0.85, ownership: 0.9, recap: 0.85, resolutionCheck: 0.95, deadAir: 0.03, holdWithoutPermission: 0.02, blameShifting: 0.01, jargon: 0.03, skipsDisclosure: 0.01 } },
  { name: 'solid', base: { empathy: 0.65, dismissive: 0.08, policyFirst: 0.08, openQuestions: 0.6, offersOptions: 0.6, ownership: 0.6, recap: 0.55, resolutionCheck: 0.75 } },
  { name: 'average', base: {} },
  { name: 'interrupter', base: { interrupts: 0.55, empathy: 0.4, openQuestions: 0.3 } },
  { name: 'policy-first', base: { policyFirst: 0.6, empathy: 0.25, offersOptions: 0.3 } },
  { name: 'dismissive', base: { dismissive: 0.6, empathy: 0.2, ownership: 0.3 } },
  { name: 'blame-shifter', base: { blameShifting: 0.45, ownership: 0.15, empathy: 0.35 } },
  { name: 'jargon-heavy', base: { jargon: 0.55, openQuestions: 0.35 } },
  { name: 'new-hire', base: { deadAir: 0.45, holdWithoutPermission: 0.35, skipsDisclosure: 0.25, recap: 0.2, ownership: 0.3, jargon: 0.2 } },
  { name: 'disclosure-skipper', base: { skipsDisclosure: 0.6 } },
  { name: 'drifting-down', base: { empathy: 0.75, dismissive: 0.05, ownership: 0.7, recap: 0.6 }, drift: { empathy: -0.6, dismissive: 0.45, ownership: -0.45, interrupts: 0.3, recap: -0.4, deadAir: 0.2 } },
  { name: 'improving', base: { empathy: 0.25, dismissive: 0.45, interrupts: 0.35, recap: 0.15 }, drift: { empathy: 0.55, dismissive: -0.4, interrupts: -0.3, recap: 0.55, ownership: 0.3 } },
];

/** How many of each profile a ten-agent team gets: mostly fine agents, a few with one habit, one or two drifting. */
const TEAM_MIX: readonly string[] = [
  'star', 'solid', 'solid', 'average', 'average', 'average', 'new-hire', 'drifting-down', 'improving', 'HABIT',
];
const HABITS = ['interrupter', 'policy-first', 'dismissive', 'blame-shifter', 'jargon-heavy', 'disclosure-skipper'];

export function profileByName(name: string): AgentProfile {
  const found = AGENT_PROFILES.find((p) => p.name === name);
  if (!found) throw new Error(`demo: unknown agent profile "${name}"; use one of ${AGENT_PROFILES.map((p) => p.name).join(', ')}`);
  return found;
}

/** Profile for the n-th agent of a team; teams rotate which single habit they carry. */
export function profileForSeat(teamIndex: number, seat: number): AgentProfile {
  const slot = TEAM_MIX[seat % TEAM_MIX.length] ?? 'average';
  if (slot === 'HABIT') return profileByName(HABITS[(teamIndex + Math.floor(seat / TEAM_MIX.length)) % HABITS.length] ?? 'interrupter');
  return profileByName(slot);
}

/** Base tendencies for one agent: the profile plus a little personal variation. */
export function personalize(profile: AgentProfile, rng: Rng): AgentTendencies {
  const out = { ...AVERAGE_TENDENCIES };
  for (const key of TENDENCY_KEYS) {
    const base = profile.base[key] ?? AVERAGE_TENDENCIES[key];
    out[key] = clamp(base + rng.normal(0, 0.05), 0, 1);
  }
  return out;
}

/** Tendencies on a given day: base plus the drift share reached by then (progress in [0, 1]). */
export function tendenciesAt(base: AgentTendencies, drift: Partial<AgentTendencies> | undefined, progress: number): AgentTendencies {
  if (!drift) return base;
  const out = { ...base };
  for (const key of TENDENCY_KEYS) out[key] = clamp(base[key] + (drift[key] ?? 0) * clamp(progress, 0, 1), 0, 1);
  return out;
}

export function withDefaults(partial: Partial<AgentTendencies> | undefined): AgentTendencies {
  return { ...AVERAGE_TENDENCIES, ...(partial ?? {}) };
}
