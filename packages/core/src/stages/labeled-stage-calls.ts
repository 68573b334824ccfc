import { z } from 'zod';
import { callSchema } from '../call/call.js';
import { readJsonLines, type LineIssue } from '../text/json-lines.js';
import { resolveStageConfig } from './resolve-stage-config.js';

/**
 * One line of a stage evaluation file (`test/fixtures/stages/calls-*.jsonl`): a native call and the stage a person
 * gave each of its utterances. Every label must be a stage of the call type's built-in config.
 */
export const labeledStageCallSchema = z
  .object({ call: callSchema, stages: z.array(z.string().min(1)) })
  .superRefine(({ call, stages }, ctx) => {
    if (stages.length !== call.utterances.length) {
      ctx.addIssue({ code: 'custom', path: ['stages'], message: `${stages.length} stages for ${call.utterances.length} utterances` });
    }
    const known = new Set(resolveStageConfig(call.callType).stages.map((s) => s.id));
    stages.forEach((stage, i) => {
      if (!known.has(stage)) ctx.addIssue({ code: 'custom', path: ['stages', i], message: `"${stage}" is not a stage of call type "${call.callType ?? 'default'}"` });
    });
  });
export type LabeledStageCall = z.infer<typeof labeledStageCallSchema>;

/** Parses JSON Lines; a bad line is skipped and reported with its 1-based number, so one typo does not hide a file. */
export function parseLabeledStageCalls(text: string): { rows: LabeledStageCall[]; issues: LineIssue[] } {
  return readJsonLines(text, labeledStageCallSchema);
}
