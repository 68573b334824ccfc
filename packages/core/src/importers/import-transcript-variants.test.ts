import { describe, expect, it } from 'vitest';
import { importTranscript } from './import-transcript.js';

/** Shapes each vendor also produces, beyond the main fixture: small inline documents. */
const META = { source: 'inline-call.json', metadata: { agent: { id: 'a-1' } } };
const texts = (input: string, opts = {}): string[][] =>
  importTranscript(input, { ...META, ...opts }).call.utterances.map((u) => [u.speaker, u.text]);

describe('format variants', () => {
  it('Deepgram multichannel without utterances: words per channel, merged by time', () => {
    const doc = {
      metadata: { request_id: 'r-1' },
      results: {
        channels: [
          { alternatives: [{ transcript: 'thanks for calling. how can I help', words: [
            { word: 'thanks', start: 0.1, end: 0.4, punctuated_word: 'Thanks' }, { word: 'for', start: 0.4, end: 0.5 },
            { word: 'calling', start: 0.5, end: 0.9, punctuated_word: 'calling.' }, { word: 'sure', start: 3.0, end: 3.3, punctuated_word: 'Sure.' },
          ] }] },
          { alternatives: [{ transcript: 'my card was declined', words: [
            { word: 'my', start: 1.2, end: 1.3, punctuated_word: 'My' }, { word: 'card', start: 1.3, end: 1.6 }, { word: 'declined', start: 1.6, end: 2.1, punctuated_word: 'declined.' },
          ] }] },
        ],
      },
    };
    const { call, provenance } = importTranscript(JSON.stringify(doc), META);
    expect(call.utterances.map((u) => [u.channel, u.text, u.startMs, u.endMs])).toEqual([
      [0, 'Thanks for calling.', 100, 900],
      [1, 'My card declined.', 1200, 2100],
      [0, 'Sure.', 3000, 3300],
    ]);
    expect(provenance.speakerMap).toEqual({ ch_0: 'agent', ch_1: 'customer' });
  });

  it('AssemblyAI with null utterances but speaker-labelled words', () => {
    const doc = { id: 't-1', status: 'completed', audio_url: 'u', utterances: null, words: [
      { text: 'Hello,', start: 0, end: 300, speaker: 'A' }, { text: 'thanks', start: 300, end: 600, speaker: 'A' }, { text: 'for', start: 600, end: 700, speaker: 'A' }, { text: 'calling.', start: 700, end: 1000, speaker: 'A' },
      { text: 'Hi.', start: 1500, end: 1800, speaker: 'B' },
    ] };
    expect(texts(JSON.stringify(doc))).toEqual([['agent', 'Hello, thanks for calling.'], ['customer', 'Hi.']]);
  });

  it('Transcribe items that carry their own speaker_label', () => {
    const item = (content: string, start: string, end: string, speaker: string) => ({ type: 'pronunciation', start_time: start, end_time: end, speaker_label: speaker, alternatives: [{ content }] });
    const doc = { jobName: 'j-1', results: { items: [
      item('Hello', '0.1', '0.4', 'spk_1'), { type: 'punctuation', alternatives: [{ content: '?' }], speaker_label: 'spk_1' },
      item('Hi', '1.0', '1.2', 'spk_0'), item('how', '1.2', '1.4', 'spk_0'), item('can', '1.4', '1.6', 'spk_0'), item('I', '1.6', '1.7', 'spk_0'), item('help', '1.7', '2.0', 'spk_0'),
    ] } };
    expect(texts(JSON.stringify(doc))).toEqual([['customer', 'Hello?'], ['agent', 'Hi how can I help']]);
  });

  it('Twilio sentences as a bare list: channels mapped by --agent-speaker', () => {
    const doc = [
      { media_channel: 2, sentence_index: 0, start_time: '0.5', end_time: '1.5', transcript: 'Hello?' },
      { media_channel: 1, sentence_index: 1, start_time: 2, end_time: 4.25, transcript: 'Hi, this is Parcelway.' },
    ];
    const { call, provenance } = importTranscript(JSON.stringify(doc), { ...META, agentSpeaker: '1' });
    expect(call.utterances.map((u) => [u.speaker, u.startMs, u.endMs, u.channel])).toEqual([['customer', 500, 1500, 2], ['agent', 2000, 4250, 1]]);
    expect(provenance.agentIdentification.method).toBe('agent-speaker-option');
  });

  it('Twilio participants naming only the agent: the other channel is the customer', () => {
    const doc = { sid: 'GT1', channel: { participants: [{ channel_participant: 2, role: 'Agent' }] }, sentences: [
      { media_channel: 1, start_time: '0', end_time: '1', transcript: 'Hello?' },
      { media_channel: 2, start_time: '1.2', end_time: '2', transcript: 'Hi there.' },
    ] };
    expect(texts(JSON.stringify(doc))).toEqual([['customer', 'Hello?'], ['agent', 'Hi there.']]);
  });

  it('Genesys with one transcript per participant: phrases interleaved by time, no disorder warning', () => {
    const phrase = (text: string, at: number, purpose: string) => ({ text, startTimeMs: 1763650000000 + at, duration: { milliseconds: 800 }, participantPurpose: purpose });
    const doc = { conversationId: 'g-1', transcripts: [
      { phrases: [phrase('Thanks for calling.', 0, 'internal'), phrase('Let me check.', 3000, 'internal')] },
      { phrases: [phrase('My order is late.', 1500, 'external')] },
    ] };
    const { call, provenance } = importTranscript(JSON.stringify(doc), META);
    expect(call.utterances.map((u) => [u.speaker, u.startMs])).toEqual([['agent', 0], ['customer', 1500], ['agent', 3000]]);
    expect(call.startedAt).toBe('2025-11-20T14:46:40.000Z');
    expect(provenance.warnings).toEqual([]);
  });

  it('Call Analytics turns that carry ParticipantRole and no ParticipantId', () => {
    const doc = { JobName: 'ca-1', JobStatus: 'COMPLETED', Transcript: [
      { ParticipantRole: 'AGENT', Content: 'Thank you for calling.', BeginOffsetMillis: 0, EndOffsetMillis: 1200 },
      { ParticipantRole: 'CUSTOMER', Content: 'Hi.', BeginOffsetMillis: 1300, EndOffsetMillis: 1600 },
    ] };
    const { call, provenance } = importTranscript(JSON.stringify(doc), META);
    expect(call.id).toBe('ca-1');
    expect(provenance.agentIdentification).toEqual({ method: 'role-data', detail: 'Transcript[].ParticipantRole' });
  });

  it('WebVTT cue without a name continues the speaker before it, with a warning', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nJo: Thanks for calling.\n\n00:00:02.000 --> 00:00:03.000\nHow can I help?\n\n00:00:03.500 --> 00:00:04.000\nSam: Hi.\n';
    const { call, provenance } = importTranscript(vtt, META);
    expect(call.utterances.map((u) => [u.text, u.startMs, u.endMs])).toEqual([['Thanks for calling. How can I help?', 1000, 3000], ['Hi.', 3500, 4000]]);
    expect(provenance.warnings.join(' ')).toContain('without a speaker name');
  });

  it('text with a third role-word speaker maps it to other', () => {
    expect(texts('[00:01] Agent: Let me get my supervisor.\n[00:05] Supervisor: Hi, I can help.\n[00:09] Customer: Thanks.')).toEqual([
      ['agent', 'Let me get my supervisor.'],
      ['other', 'Hi, I can help.'],
      ['customer', 'Thanks.'],
    ]);
  });
});
