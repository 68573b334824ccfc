import { z } from 'zod';
import type { Call, Outcome } from '../call/call.js';
import { UndertoneError } from '../errors.js';
import { asrRender } from './asr-noise.js';
import { parseIsoMs, utcMonthIndex } from './iso-time.js';
import { SCRIPTED_TAGS } from './dialogue/compliance.js';
import { writeDialogue } from './dialogue/write-dialogue.js';
import { COMPANIES, FIRST_NAMES } from './names.js';
import { clamp, createRng, deriveSeed, type Rng } from './prng.js';
import { CALL_TYPES, type CallType, type Scenario } from './scenario.js';
import { SCENARIOS, scenariosFor } from './scenarios/index.js';
import { buildSlots } from './slots.js';
import { addFillers, varyContractions } from './speech-style.js';
import { TENDENCY_KEYS, withDefaults, type AgentTendencies } from './tendencies.js';
import { placeOnTimeline, wordTimings } from './timing.js';

/** Share of each call type in a typical blended center. */
export const CALL_TYPE_MIX: ReadonlyArray<readonly [CallType, number]> = [['support', 0.55], ['sales', 0.15], ['retention', 0.18], ['collections', 0.12]];

const tendencySchema = z.number().min(0).max(1);
const generateCallOptionsSchema = z.object({
  seed: z.number().int(),
  startedAt: z.iso.datetime({ offset: true }),
  agent: z.object({ id: z.string().min(1), name: z.string().min(1).optional() }),
  callType: z.enum(CALL_TYPES).optional(),
  scenario: z.enum(SCENARIOS.map((s) => s.id) as [string, ...string[]]).optional(),
  targetTurns: z.number().int().min(8).max(2000).optional(),
  targetDurationMs: z.number().int().min(10_000).optional(),
  tendencies: z.object(Object.fromEntries(TENDENCY_KEYS.map((k) => [k, tendencySchema.optional()]))).optional(),
  id: z.string().min(1).optional(),
  team: z.string().min(1).optional(),
  company: z.string().min(1).optional(),
  asrNoise: z.boolean().optional(),
  includeWords: z.boolean().optional(),
});
export interface GenerateCallOptions {
  seed: number;
  /** ISO timestamp with offset. */
  startedAt: string;
  agent: { id: string; name?: string };
  callType?: CallType;
  /** A scenario id from SCENARIOS; overrides callType. */
  scenario?: string;
  /** Turns to aim for (the result lands within a few turns). Random, ~50, when omitted. */
  targetTurns?: number;
  /** Stretch or squeeze the timeline to end exactly here. Natural pacing when omitted. */
  targetDurationMs?: number;
  tendencies?: Partial<AgentTendencies>;
  id?: string;
  team?: string;
  company?: string;
  /** Render as a plain ASR transcript: lowercase, no punctuation, some misheard words. About 30% of calls when omitted. */
  asrNoise?: boolean;
  includeWords?: boolean;
}

function parseOptions(opts: GenerateCallOptions): z.output<typeof generateCallOptionsSchema> {
  const parsed = generateCallOptionsSchema.safeParse(opts);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ where: `$.${i.path.join('.')}`, message: i.message }));
  throw new UndertoneError('INVALID_INPUT', 'generateCall: invalid options; fix the fields listed below', { issues });
}

function chooseScenario(rng: Rng, callType: CallType | undefined, scenarioId: string | undefined): Scenario {
  if (scenarioId) {
    const found = SCENARIOS.find((s) => s.id === scenarioId);
    if (found) return found;
  }
  return rng.weighted(scenariosFor(callType ?? rng.weighted(CALL_TYPE_MIX)));
}

function defaultTurns(rng: Rng, scenario: Scenario): number {
  const mean = scenario.callType === 'support' ? 58 : scenario.callType === 'collections' ? 44 : 50;
  return Math.round(clamp(rng.normal(mean, 20), 16, 130));
}

function outcomeOf(rng: Rng, scenario: Scenario, result: ReturnType<typeof writeDialogue>): Outcome {
  const { flags, finalMood } = result;
  const outcome: Outcome = { resolved: flags.resolved, escalated: flags.escalated, transferred: flags.transferred };
  if (scenario.callType === 'retention') outcome.churned = flags.churned;
  // About two in three customers answer the survey; angry ones answer a bit more often.
  if (rng.chance(finalMood < -0.4 ? 0.75 : 0.6)) outcome.csat = Math.round(clamp(3.1 + finalMood * 2 + rng.normal(0, 0.5) + (flags.resolved ? 0.3 : -0.4), 1, 5));
  return outcome;
}

/** One synthetic call, fully determined by `seed`: a scenario, a story driven by the agent's habits, timing and outcome. */
export function generateCall(options: GenerateCallOptions): Call {
  const opts = parseOptions(options);
  const rng = createRng(deriveSeed(opts.seed, 'call'));
  const scenario = chooseScenario(rng, opts.callType, opts.scenario);
  const direction = rng.chance(scenario.outboundShare) ? 'outbound' : 'inbound';
  const targetTurns = opts.targetTurns ?? defaultTurns(rng, scenario);
  const tendencies = withDefaults(opts.tendencies as Partial<AgentTendencies> | undefined);
  const agentName = opts.agent.name ?? `${rng.pick(FIRST_NAMES)}`;
  const monthIndex = utcMonthIndex(parseIsoMs(opts.startedAt));
  const slots = buildSlots(rng.fork('slots'), { agentName, company: opts.company ?? rng.pick(COMPANIES), monthIndex });

  const written = writeDialogue({ rng: rng.fork('dialogue'), slots, scenario, tendencies, direction, targetTurns });

  const styleRng = rng.fork('style');
  const asr = opts.asrNoise ?? styleRng.chance(0.3);
  const style = {
    agent: { fillers: styleRng.range(0.05, 0.3), formality: styleRng.range(0.05, 0.4) },
    customer: { fillers: styleRng.range(0.15, 0.55), formality: styleRng.range(0.02, 0.2) },
  };
  const asrError = styleRng.range(0.01, 0.05);
  const rendered = written.turns.map((turn) => {
    const s = style[turn.speaker];
    // Agents read disclosures from a script, so they come out fluent.
    const fillerRate = turn.tags.some((tag) => SCRIPTED_TAGS.has(tag)) ? 0 : s.fillers;
    const spoken = varyContractions(addFillers(turn.text, fillerRate, styleRng), s.formality, styleRng);
    return { ...turn, text: asr ? asrRender(spoken, { errorRate: asrError }, styleRng) : spoken };
  });

  const voices = { agent: { wordsPerMinute: rng.range(140, 185) }, customer: { wordsPerMinute: rng.range(118, 190) } };
  const timeline = placeOnTimeline(rendered, voices, rng.fork('timing'), opts.targetDurationMs);
  const utterances = opts.includeWords ? timeline.utterances.map((u) => ({ ...u, words: wordTimings(u) })) : timeline.utterances;

  const call: Call = {
    id: opts.id ?? `demo-${deriveSeed(opts.seed, 'id').toString(36)}`,
    agent: opts.agent.name ? { id: opts.agent.id, name: opts.agent.name } : { id: opts.agent.id },
    queue: scenario.queue,
    callType: scenario.callType,
    direction,
    startedAt: opts.startedAt,
    durationMs: timeline.durationMs,
    outcome: outcomeOf(rng, scenario, written),
    metadata: {
      generator: 'undertone-demo',
      seed: opts.seed,
      scenario: scenario.id,
      asr,
      truth: {
        startMood: round2(written.startMood),
        finalMood: round2(written.finalMood),
        customerMood: written.moodTrace.map(round2),
        stages: written.turns.map((t) => t.stage),
        tags: written.turns.map((t) => t.tags),
        signals: [...written.flags.signals].filter((s) => s !== 'escalation_handled'),
      },
    },
    utterances,
  };
  if (opts.team) call.team = opts.team;
  return call;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
