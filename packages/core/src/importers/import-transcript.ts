import { readAmazonContactLens } from './amazon-contact-lens.js';
import { readAmazonTranscribe } from './amazon-transcribe.js';
import { assembleCall, type ImportResult } from './assemble-call.js';
import { readAssemblyAi } from './assemblyai.js';
import { decodeTranscriptBytes } from './decode-transcript-bytes.js';
import { readDeepgram } from './deepgram.js';
import { detectJsonFormat, detectTextFormat, looksLikeJson } from './detect-format.js';
import { FORMATS, isFormatId, type FormatId } from './formats.js';
import { readGenesys } from './genesys.js';
import { importError } from './import-errors.js';
import type { CallMetadata } from './metadata-schema.js';
import { readNative } from './native.js';
import { parseJson } from './parse-json.js';
import { readPlainText } from './plain-text.js';
import type { SourceTranscript } from './source-transcript.js';
import { readSrt } from './srt.js';
import { readTwilio } from './twilio.js';
import { readWebVtt } from './webvtt.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ImportOptions {
  /** File name, for error messages and as a detection hint (extension). */
  source?: string;
  /** Force a format instead of detecting it. */
  format?: FormatId;
  /** The source speaker label that is the agent ("spk_0", "A", "1", "Jane Doe", "ch_0"). */
  agentSpeaker?: string;
  /** Call facts from a sidecar or CSV row; fills what the transcript lacks. */
  metadata?: CallMetadata;
  /** Largest accepted input, checked before parsing. Default 20 MiB. */
  maxBytes?: number;
}

const JSON_READERS: Record<string, (value: unknown, source: string | undefined) => SourceTranscript> = {
  native: readNative,
  'amazon-contact-lens': readAmazonContactLens,
  'amazon-transcribe': readAmazonTranscribe,
  genesys: readGenesys,
  deepgram: readDeepgram,
  assemblyai: readAssemblyAi,
  twilio: readTwilio,
};
const TEXT_READERS: Record<string, (text: string, source: string | undefined) => SourceTranscript> = {
  webvtt: readWebVtt,
  srt: readSrt,
  text: readPlainText,
};

/** UTF-8 byte length of a string as far as the limit needs: exact above limit/3 characters, else a lower bound. */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  // a UTF-16 code unit never takes more than 3 UTF-8 bytes: short strings need no scan
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function describeKeys(value: unknown): string {
  if (Array.isArray(value)) return 'a JSON array';
  if (typeof value !== 'object' || value === null) return `a JSON ${value === null ? 'null' : typeof value}`;
  const keys = Object.keys(value).slice(0, 8);
  return keys.length > 0 ? `a JSON object with keys ${keys.map((k) => `"${k}"`).join(', ')}` : 'an empty JSON object';
}

/**
 * Reads a transcript in any supported format into a validated Call, with provenance.
 * Throws UndertoneError (never anything else) for input it cannot import.
 */
export function importTranscript(input: Uint8Array | string, opts: ImportOptions = {}): ImportResult {
  const { source } = opts;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = typeof input === 'string' ? utf8Length(input, maxBytes) : input.byteLength;
  if (size > maxBytes) {
    throw importError('TOO_LARGE', `the transcript is larger than the ${maxBytes}-byte limit`, source, [
      { where: '$', message: `${typeof input === 'string' ? `over ${maxBytes}` : size} bytes; split the file or raise the limit (maxBytes)` },
    ]);
  }
  if (opts.format !== undefined && !isFormatId(opts.format)) {
    throw importError('UNKNOWN_FORMAT', `unknown format "${String(opts.format)}"`, source, [
      { where: 'format', message: `expected one of: ${FORMATS.join(', ')}` },
    ]);
  }
  let text = typeof input === 'string' ? input : decodeTranscriptBytes(input, source);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) {
    throw importError('EMPTY_TRANSCRIPT', 'the transcript is empty', source, [{ where: 'line 1', message: 'expected transcript content' }]);
  }

  let format = opts.format;
  const jsonWanted = format !== undefined ? format in JSON_READERS : looksLikeJson(text);
  const json = jsonWanted ? parseJson(text, source) : undefined;
  if (format === undefined) {
    format = (jsonWanted ? detectJsonFormat(json) : detectTextFormat(text, source)) ?? undefined;
  }
  if (format === undefined) {
    throw importError('UNKNOWN_FORMAT', 'the transcript format was not recognized', source, [
      {
        where: '$',
        message: `found ${jsonWanted ? describeKeys(json) : 'text that is not WebVTT, SRT or "Speaker: text" lines'}; supported formats: ${FORMATS.join(', ')}; pass --format to choose one`,
      },
    ]);
  }

  const jsonReader = JSON_READERS[format];
  const textReader = TEXT_READERS[format];
  const transcript = jsonReader ? jsonReader(json, source) : textReader ? textReader(text, source) : undefined;
  if (!transcript) throw importError('UNKNOWN_FORMAT', `no reader for format "${format}"`, source);
  return assembleCall(transcript, { format, source, agentSpeaker: opts.agentSpeaker, metadata: opts.metadata });
}
