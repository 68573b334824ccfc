import type { TextRedaction } from './categories.js';
import { isCueWord } from './context-cues.js';
import { DIGIT_WORDS, TEEN_WORDS, TENS_WORDS } from './number-words.js';
import type { Token } from './tokenize.js';

const WRITTEN_EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

const TLDS = new Set(['com', 'net', 'org', 'edu', 'gov', 'io', 'co', 'us', 'uk', 'ca', 'info', 'biz', 'me', 'mil', 'de', 'fr', 'au', 'in', 'ai', 'app', 'dev', 'email', 'mail']);
const DOTS = new Set(['dot', '.', 'period']);
const LOCAL_JOINERS = new Set(['dot', '.', 'period', 'underscore', '_', 'dash', '-', 'hyphen', 'plus', '+']);
/** Words that end an email's local part when reading backwards from "at". */
const BEFORE_LOCAL = new Set([
  'is', "it's", 'its', 'it', 'email', 'e', 'mail', 'address', 'my', 'the', "that's", 'that', 'at', 'me', 'send', 'to', 'use', 'under',
  'uh', 'um', 'yeah', 'yes', 'sure', 'ok', 'okay', 'so', 'and', 'or', 'be', 'on', 'file', 'you', 'can', 'i', "i'm", 'was', 'for', 'with',
  'reach', 'contact', 'should', 'would', 'have', 'got', 'use', 'try', 'just', 'spelled', 'like', 'as', 'an', 'from', 'by', 'your', 'our',
  'still', 'now', 'actually', 'probably', 'maybe', 'basically', 'think', 'guess', 'yep', 'yup', 'hmm', 'right', 'well', 'oh', 'ah', 'then',
  'mine', 'here', 'there', 'using', 'put', 'write', 'sending', 'going', 'new', 'old', 'same', 'correct', 'updated', 'change', 'changed',
]);

export function findEmails(text: string, tokens: readonly Token[]): TextRedaction[] {
  const found: TextRedaction[] = [];
  for (const m of text.matchAll(WRITTEN_EMAIL)) found.push({ category: 'email', start: m.index, end: m.index + m[0].length });
  for (let i = 1; i < tokens.length; i++) {
    const at = tokens[i]!.lower;
    if (at !== 'at' && at !== '@') continue;
    const domainEnd = readDomain(tokens, i + 1);
    if (domainEnd === undefined) continue;
    const localStart = readLocal(tokens, i - 1);
    if (localStart === undefined) continue;
    found.push({ category: 'email', start: tokens[localStart]!.start, end: tokens[domainEnd]!.end });
  }
  return found;
}

const DOMAIN_DASHES = new Set(['dash', '-', 'hyphen']);

/** word ((dot|dash) word)+ ending in a known top-level domain after a dot; the index of its last token. */
function readDomain(tokens: readonly Token[], i: number): number | undefined {
  if (!isLabel(tokens[i])) return undefined;
  let k = i;
  let end: number | undefined;
  for (;;) {
    const joiner = tokens[k + 1]?.lower ?? '';
    if (!(DOTS.has(joiner) || DOMAIN_DASHES.has(joiner)) || !isLabel(tokens[k + 2])) break;
    k += 2;
    if (DOTS.has(joiner) && TLDS.has(tokens[k]!.lower)) end = k;
  }
  return end;
}

/** Up to three name pieces (a run of number words counts as one), joined freely by dot, underscore or dash words. */
function readLocal(tokens: readonly Token[], i: number): number | undefined {
  let start: number | undefined;
  let pieces = 0;
  let k = i;
  while (k >= 0) {
    const t = tokens[k]!;
    const bare = t.lower.replace(/['’]s$/, '');
    if (!isLabel(t) || isCueWord(t.lower) || (BEFORE_LOCAL.has(bare) && start !== undefined && !LOCAL_JOINERS.has(tokens[k + 1]?.lower ?? ''))) break;
    if (BEFORE_LOCAL.has(bare) && start === undefined) return undefined;
    const numberWord = isNumberWord(t);
    if (!(numberWord && start !== undefined && isNumberWord(tokens[start]!))) pieces++;
    if (pieces > 3) break;
    start = k;
    if (LOCAL_JOINERS.has(tokens[k - 1]?.lower ?? '') && isLabel(tokens[k - 2])) {
      k -= 2;
      pieces--;
      continue;
    }
    k--;
  }
  return start;
}

function isLabel(t: Token | undefined): boolean {
  return !!t && (t.kind === 'word' || t.kind === 'num');
}

function isNumberWord(t: Token): boolean {
  return t.kind === 'num' || t.lower in DIGIT_WORDS || t.lower in TEEN_WORDS || t.lower in TENS_WORDS;
}
