import { z } from 'zod';
import type { Speaker, Word } from '../call/call.js';
import type { Issue } from '../errors.js';
import { invalidInput } from './import-errors.js';
import type { SourceTranscript, SourceTurn } from './source-transcript.js';
import { secondsToMs } from './timestamps.js';
import { zodIssues } from './zod-issues.js';

/*
 * Twilio Voice Intelligence transcript sentences (GET /v2/Transcripts/{sid}/Sentences), alone as a
 * list, or together with the transcript resource (`{ sid, channel, sentences }` or `{ transcript, sentences }`).
 * Read: sentences[].{media_channel, sentence_index, start_time, end_time (seconds, string or number),
 * transcript, words[]}; roles from channel.participants[].{channel_participant, role | participant_type};
 * sid (call id); duration (seconds). The speaker label is the media channel number ("1", "2").
 */

const seconds = z.union([z.number(), z.string()]);
const sentenceSchema = z.object({
  media_channel: z.union([z.number(), z.string()]),
  sentence_index: z.union([z.number(), z.string()]).optional(),
  start_time: seconds,
  end_time: seconds,
  transcript: z.string(),
  words: z
    .array(z.object({ word: z.string(), start_time: seconds, end_time: seconds }))
    .optional()
    .catch(undefined),
});
const participantSchema = z.object({
  channel_participant: z.union([z.number(), z.string()]),
  role: z.string().nullish(),
  participant_type: z.string().nullish(),
  full_name: z.string().nullish(),
  user_id: z.string().nullish(),
});
const resourceSchema = z.object({
  sid: z.string().min(1).optional().catch(undefined),
  duration: z.number().nonnegative().nullish().catch(undefined),
  channel: z.object({ participants: z.array(participantSchema).nullish() }).nullish().catch(undefined),
  participants: z.array(participantSchema).nullish().catch(undefined),
});
const sentenceListSchema = z.array(sentenceSchema);
const withResourceSchema = resourceSchema.extend({ sentences: sentenceListSchema, transcript: resourceSchema.optional().catch(undefined) });

type Resource = z.infer<typeof resourceSchema>;

function parseTwilio(value: unknown, source: string | undefined): { sentences: z.infer<typeof sentenceListSchema>; resource: Resource | undefined } {
  if (Array.isArray(value)) {
    const list = sentenceListSchema.safeParse(value);
    if (!list.success) throw invalidInput('not a valid Twilio Voice Intelligence transcript', source, zodIssues(list.error));
    return { sentences: list.data, resource: undefined };
  }
  const parsed = withResourceSchema.safeParse(value);
  if (!parsed.success) throw invalidInput('not a valid Twilio Voice Intelligence transcript', source, zodIssues(parsed.error));
  return { sentences: parsed.data.sentences, resource: parsed.data.transcript ?? parsed.data };
}

function roleOf(text: string | null | undefined): Speaker | undefined {
  const folded = text?.toLowerCase();
  if (!folded) return undefined;
  if (folded === 'agent') return 'agent';
  if (folded === 'customer') return 'customer';
  return 'other';
}

/** When the participants name only the agent (or only the customer) of a two-channel call, the other channel is the other party. */
function completeTwoPartyRoles(roles: Map<string, Speaker>, turns: readonly SourceTurn[]): void {
  const labels = new Set(turns.map((t) => t.label));
  const unnamed = [...labels].filter((l) => !roles.has(l));
  const named = [...roles.values()];
  if (labels.size !== 2 || unnamed.length !== 1 || roles.size !== 1) return;
  const missing = named[0] === 'agent' ? 'customer' : named[0] === 'customer' ? 'agent' : undefined;
  if (missing && unnamed[0] !== undefined) roles.set(unnamed[0], missing);
}

export function readTwilio(value: unknown, source: string | undefined): SourceTranscript {
  const { sentences, resource } = parseTwilio(value, source);
  const where = Array.isArray(value) ? '$' : '$.sentences';

  const roles = new Map<string, Speaker>();
  let agentId: string | undefined;
  let agentName: string | undefined;
  for (const p of resource?.channel?.participants ?? resource?.participants ?? []) {
    const role = roleOf(p.role ?? p.participant_type);
    if (!role) continue;
    const label = String(p.channel_participant);
    roles.set(label, role);
    if (role === 'agent') {
      agentId = p.user_id ?? agentId;
      agentName = p.full_name ?? agentName;
    }
  }

  const issues: Issue[] = [];
  const turns: SourceTurn[] = [];
  sentences.forEach((s, i) => {
    const path = `${where}[${i}]`;
    const startMs = secondsToMs(s.start_time);
    const endMs = secondsToMs(s.end_time);
    if (startMs === null) issues.push({ where: `${path}.start_time`, message: 'expected seconds as a number or decimal string' });
    if (endMs === null) issues.push({ where: `${path}.end_time`, message: 'expected seconds as a number or decimal string' });
    if (startMs === null || endMs === null) return;
    const turn: SourceTurn = {
      label: String(s.media_channel),
      startMs,
      endMs,
      text: s.transcript,
      channel: s.media_channel,
      startWhere: `${path}.start_time`,
      endWhere: `${path}.end_time`,
    };
    const words: Word[] = [];
    for (const w of s.words ?? []) {
      const ws = secondsToMs(w.start_time);
      const we = secondsToMs(w.end_time);
      if (ws !== null && we !== null && ws >= 0 && we >= ws) words.push({ text: w.word, startMs: ws, endMs: we });
    }
    if (words.length > 0 && words.length === (s.words ?? []).length) turn.words = words;
    turns.push(turn);
  });
  if (issues.length > 0) throw invalidInput('the Twilio sentences have unreadable times', source, issues);

  const result: SourceTranscript = { turns, warnings: [] };
  if (roles.size > 0) {
    completeTwoPartyRoles(roles, turns);
    result.roles = roles;
    result.roleDetail = 'channel.participants[].role by channel_participant';
  }
  if (resource?.sid) result.callId = resource.sid;
  if (resource?.duration != null) result.durationMs = secondsToMs(resource.duration) ?? 0;
  if (agentId) result.agentId = agentId;
  if (agentName) result.agentName = agentName;
  return result;
}
