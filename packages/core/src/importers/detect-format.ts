import type { FormatId } from './formats.js';
import { splitSpeaker } from './speaker-prefix.js';
import { clockToMs } from './timestamps.js';
import { ownValue } from '../text/own-value.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : undefined;
}

/** Which JSON format a parsed document is, from the keys each vendor's output is known by. */
export function detectJsonFormat(value: unknown): FormatId | null {
  if (Array.isArray(value)) {
    const first = firstOf(value);
    return isObject(first) && 'media_channel' in first ? 'twilio' : null;
  }
  if (!isObject(value)) return null;
  if (Array.isArray(value['Transcript'])) return 'amazon-contact-lens';
  const results = value['results'];
  if (isObject(results)) {
    if (Array.isArray(results['channels'])) return 'deepgram';
    if ('items' in results || 'transcripts' in results || 'speaker_labels' in results || 'channel_labels' in results) return 'amazon-transcribe';
  }
  if (Array.isArray(value['transcripts'])) return 'genesys';
  if (Array.isArray(value['sentences'])) return 'twilio';
  if (Array.isArray(value['utterances'])) {
    const first = firstOf(value['utterances']);
    if (isObject(first)) return 'startMs' in first ? 'native' : 'assemblyai';
    return 'agent' in value ? 'native' : 'audio_duration' in value || 'status' in value ? 'assemblyai' : null;
  }
  if ('audio_url' in value || 'audio_duration' in value) return 'assemblyai';
  return null;
}

function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line.length > 0) lines.push(line);
    start = end + 1;
  }
  return lines;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const EXTENSION_FORMATS: Record<string, FormatId> = { vtt: 'webvtt', srt: 'srt', txt: 'text' };

function extensionFormat(source: string | undefined): FormatId | null {
  if (!source) return null;
  const dot = source.lastIndexOf('.');
  return dot === -1 ? null : (ownValue(EXTENSION_FORMATS, source.slice(dot + 1).toLowerCase()) ?? null);
}

/** Which text format: WebVTT by its header, SRT by counter and timing lines, text by a `Speaker:` line. */
export function detectTextFormat(text: string, source: string | undefined): FormatId | null {
  const [first, second] = firstLines(text, 2);
  if (first === undefined) return extensionFormat(source);
  if (first.startsWith('WEBVTT')) return 'webvtt';
  if (first.includes('-->') || (isDigits(first) && second?.includes('-->'))) return 'srt';
  const afterStamp = first.startsWith('[') && first.indexOf(']') !== -1 ? first.slice(first.indexOf(']') + 1).trim() : first;
  if (splitSpeaker(afterStamp)) return 'text';
  return extensionFormat(source);
}

export function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) continue;
    if (c === 123) return true; // {
    // [ opens a JSON array, unless it is a text transcript's [mm:ss] stamp
    return c === 91 && !startsWithStamp(text, i);
  }
  return false;
}

function startsWithStamp(text: string, bracket: number): boolean {
  const close = text.indexOf(']', bracket);
  return close !== -1 && close - bracket <= 14 && clockToMs(text.slice(bracket + 1, close)) !== null;
}

/** The format of a transcript, or null when it is not recognized. `source` (a file name) breaks ties by extension. */
export function detectFormat(text: string, source?: string): FormatId | null {
  if (looksLikeJson(text)) {
    try {
      return detectJsonFormat(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
    } catch {
      return null;
    }
  }
  return detectTextFormat(text, source);
}
