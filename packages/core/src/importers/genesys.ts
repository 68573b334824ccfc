import { z } from 'zod';
import type { Speaker, Word } from '../call/call.js';
import { invalidInput } from './import-errors.js';
import type { SourceTranscript, SourceTurn } from './source-transcript.js';
import { epochMsToIso, wholeMs } from './timestamps.js';
import { zodIssues } from './zod-issues.js';
import { ownValue } from '../text/own-value.js';

/*
 * Genesys Cloud speech and text analytics transcript (the JSON behind the transcript URL).
 * Read: conversationId (call id); startTime (epoch ms, call start); transcripts[].phrases[].{text,
 * startTimeMs (epoch ms), duration.milliseconds, participantPurpose, words[]}. participantPurpose
 * "internal" is the agent, "external" the customer, anything else (acd, ivr...) is other.
 * Phrase times become offsets from startTime, or from the first phrase when startTime is absent.
 */

const durationSchema = z.object({ milliseconds: z.number() });
const wordSchema = z.object({ word: z.string(), startTimeMs: z.number(), duration: durationSchema });
const phraseSchema = z.object({
  text: z.string(),
  startTimeMs: z.number(),
  duration: durationSchema,
  participantPurpose: z.string(),
  words: z.array(wordSchema).optional().catch(undefined),
});
const genesysSchema = z.object({
  conversationId: z.string().min(1).optional().catch(undefined),
  startTime: z.number().optional().catch(undefined),
  mediaType: z.string().optional().catch(undefined),
  transcripts: z.array(z.object({ phrases: z.array(phraseSchema), language: z.string().optional().catch(undefined) })),
});

const PURPOSE_ROLES: Record<string, Speaker> = { internal: 'agent', agent: 'agent', external: 'customer', customer: 'customer' };

export function readGenesys(value: unknown, source: string | undefined): SourceTranscript {
  const parsed = genesysSchema.safeParse(value);
  if (!parsed.success) throw invalidInput('not a valid Genesys Cloud transcript', source, zodIssues(parsed.error));
  const data = parsed.data;

  let firstPhraseMs = Infinity;
  for (const t of data.transcripts) for (const p of t.phrases) firstPhraseMs = Math.min(firstPhraseMs, p.startTimeMs);
  // startTime is the conversation start; use it only when it does not come after the speech
  const baseMs = data.startTime !== undefined && data.startTime <= firstPhraseMs ? data.startTime : firstPhraseMs;

  const roles = new Map<string, Speaker>();
  const turns: SourceTurn[] = [];
  data.transcripts.forEach((t, ti) => {
    t.phrases.forEach((p, pi) => {
      const label = p.participantPurpose;
      if (!roles.has(label)) roles.set(label, ownValue(PURPOSE_ROLES, label.toLowerCase()) ?? 'other');
      const where = `$.transcripts[${ti}].phrases[${pi}]`;
      const startMs = wholeMs(p.startTimeMs - baseMs);
      const turn: SourceTurn = {
        label,
        startMs,
        endMs: startMs + wholeMs(p.duration.milliseconds),
        text: p.text,
        startWhere: `${where}.startTimeMs`,
        endWhere: `${where}.duration.milliseconds`,
      };
      const words: Word[] | undefined = p.words?.map((w) => {
        const wordStart = wholeMs(w.startTimeMs - baseMs);
        return { text: w.word, startMs: wordStart, endMs: wordStart + wholeMs(w.duration.milliseconds) };
      });
      if (words && words.length > 0 && words.every((w) => w.startMs >= 0 && w.endMs >= w.startMs)) turn.words = words;
      turns.push(turn);
    });
  });

  // one transcript per participant is common: interleave them by time (this is assembly, not a source disorder)
  if (data.transcripts.length > 1) turns.sort((a, b) => a.startMs - b.startMs);

  const result: SourceTranscript = { turns, roles, roleDetail: 'phrases[].participantPurpose (internal = agent, external = customer)', warnings: [] };
  if (data.conversationId) result.callId = data.conversationId;
  if (Number.isFinite(baseMs)) {
    const iso = epochMsToIso(baseMs);
    // below 1e11 the times are offsets, not epoch milliseconds: no start date to report
    if (iso && baseMs >= 1e11) result.startedAt = iso;
  }
  const metadata: Record<string, unknown> = {};
  if (data.mediaType) metadata['mediaType'] = data.mediaType;
  const language = data.transcripts[0]?.language;
  if (language) metadata['language'] = language;
  if (Object.keys(metadata).length > 0) result.metadata = metadata;
  return result;
}
