import { z } from 'zod';
import { callSchema, type Call } from '../call/call.js';
import { UndertoneError, type Issue } from '../errors.js';
import { readJsonLines } from '../text/json-lines.js';
import { detectBehaviors, type DetectBehaviorsOptions } from './detect-behaviors.js';

/** One labeled utterance of the evaluation set. */
export const labeledUtteranceSchema = z.object({
  text: z.string().min(1),
  labels: z.array(z.string()),
  style: z.enum(['asr', 'written']),
});
export type LabeledUtterance = z.infer<typeof labeledUtteranceSchema>;

/** A small constructed call with the detections it must produce (by id and utterance). */
export const labeledCallSchema = z.object({
  name: z.string().min(1),
  call: callSchema,
  expected: z.array(z.object({ id: z.string(), utteranceIndex: z.number().int().nonnegative() })),
  /** Ids this call is scored on; other detections in it are ignored. */
  scoredIds: z.array(z.string()).min(1),
});
export type LabeledCall = z.infer<typeof labeledCallSchema>;

/** Parses JSON Lines, validating each line; throws INVALID_INPUT naming every bad line. */
export function parseJsonLines<T>(text: string, schema: z.ZodType<T>, source: string): T[] {
  const { rows, issues } = readJsonLines(text, schema);
  if (issues.length > 0) {
    throw new UndertoneError('INVALID_INPUT', 'evaluation file has invalid lines', {
      issues: issues.map((x): Issue => ({ where: x.path === '' ? `line ${x.line}` : `line ${x.line} ${x.path}`, message: x.message })),
      source,
    });
  }
  return rows;
}

export interface Counts { tp: number; fp: number; fn: number }
export interface Score extends Counts { id: string; support: number; precision: number; recall: number; f1: number }

function score(id: string, c: Counts): Score {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { id, ...c, support: c.tp + c.fn, precision, recall, f1 };
}

export class Tally {
  private readonly counts = new Map<string, Counts>();
  constructor(private readonly ids: readonly string[]) {
    for (const id of ids) this.counts.set(id, { tp: 0, fp: 0, fn: 0 });
  }
  /** Adds one unit (an utterance, or one utterance of a call) with its expected and predicted ids. */
  add(expected: Iterable<string>, predicted: Iterable<string>, scoredIds: readonly string[] = this.ids): void {
    const want = new Set(expected);
    const got = new Set(predicted);
    for (const id of scoredIds) {
      const c = this.counts.get(id);
      if (!c) continue;
      if (want.has(id) && got.has(id)) c.tp++;
      else if (got.has(id)) c.fp++;
      else if (want.has(id)) c.fn++;
    }
  }
  scores(): { perId: Score[]; micro: Score } {
    const perId = this.ids.map((id) => score(id, this.counts.get(id)!));
    const total = perId.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
    return { perId, micro: score('micro', total) };
  }
}

function singleUtteranceCall(text: string, speaker: 'agent' | 'customer'): Call {
  return { id: 'eval', agent: { id: 'eval' }, utterances: [{ speaker, startMs: 0, endMs: 1000, text }] };
}

/** Ids detected in a lone utterance spoken by `speaker`. */
export function detectedIdsIn(text: string, speaker: 'agent' | 'customer', options?: DetectBehaviorsOptions): Set<string> {
  const { behaviors, signals } = detectBehaviors(singleUtteranceCall(text, speaker), options);
  return new Set([...behaviors, ...signals].map((d) => d.id));
}

export function tallyUtterances(tally: Tally, rows: LabeledUtterance[], speaker: 'agent' | 'customer', scoredIds: readonly string[], options?: DetectBehaviorsOptions): void {
  for (const row of rows) tally.add(row.labels, detectedIdsIn(row.text, speaker, options), scoredIds);
}

/** Scores each utterance of each call on the call's scored ids. */
export function tallyCalls(tally: Tally, calls: LabeledCall[], options?: DetectBehaviorsOptions): void {
  for (const { call, expected, scoredIds } of calls) {
    const { behaviors, signals } = detectBehaviors(call, options);
    const found = [...behaviors, ...signals];
    call.utterances.forEach((_, index) => {
      tally.add(
        expected.filter((e) => e.utteranceIndex === index).map((e) => e.id),
        found.filter((d) => d.utteranceIndex === index).map((d) => d.id),
        scoredIds,
      );
    });
  }
}
