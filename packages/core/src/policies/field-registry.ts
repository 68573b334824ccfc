import type { CallAnalysis } from '../analysis/types.js';
import { ARC_PATTERNS, BEHAVIOR_IDS, SIGNAL_IDS, STAGE_IDS, TRENDS } from '../scoring/catalog.js';

/**
 * Every field a policy condition may name, derived from the CallAnalysis shape: a condition on anything else is a
 * config error. Plain fields are read by path; a few derived fields (counts, id lists) make common rules expressible.
 */
export type FieldKind = 'number' | 'boolean' | 'string' | 'string[]';
export interface FieldSpec {
  kind: FieldKind;
  /** Allowed values for enum-like strings and string lists. */
  values?: readonly string[];
  read: (analysis: CallAnalysis) => unknown;
}

type Shape = { [key: string]: FieldKind | { kind: FieldKind; values: readonly string[] } | Shape };

const TALK: Shape = { talkMs: 'number', talkShare: 'number', turns: 'number', words: 'number', wordsPerMinute: 'number' };
const ARC: Shape = {
  entry: 'number', exit: 'number', delta: 'number',
  trend: { kind: 'string', values: TRENDS }, pattern: { kind: 'string', values: ARC_PATTERNS },
  recovery: { achieved: 'boolean', troughScore: 'number', troughAtMs: 'number', margin: 'number' },
  finalThirdDrop: { flagged: 'boolean', points: 'number', atMs: 'number' },
  largestDrop: { magnitude: 'number', fromMs: 'number', toMs: 'number' },
};

/** Mirrors CallAnalysis (types.ts); extend both together. */
const ANALYSIS_SHAPE: Shape = {
  engineVersion: 'string',
  call: {
    id: 'string', team: 'string', queue: 'string', callType: 'string',
    direction: { kind: 'string', values: ['inbound', 'outbound'] }, startedAt: 'string', durationMs: 'number',
    agent: { id: 'string', name: 'string' },
    outcome: { resolved: 'boolean', escalated: 'boolean', transferred: 'boolean', csat: 'number', churned: 'boolean' },
  },
  characteristics: {
    durationMs: 'number',
    talk: { agent: TALK, customer: TALK },
    nonTalk: { totalMs: 'number', share: 'number' },
  },
  sentiment: { arcs: { customer: ARC, agent: ARC } },
  scorecard: { rubricId: 'string', rubricVersion: 'number', overall: 'number', autoFailed: 'boolean', passed: 'boolean' },
};

/** An accessor for a dotted path, split once when the registry is built rather than on every read. */
function pathReader(path: string): (analysis: CallAnalysis) => unknown {
  const keys = path.split('.');
  return (analysis) => {
    let value: unknown = analysis;
    for (const key of keys) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return value;
  };
}

function flatten(shape: Shape, prefix: string, into: Record<string, FieldSpec>): void {
  for (const [key, value] of Object.entries(shape)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into[path] = { kind: value, read: pathReader(path) };
    else if ('kind' in value && typeof value.kind === 'string' && 'values' in value) {
      into[path] = { kind: value.kind, values: value.values as readonly string[], read: pathReader(path) };
    } else flatten(value as Shape, path, into);
  }
}

const sortedUnique = (items: string[]) => [...new Set(items)].sort();

const DERIVED: Record<string, FieldSpec> = {
  'characteristics.interruptions.count': { kind: 'number', read: (a) => a.characteristics.interruptions.length },
  'characteristics.interruptions.byAgent': { kind: 'number', read: (a) => a.characteristics.interruptions.filter((i) => i.by === 'agent').length },
  'characteristics.nonTalk.longestMs': { kind: 'number', read: (a) => Math.max(0, ...a.characteristics.nonTalk.instances.map((g) => g.durationMs)) },
  'behaviors.ids': { kind: 'string[]', values: BEHAVIOR_IDS, read: (a) => (a.behaviors ? sortedUnique(a.behaviors.map((d) => d.id)) : undefined) },
  'signals.ids': { kind: 'string[]', values: SIGNAL_IDS, read: (a) => (a.signals ? sortedUnique(a.signals.map((d) => d.id)) : undefined) },
  'stages.ids': { kind: 'string[]', values: STAGE_IDS, read: (a) => (a.stages ? sortedUnique(a.stages.map((s) => s.stage)) : undefined) },
  'sentiment.inflections.customerDrops': {
    kind: 'number',
    read: (a) => a.sentiment?.inflections.filter((i) => i.speaker === 'customer' && i.direction === 'drop').length,
  },
  'scorecard.failedCriteria': {
    kind: 'string[]',
    read: (a) => (a.scorecard ? a.scorecard.criteria.filter((c) => c.passed === false).map((c) => c.id) : undefined),
  },
  'scorecard.failedCompliance': {
    kind: 'string[]',
    read: (a) => (a.scorecard ? a.scorecard.criteria.filter((c) => c.compliance && c.passed === false).map((c) => c.id) : undefined),
  },
};

function buildRegistry(): Readonly<Record<string, FieldSpec>> {
  const registry: Record<string, FieldSpec> = {};
  flatten(ANALYSIS_SHAPE, '', registry);
  return Object.freeze({ ...registry, ...DERIVED });
}

export const FIELD_REGISTRY = buildRegistry();
export const FIELD_PATHS: readonly string[] = Object.keys(FIELD_REGISTRY).sort();

/** The closest known paths to a mistyped one, to put in the error message. */
export function suggestFields(path: string, limit = 3): string[] {
  const last = path.split('.').at(-1) ?? path;
  const byLeaf = FIELD_PATHS.filter((p) => p.endsWith(`.${last}`));
  if (byLeaf.length > 0) return byLeaf.slice(0, limit);
  const prefix = path.split('.').slice(0, -1).join('.');
  return FIELD_PATHS.filter((p) => prefix && p.startsWith(prefix)).slice(0, limit);
}
