import { invalidInput } from './import-errors.js';
import { rolesFromLabels } from './role-labels.js';
import type { SourceTranscript, SourceTurn } from './source-transcript.js';
import { splitSpeaker } from './speaker-prefix.js';
import { clockToMs } from './timestamps.js';
import { splitLines } from './text-lines.js';

/*
 * Plain-text transcripts: one turn per `Speaker: text` line, optionally led by a `[mm:ss]` or
 * `[hh:mm:ss]` stamp. Lines without a speaker continue the turn before them. "Agent", "Rep",
 * "Customer", "Caller"... are role names; other names go to --agent-speaker or the heuristic.
 * With stamps, a turn lasts until the next turn starts. Without stamps, timing is estimated at
 * 150 words per minute and the provenance says so. Stamps on some turns but not others are rejected.
 */

export const WORDS_PER_MINUTE = 150;
const MS_PER_WORD = 60_000 / WORDS_PER_MINUTE;

interface TextTurn {
  line: number;
  stampMs: number | undefined;
  label: string;
  text: string;
}

function leadingStamp(line: string): { stampMs: number; rest: string } | null {
  if (!line.startsWith('[')) return null;
  const close = line.indexOf(']');
  if (close === -1 || close > 14) return null;
  const stampMs = clockToMs(line.slice(1, close));
  return stampMs === null ? null : { stampMs, rest: line.slice(close + 1).trim() };
}

function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function estimateMs(text: string): number {
  return Math.max(1, wordCount(text)) * MS_PER_WORD;
}

export function readPlainText(text: string, source: string | undefined): SourceTranscript {
  const lines = splitLines(text);
  const textTurns: TextTurn[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.length === 0) continue;
    const stamp = leadingStamp(line);
    const body = stamp ? stamp.rest : line;
    const spoken = splitSpeaker(body);
    if (spoken) {
      textTurns.push({ line: i + 1, stampMs: stamp?.stampMs, label: spoken.name, text: spoken.text });
      continue;
    }
    const previous = textTurns[textTurns.length - 1];
    if (!previous || stamp) {
      throw invalidInput('a line of the text transcript has no speaker', source, [
        { where: `line ${i + 1}`, message: 'expected "Speaker: text" (for example "Agent: Thanks for calling"), optionally after a [mm:ss] stamp' },
      ]);
    }
    previous.text = `${previous.text} ${body}`;
  }

  const stamped = textTurns.filter((t) => t.stampMs !== undefined).length;
  if (stamped > 0 && stamped < textTurns.length) {
    const unstamped = textTurns.find((t) => t.stampMs === undefined);
    throw invalidInput('some turns have [mm:ss] stamps and others do not', source, [
      { where: `line ${unstamped?.line ?? 1}`, message: 'expected a stamp on every turn, or on none (then timing is estimated)' },
    ]);
  }

  const warnings: string[] = [];
  const turns: SourceTurn[] = [];
  let clock = 0;
  textTurns.forEach((t, i) => {
    let startMs: number;
    let endMs: number;
    if (t.stampMs !== undefined) {
      startMs = t.stampMs;
      const next = textTurns[i + 1]?.stampMs;
      endMs = next !== undefined && next > startMs ? next : startMs + estimateMs(t.text);
    } else {
      startMs = clock;
      endMs = clock + estimateMs(t.text);
      clock = endMs;
    }
    turns.push({ label: t.label, startMs, endMs, text: t.text, startWhere: `line ${t.line}`, endWhere: `line ${t.line}` });
  });
  if (stamped === 0 && turns.length > 0) {
    warnings.push(`no timestamps: turn timing estimated from word count at ${WORDS_PER_MINUTE} words per minute`);
  }

  const result: SourceTranscript = { turns, warnings };
  const roles = rolesFromLabels(turns);
  if (roles) {
    result.roles = roles;
    result.roleDetail = 'speaker names are role names (Agent, Customer...)';
  }
  return result;
}
