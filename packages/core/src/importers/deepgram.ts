import { z } from 'zod';
import type { Issue } from '../errors.js';
import { invalidInput } from './import-errors.js';
import type { SourceTranscript, SourceTurn } from './source-transcript.js';
import { secondsToMs } from './timestamps.js';
import { mergeByTime, turnsFromWords, type LabeledWord } from './word-turns.js';
import { zodIssues } from './zod-issues.js';

/*
 * Deepgram pre-recorded transcription response.
 * Read: metadata.request_id (call id), metadata.created (start), metadata.duration (seconds);
 * results.utterances[] when present ({start, end, transcript, speaker, channel, words}), else the
 * words of results.channels[].alternatives[0]. Times are seconds. Speakers: with several channels
 * (multichannel) the label is "ch_<index>"; otherwise the diarized integer speaker ("0", "1").
 */

const wordSchema = z.object({
  word: z.string(),
  start: z.number(),
  end: z.number(),
  speaker: z.number().optional(),
  punctuated_word: z.string().optional(),
});
type DeepgramWord = z.infer<typeof wordSchema>;

const deepgramSchema = z.object({
  metadata: z
    .object({
      request_id: z.string().min(1).optional().catch(undefined),
      created: z.iso.datetime({ offset: true }).optional().catch(undefined),
      duration: z.number().nonnegative().optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
  results: z.object({
    channels: z.array(z.object({ alternatives: z.array(z.object({ transcript: z.string(), words: z.array(wordSchema).optional() })) })),
    utterances: z
      .array(
        z.object({
          start: z.number(),
          end: z.number(),
          transcript: z.string(),
          channel: z.number().optional(),
          speaker: z.number().optional(),
          words: z.array(wordSchema).optional(),
        }),
      )
      .optional(),
  }),
});

function speakerLabel(multichannel: boolean, channel: number | undefined, speaker: number | undefined): string | undefined {
  if (multichannel) return channel === undefined ? undefined : `ch_${channel}`;
  return speaker === undefined ? undefined : String(speaker);
}

function wordsOf(words: readonly DeepgramWord[] | undefined): { text: string; startMs: number; endMs: number }[] | undefined {
  return words?.map((w) => ({ text: w.punctuated_word ?? w.word, startMs: secondsToMs(w.start) ?? 0, endMs: secondsToMs(w.end) ?? 0 }));
}

const NO_SPEAKERS = 'expected diarized speakers (diarize=true) or several channels (multichannel=true)';

export function readDeepgram(value: unknown, source: string | undefined): SourceTranscript {
  const parsed = deepgramSchema.safeParse(value);
  if (!parsed.success) throw invalidInput('not a valid Deepgram response', source, zodIssues(parsed.error));
  const { metadata, results } = parsed.data;
  const multichannel = results.channels.length > 1;
  const issues: Issue[] = [];
  let turns: SourceTurn[];

  if (results.utterances) {
    turns = [];
    results.utterances.forEach((u, i) => {
      const where = `$.results.utterances[${i}]`;
      const label = speakerLabel(multichannel, u.channel, u.speaker);
      if (label === undefined) {
        issues.push({ where: `${where}.${multichannel ? 'channel' : 'speaker'}`, message: `missing; ${NO_SPEAKERS}` });
        return;
      }
      const turn: SourceTurn = {
        label,
        startMs: secondsToMs(u.start) ?? Number.NaN,
        endMs: secondsToMs(u.end) ?? Number.NaN,
        text: u.transcript,
        startWhere: `${where}.start`,
        endWhere: `${where}.end`,
      };
      const words = wordsOf(u.words);
      if (words && words.length > 0) turn.words = words;
      if (u.channel !== undefined) turn.channel = u.channel;
      turns.push(turn);
    });
  } else {
    const words: LabeledWord[] = [];
    results.channels.forEach((c, ci) => {
      (c.alternatives[0]?.words ?? []).forEach((w, wi) => {
        const where = `$.results.channels[${ci}].alternatives[0].words[${wi}]`;
        const label = speakerLabel(multichannel, ci, w.speaker);
        if (label === undefined) {
          issues.push({ where: `${where}.speaker`, message: `missing; ${NO_SPEAKERS}` });
          return;
        }
        const word: LabeledWord = {
          label,
          text: w.punctuated_word ?? w.word,
          startMs: secondsToMs(w.start) ?? Number.NaN,
          endMs: secondsToMs(w.end) ?? Number.NaN,
          startWhere: `${where}.start`,
          endWhere: `${where}.end`,
        };
        if (multichannel) word.channel = ci;
        words.push(word);
      });
    });
    turns = turnsFromWords(multichannel ? mergeByTime(words) : words);
  }
  if (issues.length > 0) throw invalidInput('the Deepgram response has no speaker information', source, issues.slice(0, 5));

  const result: SourceTranscript = { turns, warnings: [] };
  if (metadata?.request_id) result.callId = metadata.request_id;
  if (metadata?.created) result.startedAt = metadata.created;
  if (metadata?.duration !== undefined) result.durationMs = secondsToMs(metadata.duration) ?? 0;
  return result;
}
