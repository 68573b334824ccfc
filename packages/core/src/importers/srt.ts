import { readCaptionCues } from './caption-cues.js';
import type { SourceTranscript } from './source-transcript.js';

/*
 * SubRip (SRT) subtitles: counter line, `00:00:01,000 --> 00:00:04,000`, then `Name: text`.
 * SRT without speaker names is rejected (see caption-cues.ts).
 */
export function readSrt(text: string, source: string | undefined): SourceTranscript {
  return readCaptionCues(text, 'SRT', source);
}
