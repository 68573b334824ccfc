import type { Speaker } from '../call/call.js';
import type { SentimentLabel, SentimentDriver } from '../sentiment/sentiment-model.js';

/** Conversation characteristics (timing only, no language). */
export interface SpeakerTalk {
  talkMs: number;
  talkShare: number;
  turns: number;
  words: number;
  wordsPerMinute: number;
}
export interface Gap { startMs: number; endMs: number; durationMs: number; afterIndex: number }
export interface Interruption {
  /** Who started talking over whom. */
  by: Speaker;
  of: Speaker;
  atMs: number;
  overlapMs: number;
  /** Index of the utterance that started the overlap. */
  utteranceIndex: number;
}
export interface Monologue { speaker: Speaker; startMs: number; endMs: number; durationMs: number; fromIndex: number; toIndex: number }
export interface Characteristics {
  durationMs: number;
  talk: Partial<Record<Speaker, SpeakerTalk>>;
  nonTalk: { totalMs: number; share: number; instances: Gap[] };
  interruptions: Interruption[];
  longestMonologue: Partial<Record<Speaker, Monologue>>;
}

/** Sentiment (issue 3). */
export interface ScoredUtterance { index: number; score: number; label: SentimentLabel; drivers?: SentimentDriver[] }
export type Trend = 'improving' | 'slightly_improving' | 'no_change' | 'slightly_declining' | 'declining';
export type ArcPattern = 'flat' | 'rising' | 'declining' | 'spike_and_drop' | 'recovery' | 'volatile';
export interface ArcPoint { atMs: number; score: number }
export interface Arc {
  /** Smoothed trajectory over call time. */
  points: ArcPoint[];
  entry: number | null;
  exit: number | null;
  delta: number | null;
  /** Mean score per quarter of the call (null where the speaker said nothing in that quarter). */
  quarters: Array<number | null>;
  trend: Trend;
  pattern: ArcPattern;
  recovery: { achieved: boolean; troughScore: number | null; troughAtMs: number | null; margin: number | null };
  finalThirdDrop: { flagged: boolean; points: number; atMs: number | null };
  largestDrop: { magnitude: number; fromMs: number; toMs: number } | null;
}
export interface PrecedingBehavior { behavior: string; utteranceIndex: number; atMs: number; quote: string }
export interface Inflection {
  atMs: number;
  speaker: Speaker;
  direction: 'drop' | 'rise';
  /** Absolute change in score units ([-1,1] scale). */
  magnitude: number;
  /** The utterance where the shift starts. */
  utteranceIndex: number;
  /** Filled by conversation structure (issue 4). */
  stage?: string;
  preceding?: PrecedingBehavior[];
}
export interface SentimentAnalysis {
  model: { name: string; version: string };
  utterances: ScoredUtterance[];
  arcs: { customer: Arc; agent: Arc };
  inflections: Inflection[];
}

/** Conversation structure (issue 4). */
export interface StageSpan { stage: string; startMs: number; endMs: number; fromIndex: number; toIndex: number }
export interface Detection { id: string; speaker: Speaker; utteranceIndex: number; startMs: number; quote: string }

/** Scoring (issue 5). */
export interface Evidence { quote: string; atMs: number; utteranceIndex?: number; note?: string }
export interface CriterionResult {
  id: string;
  label?: string;
  section?: string;
  score: number | null;
  weight: number;
  passed: boolean | null;
  na?: boolean;
  autoFail?: boolean;
  reason: string;
  evidence: Evidence[];
  /** Criterion kind from the rubric (behavior_present, script, ...). */
  kind?: string;
  /** Compliance criteria raise a compliance flag on their own whenever they fail. */
  compliance?: boolean;
  /** Share of the overall score this criterion carried after N/A renormalization, 0-1. */
  effectiveWeight?: number;
  subCriteria?: CriterionResult[];
}
export interface SectionScore { id: string; name: string; weight: number; score: number | null }
export interface Scorecard {
  rubricId: string;
  rubricVersion?: number;
  overall: number;
  autoFailed: boolean;
  criteria: CriterionResult[];
  sections?: SectionScore[];
  passThreshold?: number;
  passed?: boolean;
}
export interface Flag { kind: 'coaching' | 'quality' | 'compliance' | 'keyword' | 'kudos' | string; policy: string; reason: string }

/** Everything `undertone analyze --json` prints and the platform stores. Sections are added by later stages of the pipeline. */
export interface CallAnalysis {
  /** Bumped when any analysis output would change for the same call; stored analyses are keyed by it. */
  engineVersion: string;
  call: import('../call/call.js').Call;
  characteristics: Characteristics;
  sentiment?: SentimentAnalysis;
  stages?: StageSpan[];
  behaviors?: Detection[];
  signals?: Detection[];
  /** Behavior ids that co-occur in the call, as a sorted set. */
  behaviorSet?: string[];
  scorecard?: Scorecard;
  flags?: Flag[];
}
