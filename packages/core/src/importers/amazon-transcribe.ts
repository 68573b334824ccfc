import { z } from 'zod';
import type { Issue } from '../errors.js';
import { invalidInput } from './import-errors.js';
import type { SourceTranscript } from './source-transcript.js';
import { secondsToMs } from './timestamps.js';
import { mergeByTime, turnsFromWords, type LabeledWord } from './word-turns.js';
import { zodIssues } from './zod-issues.js';

/*
 * Amazon Transcribe (standard batch) output.
 * Read: jobName (call id); results.items[] (pronunciation items carry start_time/end_time as decimal
 * strings in seconds; punctuation items have no times and are attached to the word before them);
 * speakers from items[].speaker_label when present, else results.speaker_labels.segments[] by time,
 * else results.channel_labels.channels[] (one item list per channel, merged by time).
 */

const timeValue = z.union([z.string(), z.number()]);
const itemSchema = z.object({
  type: z.string(),
  start_time: timeValue.optional(),
  end_time: timeValue.optional(),
  alternatives: z.array(z.object({ content: z.string() })).min(1),
  speaker_label: z.string().optional(),
  channel_label: z.string().optional(),
});
type Item = z.infer<typeof itemSchema>;

const transcribeSchema = z.object({
  jobName: z.string().min(1).optional().catch(undefined),
  results: z.object({
    items: z.array(itemSchema).optional(),
    speaker_labels: z
      .object({
        segments: z.array(z.object({ speaker_label: z.string(), start_time: timeValue, end_time: timeValue })),
      })
      .optional(),
    channel_labels: z
      .object({ channels: z.array(z.object({ channel_label: z.string(), items: z.array(itemSchema) })) })
      .optional(),
  }),
});

interface Segment {
  label: string;
  startMs: number;
  endMs: number;
}

/** Reads items into words with their speaker; punctuation joins the previous word. */
function readItems(
  items: readonly Item[],
  basePath: string,
  labelOf: (item: Item, startMs: number) => string | undefined,
  issues: Issue[],
  channel?: string,
): LabeledWord[] {
  const words: LabeledWord[] = [];
  items.forEach((item, i) => {
    const content = item.alternatives[0]?.content ?? '';
    const where = `${basePath}[${i}]`;
    if (item.type === 'punctuation') {
      const previous = words[words.length - 1];
      if (previous) previous.text += content;
      return;
    }
    const startMs = secondsToMs(item.start_time);
    const endMs = secondsToMs(item.end_time);
    if (startMs === null || endMs === null) {
      issues.push({ where: `${where}.${startMs === null ? 'start_time' : 'end_time'}`, message: 'expected seconds as a number or decimal string' });
      return;
    }
    if (startMs < 0) issues.push({ where: `${where}.start_time`, message: `negative time ${startMs} ms; expected >= 0` });
    if (endMs < startMs) issues.push({ where: `${where}.end_time`, message: `ends before it starts (${endMs} < ${startMs} ms)` });
    const label = labelOf(item, startMs);
    if (label === undefined) {
      issues.push({ where, message: 'no speaker segment covers this word; expected speaker_labels.segments to cover every item' });
      return;
    }
    const word: LabeledWord = { label, text: content, startMs, endMs, startWhere: `${where}.start_time`, endWhere: `${where}.end_time` };
    if (channel !== undefined) word.channel = channel;
    words.push(word);
  });
  return words;
}

/** Finds the speaker segment covering each word; words arrive in time order, so a moving cursor suffices. */
function segmentLookup(segments: readonly Segment[]): (item: Item, startMs: number) => string | undefined {
  let cursor = 0;
  return (item, startMs) => {
    if (item.speaker_label) return item.speaker_label;
    if (cursor < segments.length && (segments[cursor]?.startMs ?? 0) > startMs) cursor = 0;
    while (cursor < segments.length && (segments[cursor]?.endMs ?? 0) < startMs) cursor++;
    const segment = segments[cursor];
    // a word in a gap between segments belongs to the segment before it (or the first one)
    return segment && segment.startMs <= startMs ? segment.label : (segments[cursor - 1] ?? segment)?.label;
  };
}

export function readAmazonTranscribe(value: unknown, source: string | undefined): SourceTranscript {
  const parsed = transcribeSchema.safeParse(value);
  if (!parsed.success) throw invalidInput('not a valid Amazon Transcribe transcript', source, zodIssues(parsed.error));
  const { results, jobName } = parsed.data;
  const issues: Issue[] = [];
  let words: LabeledWord[];

  const items = results.items ?? [];
  const itemsHaveSpeakers = items.some((it) => it.speaker_label !== undefined);
  if (results.speaker_labels || itemsHaveSpeakers) {
    const segments: Segment[] = [];
    for (const s of results.speaker_labels?.segments ?? []) {
      const startMs = secondsToMs(s.start_time);
      const endMs = secondsToMs(s.end_time);
      if (startMs !== null && endMs !== null) segments.push({ label: s.speaker_label, startMs, endMs });
    }
    segments.sort((a, b) => a.startMs - b.startMs);
    words = readItems(items, '$.results.items', segmentLookup(segments), issues);
  } else if (results.channel_labels) {
    words = [];
    results.channel_labels.channels.forEach((c, ci) => {
      const channelWords = readItems(c.items, `$.results.channel_labels.channels[${ci}].items`, () => c.channel_label, issues, c.channel_label);
      for (const w of channelWords) words.push(w);
    });
    mergeByTime(words);
  } else if (items.some((it) => it.channel_label !== undefined)) {
    words = readItems(items, '$.results.items', (it) => it.channel_label, issues);
  } else {
    throw invalidInput('the Amazon Transcribe output has no speaker or channel labels', source, [
      { where: '$.results', message: 'expected speaker_labels or channel_labels; run the job with ShowSpeakerLabels or ChannelIdentification' },
    ]);
  }
  if (issues.length > 0) throw invalidInput('the Amazon Transcribe items are not valid', source, issues);

  const result: SourceTranscript = { turns: turnsFromWords(words), warnings: [] };
  if (jobName) result.callId = jobName;
  return result;
}
