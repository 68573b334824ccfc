import { readCaptionCues } from './caption-cues.js';
import type { SourceTranscript } from './source-transcript.js';

/*
 * WebVTT captions, as Zoom (`Name: text` cues with numeric identifiers) and Microsoft Teams
 * (`<v Name>text</v>` voice tags) export them. See caption-cues.ts for the rules.
 */
export function readWebVtt(text: string, source: string | undefined): SourceTranscript {
  return readCaptionCues(text, 'WebVTT', source);
}
