import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UndertoneError, type ErrorCode } from '../errors.js';
import type { FormatId } from './formats.js';
import { importTranscript, type ImportOptions } from './import-transcript.js';

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');
const META = { agent: { id: 'a-1' } };

function contactLens(turns: { id: string; text: string; begin: number; end: number }[]): string {
  return JSON.stringify({
    Participants: [{ ParticipantId: 'AGENT', ParticipantRole: 'AGENT' }, { ParticipantId: 'CUSTOMER', ParticipantRole: 'CUSTOMER' }],
    Transcript: turns.map((t) => ({ ParticipantId: t.id, Content: t.text, BeginOffsetMillis: t.begin, EndOffsetMillis: t.end })),
    CustomerMetadata: { ContactId: 'contact-1' },
  });
}

function native(utterances: unknown[]): string {
  return JSON.stringify({ id: 'n-1', agent: { id: 'a-1' }, utterances });
}

interface ErrorCase {
  name: string;
  input: string | Uint8Array;
  opts?: ImportOptions;
  code: ErrorCode;
  where?: string;
  says?: string;
}

const CASES: ErrorCase[] = [
  { name: 'empty file', input: '', code: 'EMPTY_TRANSCRIPT' },
  { name: 'whitespace only', input: ' \n\t\n', code: 'EMPTY_TRANSCRIPT' },
  { name: 'Contact Lens with no turns', input: contactLens([]), code: 'EMPTY_TRANSCRIPT' },
  { name: 'native with no utterances', input: native([]), code: 'EMPTY_TRANSCRIPT' },
  { name: 'turns with only blank text', input: contactLens([{ id: 'AGENT', text: '  ', begin: 0, end: 10 }]), code: 'EMPTY_TRANSCRIPT' },
  {
    name: 'negative timestamp (Contact Lens)',
    input: contactLens([{ id: 'AGENT', text: 'Hello', begin: 0, end: 900 }, { id: 'CUSTOMER', text: 'Hi', begin: -40, end: 500 }]),
    code: 'INVALID_INPUT',
    where: '$.Transcript[1].BeginOffsetMillis',
    says: 'expected a time >= 0',
  },
  {
    name: 'negative timestamp (native)',
    input: native([{ speaker: 'agent', startMs: -1, endMs: 5, text: 'Hello' }]),
    code: 'INVALID_INPUT',
    where: '$.utterances[0].startMs',
  },
  {
    name: 'end before start (Contact Lens)',
    input: contactLens([{ id: 'AGENT', text: 'Hello', begin: 0, end: 900 }, { id: 'CUSTOMER', text: 'Hi', begin: 3000, end: 2000 }]),
    code: 'INVALID_INPUT',
    where: '$.Transcript[1].EndOffsetMillis',
    says: 'before it starts',
  },
  {
    name: 'end before start (Transcribe item)',
    input: JSON.stringify({ jobName: 'j', results: { items: [{ type: 'pronunciation', start_time: '2.0', end_time: '1.5', speaker_label: 'spk_0', alternatives: [{ content: 'hi' }] }] } }),
    code: 'INVALID_INPUT',
    where: '$.results.items[0].end_time',
  },
  {
    name: 'unreadable seconds (Twilio)',
    input: JSON.stringify({ sentences: [{ media_channel: 1, start_time: 'soon', end_time: '2.0', transcript: 'Hello' }] }),
    code: 'INVALID_INPUT',
    where: '$.sentences[0].start_time',
  },
  {
    name: 'unknown speaker in the native format',
    input: native([{ speaker: 'supervisor', startMs: 0, endMs: 5, text: 'Hello' }]),
    code: 'INVALID_INPUT',
    where: '$.utterances[0].speaker',
  },
  {
    name: 'wrong type in a vendor field',
    input: JSON.stringify({ Participants: [], Transcript: [{ ParticipantId: 'AGENT', Content: 'Hi', BeginOffsetMillis: '0', EndOffsetMillis: 5 }] }),
    code: 'INVALID_INPUT',
    where: '$.Transcript[0].BeginOffsetMillis',
    says: 'expected number',
  },
  { name: 'invalid JSON', input: '{\n  "utterances": [\n    { "speaker": "agent", }\n  ]\n}', code: 'INVALID_INPUT', where: 'line 3, column' },
  { name: 'truncated JSON', input: '{"results": {"items": [', code: 'INVALID_INPUT', where: 'line 1, column' },
  { name: 'unknown JSON shape', input: '{"foo": 1, "bar": []}', code: 'UNKNOWN_FORMAT', says: '"foo", "bar"' },
  { name: 'unknown text', input: 'just some notes about a call, nothing else', code: 'UNKNOWN_FORMAT', says: '--format' },
  { name: 'unknown forced format', input: 'Agent: hi', opts: { format: 'zoom' as FormatId }, code: 'UNKNOWN_FORMAT', says: 'native, amazon-contact-lens' },
  { name: 'forced format that does not fit', input: fixture('amazon-contact-lens.json'), opts: { format: 'genesys', metadata: META }, code: 'INVALID_INPUT', where: '$.transcripts' },
  { name: 'no agent id anywhere', input: fixture('amazon-contact-lens.json'), opts: { metadata: {} }, code: 'MISSING_AGENT_ID', says: '--meta sidecar.json' },
  { name: 'agent speaker that matches nobody', input: fixture('assemblyai.json'), opts: { agentSpeaker: 'Z', metadata: META }, code: 'INVALID_INPUT', says: '"A", "B"' },
  { name: 'SRT without speaker names', input: '1\n00:00:01,000 --> 00:00:03,000\nHello there\n\n2\n00:00:03,500 --> 00:00:05,000\nHi\n', code: 'INVALID_INPUT', where: 'line 2', says: '--format text' },
  { name: 'WebVTT with a broken timing line', input: 'WEBVTT\n\n1\n00:00:01.000 --> soon\nAgent: hi\n', code: 'INVALID_INPUT', where: 'line 4' },
  { name: 'text line before any speaker', input: 'Agent: hello\n[00:05] and then nothing', opts: { format: 'text' }, code: 'INVALID_INPUT', where: 'line 2' },
  { name: 'text with stamps on some turns only', input: '[00:01] Agent: hello\nCustomer: hi', code: 'INVALID_INPUT', where: 'line 2' },
  { name: 'Transcribe without speaker or channel labels', input: JSON.stringify({ jobName: 'j', results: { items: [{ type: 'pronunciation', start_time: '0.1', end_time: '0.4', alternatives: [{ content: 'hi' }] }] } }), code: 'INVALID_INPUT', says: 'ShowSpeakerLabels' },
  { name: 'Deepgram without diarization', input: JSON.stringify({ metadata: { request_id: 'r' }, results: { channels: [{ alternatives: [{ transcript: 'hi', words: [{ word: 'hi', start: 0, end: 0.3 }] }] }] } }), code: 'INVALID_INPUT', says: 'diarize' },
  { name: 'AssemblyAI job not finished', input: JSON.stringify({ id: 'x', status: 'processing', utterances: null, audio_url: 'u' }), code: 'INVALID_INPUT', where: '$.status' },
  { name: 'binary content', input: new Uint8Array([0x7b, 0x00, 0x01, 0x02]), code: 'BAD_ENCODING' },
  { name: 'over the size limit (checked before parsing)', input: '{ not json at all', opts: { maxBytes: 8 }, code: 'TOO_LARGE' },
  { name: 'bytes over the size limit', input: new Uint8Array(64).fill(0x41), opts: { maxBytes: 63 }, code: 'TOO_LARGE' },
];

describe('importTranscript rejects bad input with a typed error', () => {
  for (const c of CASES) {
    it(c.name, () => {
      let caught: unknown;
      try {
        importTranscript(c.input, { source: 'call.file', ...c.opts });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(UndertoneError);
      const error = caught as UndertoneError;
      expect(error.code).toBe(c.code);
      expect(error.source).toBe('call.file');
      expect(error.issues.length).toBeGreaterThan(0);
      if (c.where) expect(error.issues.map((i) => i.where).join(' | ')).toContain(c.where);
      if (c.says) expect(error.describe()).toContain(c.says);
    });
  }
});

describe('defined outcomes that are not errors', () => {
  it('sorts unordered turns by start time, stably, and warns', () => {
    const input = contactLens([
      { id: 'AGENT', text: 'second', begin: 5000, end: 6000 },
      { id: 'CUSTOMER', text: 'first', begin: 1000, end: 2000 },
      { id: 'AGENT', text: 'tie one', begin: 7000, end: 7500 },
      { id: 'CUSTOMER', text: 'tie two', begin: 7000, end: 7600 },
    ]);
    const { call, provenance } = importTranscript(input, { metadata: META });
    expect(call.utterances.map((u) => u.text)).toEqual(['first', 'second', 'tie one', 'tie two']);
    expect(provenance.warnings.join(' ')).toContain('not in time order');
  });

  it('keeps overlapping turns: an interruption is data', () => {
    const input = contactLens([
      { id: 'AGENT', text: 'Let me explain the fee', begin: 0, end: 4000 },
      { id: 'CUSTOMER', text: 'No, wait', begin: 2500, end: 3500 },
    ]);
    const { call, provenance } = importTranscript(input, { metadata: META });
    expect(call.utterances.map((u) => [u.speaker, u.startMs, u.endMs])).toEqual([['agent', 0, 4000], ['customer', 2500, 3500]]);
    expect(provenance.warnings).toEqual([]);
  });

  it('uses the metadata id when the transcript has none, and the file name as a last resort', () => {
    expect(importTranscript('Agent: hi\nCustomer: hello', { metadata: { id: 'm-7', agent: { id: 'a' } } }).call.id).toBe('m-7');
    expect(importTranscript('Agent: hi\nCustomer: hello', { source: 'calls/2026/c-42.txt', metadata: META }).call.id).toBe('c-42');
  });
});

describe('JSON syntax errors never quote the transcript', () => {
  it('drops the input excerpt V8 puts in its message, keeping line and column', () => {
    let error: unknown;
    try {
      importTranscript('{"id": "x", "note": card 4539148803436467}', { source: 'x.json' });
    } catch (e) {
      error = e;
    }
    const described = (error as { describe(): string }).describe();
    expect(described).toMatch(/line 1, column \d+: Unexpected token/);
    expect(described).not.toMatch(/4539|card/);
  });
});
