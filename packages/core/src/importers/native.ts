import { z } from 'zod';
import { callSchema, SPEAKERS, utteranceSchema, type Speaker } from '../call/call.js';
import { parseWithFastUtterances } from '../call/parse-with-fast-utterances.js';
import { invalidInput } from './import-errors.js';
import type { SourceTranscript, SourceTurn } from './source-transcript.js';
import { zodIssues } from './zod-issues.js';

/*
 * The native format: a Call as JSON (docs/call.schema.json). Speakers are already roles, so an
 * unknown speaker is rejected rather than mapped. id and agent may be left out when a metadata
 * sidecar or CSV row supplies them; everything else is checked exactly as callSchema says.
 */

const nativeSchema = callSchema.extend({
  id: callSchema.shape.id.optional(),
  agent: callSchema.shape.agent.optional(),
  utterances: z.array(utteranceSchema),
});
const nativeHeaderSchema = nativeSchema.omit({ utterances: true });

/** nativeSchema's parse; zod walks the utterances only when the hand-written check cannot vouch for them all. */
function parseNative(value: unknown, source: string | undefined): z.infer<typeof nativeSchema> {
  const parsed = parseWithFastUtterances(value, nativeHeaderSchema, nativeSchema);
  if (!parsed.success) throw invalidInput('not a valid Undertone call', source, zodIssues(parsed.error));
  return parsed.data;
}

export function readNative(value: unknown, source: string | undefined): SourceTranscript {
  const { utterances, id, agent, ...rest } = parseNative(value, source);
  const turns: SourceTurn[] = utterances.map((u, i) => {
    const turn: SourceTurn = {
      label: u.speaker,
      startMs: u.startMs,
      endMs: u.endMs,
      text: u.text,
      startWhere: `$.utterances[${i}].startMs`,
      endWhere: `$.utterances[${i}].endMs`,
    };
    if (u.words) turn.words = u.words;
    if (u.channel !== undefined) turn.channel = u.channel;
    return turn;
  });
  const result: SourceTranscript = {
    turns,
    roles: new Map<string, Speaker>(SPEAKERS.map((s) => [s, s])),
    roleDetail: 'utterances[].speaker',
    nativeRoles: true,
    warnings: [],
  };
  if (id) result.callId = id;
  if (agent) {
    result.agentId = agent.id;
    if (agent.name) result.agentName = agent.name;
  }
  if (rest.team !== undefined) result.team = rest.team;
  if (rest.queue !== undefined) result.queue = rest.queue;
  if (rest.callType !== undefined) result.callType = rest.callType;
  if (rest.direction !== undefined) result.direction = rest.direction;
  if (rest.startedAt !== undefined) result.startedAt = rest.startedAt;
  if (rest.durationMs !== undefined) result.durationMs = rest.durationMs;
  if (rest.outcome !== undefined) result.outcome = rest.outcome;
  if (rest.metadata !== undefined) result.metadata = rest.metadata;
  return result;
}
