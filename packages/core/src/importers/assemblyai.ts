import { z } from 'zod';
import type { Issue } from '../errors.js';
import { invalidInput } from './import-errors.js';
import type { SourceTranscript, SourceTurn } from './source-transcript.js';
import { secondsToMs, wholeMs } from './timestamps.js';
import { turnsFromWords, type LabeledWord } from './word-turns.js';
import { zodIssues } from './zod-issues.js';

/*
 * AssemblyAI transcript (GET /v2/transcript/:id).
 * Read: id (call id); audio_duration (seconds); utterances[].{speaker ("A", "B"... or the channel
 * number with multichannel), text, start, end (milliseconds), words[]}; when utterances is null
 * but words carry speakers, consecutive words of one speaker become a turn. status must be completed.
 */

const wordSchema = z.object({ text: z.string(), start: z.number(), end: z.number(), speaker: z.string().nullish() });
const assemblySchema = z.object({
  id: z.string().min(1).optional().catch(undefined),
  status: z.string().optional(),
  audio_duration: z.number().nonnegative().nullish().catch(undefined),
  language_code: z.string().nullish().catch(undefined),
  utterances: z
    .array(
      z.object({
        speaker: z.string(),
        text: z.string(),
        start: z.number(),
        end: z.number(),
        channel: z.string().nullish(),
        words: z.array(wordSchema).optional(),
      }),
    )
    .nullish(),
  words: z.array(wordSchema).nullish(),
});

export function readAssemblyAi(value: unknown, source: string | undefined): SourceTranscript {
  const parsed = assemblySchema.safeParse(value);
  if (!parsed.success) throw invalidInput('not a valid AssemblyAI transcript', source, zodIssues(parsed.error));
  const data = parsed.data;
  if (data.status !== undefined && data.status !== 'completed') {
    throw invalidInput(`the AssemblyAI transcript is not finished (status "${data.status}")`, source, [
      { where: '$.status', message: 'expected "completed"; wait for the job to finish and export it again' },
    ]);
  }

  let turns: SourceTurn[];
  if (data.utterances && data.utterances.length > 0) {
    turns = data.utterances.map((u, i) => {
      const turn: SourceTurn = {
        label: u.speaker,
        startMs: wholeMs(u.start),
        endMs: wholeMs(u.end),
        text: u.text,
        startWhere: `$.utterances[${i}].start`,
        endWhere: `$.utterances[${i}].end`,
      };
      if (u.words && u.words.length > 0) turn.words = u.words.map((w) => ({ text: w.text, startMs: wholeMs(w.start), endMs: wholeMs(w.end) }));
      if (u.channel) turn.channel = u.channel;
      return turn;
    });
  } else {
    const issues: Issue[] = [];
    const words: LabeledWord[] = [];
    (data.words ?? []).forEach((w, i) => {
      if (!w.speaker) {
        if (issues.length === 0) issues.push({ where: `$.words[${i}].speaker`, message: 'missing; expected speaker_labels=true or multichannel=true on the transcription request' });
        return;
      }
      words.push({ label: w.speaker, text: w.text, startMs: wholeMs(w.start), endMs: wholeMs(w.end), startWhere: `$.words[${i}].start`, endWhere: `$.words[${i}].end` });
    });
    if (issues.length > 0) throw invalidInput('the AssemblyAI transcript has no speaker labels', source, issues);
    turns = turnsFromWords(words);
  }

  const result: SourceTranscript = { turns, warnings: [] };
  if (data.id) result.callId = data.id;
  if (data.audio_duration != null) result.durationMs = secondsToMs(data.audio_duration) ?? 0;
  if (data.language_code) result.metadata = { languageCode: data.language_code };
  return result;
}
