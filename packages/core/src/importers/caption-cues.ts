import type { Issue } from '../errors.js';
import { invalidInput } from './import-errors.js';
import { rolesFromLabels } from './role-labels.js';
import type { SourceTranscript, SourceTurn } from './source-transcript.js';
import { splitSpeaker } from './speaker-prefix.js';
import { clockToMs } from './timestamps.js';
import { splitLines, stripTags } from './text-lines.js';

/*
 * Cue parsing shared by WebVTT and SRT. A cue is a block of lines separated by blank lines:
 * an optional identifier (SRT's counter), a timing line `start --> end [settings]`, and text.
 * Speakers come from a WebVTT voice tag (`<v Jane Doe>...`, as Teams writes) or a `Name:` prefix
 * (as Zoom writes). A cue with no speaker continues the previous cue's speaker; a file with no
 * speaker names at all is rejected, because agent and customer cannot be told apart.
 * Consecutive cues of one speaker are merged into one turn.
 */

interface Cue {
  line: number;
  startMs: number;
  endMs: number;
  speaker: string | undefined;
  text: string;
}

function voiceSpeaker(payload: string): { name: string; text: string } | null {
  if (!payload.startsWith('<v')) return null;
  const close = payload.indexOf('>');
  if (close === -1) return null;
  // `<v Name>` or `<v.class Name>`: the name follows the first space
  const inside = payload.slice(2, close);
  const space = inside.indexOf(' ');
  const name = space === -1 ? '' : inside.slice(space + 1).trim();
  if (name.length === 0) return null;
  return { name, text: stripTags(payload.slice(close + 1)).trim() };
}

function readCue(lines: readonly string[], first: number, last: number, issues: Issue[]): Cue | null {
  let timing = first;
  while (timing <= last && !(lines[timing] ?? '').includes('-->')) timing++;
  if (timing > last || timing > first + 1) {
    issues.push({ where: `line ${first + 1}`, message: 'expected a cue timing line like "00:00:01.000 --> 00:00:04.000"' });
    return null;
  }
  const timingLine = lines[timing] ?? '';
  const arrow = timingLine.indexOf('-->');
  const startText = timingLine.slice(0, arrow).trim();
  const endText = timingLine.slice(arrow + 3).trim().split(' ')[0] ?? '';
  const startMs = clockToMs(startText);
  const endMs = clockToMs(endText);
  if (startMs === null || endMs === null) {
    issues.push({ where: `line ${timing + 1}`, message: `cannot read "${startMs === null ? startText : endText}"; expected hh:mm:ss.mmm (WebVTT) or hh:mm:ss,mmm (SRT)` });
    return null;
  }
  const payload = lines.slice(timing + 1, last + 1).map((l) => l.trim()).filter((l) => l.length > 0).join(' ');
  const voiced = voiceSpeaker(payload);
  if (voiced) return { line: timing + 1, startMs, endMs, speaker: voiced.name, text: voiced.text };
  const plain = stripTags(payload);
  const prefixed = splitSpeaker(plain);
  if (prefixed) return { line: timing + 1, startMs, endMs, speaker: prefixed.name, text: prefixed.text };
  return { line: timing + 1, startMs, endMs, speaker: undefined, text: plain.trim() };
}

const SKIPPED_BLOCKS = ['NOTE', 'STYLE', 'REGION', 'WEBVTT'];

function isSkipped(firstLine: string): boolean {
  return SKIPPED_BLOCKS.some((word) => firstLine.startsWith(word) && (firstLine.length === word.length || firstLine[word.length] === ' ' || firstLine[word.length] === '\t'));
}

export function readCaptionCues(text: string, formatName: string, source: string | undefined): SourceTranscript {
  const lines = splitLines(text);
  const issues: Issue[] = [];
  const cues: Cue[] = [];
  let i = 0;
  while (i < lines.length) {
    if ((lines[i] ?? '').trim().length === 0) {
      i++;
      continue;
    }
    const first = i;
    while (i < lines.length && (lines[i] ?? '').trim().length > 0) i++;
    const firstLine = (lines[first] ?? '').trim();
    if (isSkipped(firstLine)) continue;
    const cue = readCue(lines, first, i - 1, issues);
    if (cue) cues.push(cue);
  }
  if (issues.length > 0) throw invalidInput(`the ${formatName} file has unreadable cues`, source, issues);
  if (cues.length > 0 && cues.every((c) => c.speaker === undefined)) {
    throw invalidInput(`the ${formatName} cues have no speaker names, so agent and customer cannot be told apart`, source, [
      { where: `line ${cues[0]?.line ?? 1}`, message: 'expected "Name: text" or <v Name> in each cue; or rewrite as a text transcript with "Agent:" / "Customer:" lines and use --format text' },
    ]);
  }

  const turns: SourceTurn[] = [];
  const warnings: string[] = [];
  let previous: SourceTurn | undefined;
  let continued = 0;
  for (const cue of cues) {
    let speaker = cue.speaker;
    if (speaker === undefined) {
      if (!previous) {
        throw invalidInput(`the first ${formatName} cue has no speaker name`, source, [
          { where: `line ${cue.line}`, message: 'expected "Name: text" or <v Name> so the speaker is known' },
        ]);
      }
      speaker = previous.label;
      continued++;
    }
    if (previous && previous.label === speaker && cue.startMs >= previous.startMs) {
      previous.text = `${previous.text} ${cue.text}`;
      previous.endMs = Math.max(previous.endMs, cue.endMs);
      previous.endWhere = `line ${cue.line}`;
      continue;
    }
    previous = { label: speaker, startMs: cue.startMs, endMs: cue.endMs, text: cue.text, startWhere: `line ${cue.line}`, endWhere: `line ${cue.line}` };
    turns.push(previous);
  }
  if (continued > 0) warnings.push(`${continued} cue(s) without a speaker name were given to the speaker before them`);

  const result: SourceTranscript = { turns, warnings };
  const roles = rolesFromLabels(turns);
  if (roles) {
    result.roles = roles;
    result.roleDetail = 'speaker names are role names (Agent, Customer...)';
  }
  return result;
}
