import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callSchema } from '../call/call.js';
import { detectFormat, importTranscript } from './index.js';
import type { FormatId } from './formats.js';

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const META = { agent: { id: 'agent-from-sidecar' } };

interface Expected {
  file: string;
  format: FormatId;
  method: 'native' | 'role-data' | 'agent-speaker-option' | 'heuristic';
  speakerMap: Record<string, string>;
  turns: number;
  firstStartMs: number;
  lastEndMs: number;
  callId: string;
  firstSpeaker: 'agent' | 'customer';
  hasWords: boolean;
}

const CASES: Expected[] = [
  { file: 'native.json', format: 'native', method: 'native', speakerMap: { agent: 'agent', customer: 'customer' }, turns: 6, firstStartMs: 600, lastEndMs: 28200, callId: 'acme-2026-11-20-000731', firstSpeaker: 'agent', hasWords: false },
  { file: 'amazon-contact-lens.json', format: 'amazon-contact-lens', method: 'role-data', speakerMap: { AGENT: 'agent', CUSTOMER: 'customer' }, turns: 10, firstStartMs: 1200, lastEndMs: 59140, callId: '7d1d1b7e-6a3c-4f0e-9a55-2d1f3c9be001', firstSpeaker: 'agent', hasWords: false },
  { file: 'amazon-transcribe.json', format: 'amazon-transcribe', method: 'heuristic', speakerMap: { spk_0: 'agent', spk_1: 'customer' }, turns: 8, firstStartMs: 600, lastEndMs: 41500, callId: 'cascade-fiber-20261118-0932-44190', firstSpeaker: 'agent', hasWords: true },
  { file: 'amazon-transcribe-channels.json', format: 'amazon-transcribe', method: 'heuristic', speakerMap: { ch_0: 'agent', ch_1: 'customer' }, turns: 6, firstStartMs: 400, lastEndMs: 25960, callId: 'harbor-bank-cards-20261119-1410-00071', firstSpeaker: 'agent', hasWords: true },
  { file: 'genesys.json', format: 'genesys', method: 'role-data', speakerMap: { internal: 'agent', external: 'customer' }, turns: 8, firstStartMs: 2100, lastEndMs: 47419, callId: '9c2f4e61-3b7a-4d0e-a8c5-61f0b2d4e7a9', firstSpeaker: 'agent', hasWords: true },
  { file: 'deepgram.json', format: 'deepgram', method: 'heuristic', speakerMap: { '0': 'agent', '1': 'customer' }, turns: 9, firstStartMs: 320, lastEndMs: 35640, callId: '4f1c2a9e-8b3d-4e6f-9a0b-7c5d3e1f2a8b', firstSpeaker: 'agent', hasWords: true },
  { file: 'assemblyai.json', format: 'assemblyai', method: 'heuristic', speakerMap: { A: 'agent', B: 'customer' }, turns: 8, firstStartMs: 500, lastEndMs: 47180, callId: '6rlr37h3ep-8f5a-4c1b-b2de-13f0c7a9e4d1', firstSpeaker: 'agent', hasWords: true },
  { file: 'twilio.json', format: 'twilio', method: 'role-data', speakerMap: { '1': 'agent', '2': 'customer' }, turns: 8, firstStartMs: 900, lastEndMs: 39760, callId: 'GT5f2c9a1e7b3d4c6e8a0f1b2d3c4e5f6a', firstSpeaker: 'customer', hasWords: true },
  { file: 'webvtt-zoom.vtt', format: 'webvtt', method: 'heuristic', speakerMap: { 'Jordan Lee': 'agent', 'Maria Santos': 'customer' }, turns: 8, firstStartMs: 1500, lastEndMs: 39000, callId: 'webvtt-zoom', firstSpeaker: 'agent', hasWords: false },
  { file: 'webvtt-teams.vtt', format: 'webvtt', method: 'heuristic', speakerMap: { 'Aisha Khan': 'agent', 'Ben Carter': 'customer' }, turns: 6, firstStartMs: 700, lastEndMs: 31020, callId: 'webvtt-teams', firstSpeaker: 'agent', hasWords: false },
  { file: 'srt.srt', format: 'srt', method: 'role-data', speakerMap: { Agent: 'agent', Caller: 'customer' }, turns: 7, firstStartMs: 900, lastEndMs: 37700, callId: 'srt', firstSpeaker: 'agent', hasWords: false },
  { file: 'text.txt', format: 'text', method: 'role-data', speakerMap: { Agent: 'agent', Customer: 'customer' }, turns: 8, firstStartMs: 2000, lastEndMs: 43200, callId: 'text', firstSpeaker: 'agent', hasWords: false },
  { file: 'text-named-unstamped.txt', format: 'text', method: 'heuristic', speakerMap: { Derek: 'agent', Hannah: 'customer' }, turns: 8, firstStartMs: 0, lastEndMs: 37600, callId: 'text-named-unstamped', firstSpeaker: 'agent', hasWords: false },
];

describe('importTranscript over every fixture', () => {
  it('has a case for every fixture file', () => {
    // transcript fixtures are the files at the top level; subfolders belong to other suites
    const files = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
    expect(CASES.map((c) => c.file).sort()).toEqual(files);
  });

  for (const c of CASES) {
    describe(c.file, () => {
      const bytes = read(c.file);
      const { call, provenance } = importTranscript(bytes, { source: c.file, metadata: META });

      it('detects the format', () => {
        expect(detectFormat(new TextDecoder().decode(bytes), c.file)).toBe(c.format);
        expect(provenance.format).toBe(c.format);
      });
      it('maps the speakers and records how the agent was identified', () => {
        expect(provenance.speakerMap).toEqual(c.speakerMap);
        expect(provenance.agentIdentification.method).toBe(c.method);
        expect(provenance.agentIdentification.detail.length).toBeGreaterThan(0);
      });
      it('keeps every turn with its times', () => {
        expect(call.utterances).toHaveLength(c.turns);
        expect(call.utterances[0]?.startMs).toBe(c.firstStartMs);
        expect(call.utterances.at(-1)?.endMs).toBe(c.lastEndMs);
        expect(call.utterances[0]?.speaker).toBe(c.firstSpeaker);
        expect(call.utterances.every((u) => u.words !== undefined)).toBe(c.hasWords);
      });
      it('produces a valid call with ids from the transcript, else the metadata or file name', () => {
        expect(callSchema.safeParse(call).success).toBe(true);
        expect(call.id).toBe(c.callId);
        const expectedAgent = c.format === 'native' ? 'agent-kevin-m' : c.format === 'twilio' ? 'agent-sam.whitaker' : 'agent-from-sidecar';
        expect(call.agent.id).toBe(expectedAgent);
      });
    });
  }
});

describe('format details', () => {
  it('attaches Transcribe punctuation to the word before it and keeps word times in ms', () => {
    const { call } = importTranscript(read('amazon-transcribe.json'), { metadata: META });
    const first = call.utterances[0];
    expect(first?.text).toBe('Thanks for calling Cascade Fiber support, my name is Marcus. How can I help?');
    expect(first?.words?.[5]).toEqual({ text: 'support,', startMs: 2300, endMs: 2600 });
  });

  it('keeps the channel of multichannel Transcribe output', () => {
    const { call } = importTranscript(read('amazon-transcribe-channels.json'), { metadata: META });
    expect(call.utterances.map((u) => u.channel)).toEqual(['ch_0', 'ch_1', 'ch_0', 'ch_1', 'ch_0', 'ch_1']);
  });

  it('takes Genesys times as offsets from the conversation start and reports the start date', () => {
    const { call } = importTranscript(read('genesys.json'), { metadata: META });
    expect(call.startedAt).toBe('2025-11-20T15:23:00.000Z');
  });

  it('reads the Deepgram request id, creation time and duration', () => {
    const { call } = importTranscript(read('deepgram.json'), { metadata: META });
    expect(call.startedAt).toBe('2026-11-20T09:15:42.118Z');
    expect(call.durationMs).toBe(36740);
  });

  it('takes the Twilio agent id and name from the participant data', () => {
    const { call } = importTranscript(read('twilio.json'));
    expect(call.agent).toEqual({ id: 'agent-sam.whitaker', name: 'Sam Whitaker' });
  });

  it('estimates untimed text at 150 words per minute and says so', () => {
    const { call, provenance } = importTranscript('Agent: one two three four five\nCustomer: six seven', { metadata: META, source: 'x.txt' });
    expect(call.utterances.map((u) => [u.startMs, u.endMs])).toEqual([[0, 2000], [2000, 2800]]);
    expect(provenance.warnings.join(' ')).toContain('150 words per minute');
  });

  it('lets --agent-speaker choose the agent when the source has no roles', () => {
    const { call, provenance } = importTranscript(read('assemblyai.json'), { metadata: META, agentSpeaker: 'b' });
    expect(provenance.agentIdentification).toEqual({ method: 'agent-speaker-option', detail: 'speaker "B" given as the agent' });
    expect(call.utterances[0]?.speaker).toBe('customer');
  });

  it('ignores --agent-speaker with a warning when the source has role data', () => {
    const { provenance } = importTranscript(read('amazon-contact-lens.json'), { metadata: META, agentSpeaker: 'CUSTOMER' });
    expect(provenance.agentIdentification.method).toBe('role-data');
    expect(provenance.warnings.join(' ')).toContain('ignored');
  });

  it('fills and overrides call fields from metadata, but keeps the transcript call id', () => {
    const { call, provenance } = importTranscript(read('native.json'), {
      metadata: { id: 'other-id', team: 'escalations', outcome: { escalated: true }, metadata: { region: 'west' } },
    });
    expect(call.id).toBe('acme-2026-11-20-000731');
    expect(call.team).toBe('escalations');
    expect(call.outcome).toEqual({ resolved: true, csat: 5, escalated: true });
    expect(call.metadata).toEqual({ region: 'west' });
    expect(provenance.warnings.join(' ')).toContain('differs');
  });

  it('resolves a Contact Lens turn whose participant is unknown when its id is a role name', () => {
    const doc = { Participants: [{ ParticipantId: 'p-1', ParticipantRole: 'AGENT' }], Transcript: [
      { ParticipantId: 'p-1', Content: 'Thanks for calling.', BeginOffsetMillis: 0, EndOffsetMillis: 900 },
      { ParticipantId: 'CUSTOMER', Content: 'Hi there.', BeginOffsetMillis: 1000, EndOffsetMillis: 1800 },
      { ParticipantId: 'SUPERVISOR', ParticipantRole: 'SUPERVISOR', Content: 'Joining the call.', BeginOffsetMillis: 1900, EndOffsetMillis: 2500 },
      { ParticipantId: 'p-9', Content: 'Who is this?', BeginOffsetMillis: 2600, EndOffsetMillis: 3000 },
    ], CustomerMetadata: { ContactId: 'c-1' } };
    const { call, provenance } = importTranscript(JSON.stringify(doc), { metadata: META });
    expect(call.utterances.map((u) => u.speaker)).toEqual(['agent', 'customer', 'other', 'other']);
    expect(provenance.warnings.join(' ')).toContain('"p-9" has no role');
  });
});
