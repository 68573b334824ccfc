import { SPEAKERS, type Speaker, type Utterance, type UtteranceRedaction, type Word } from './call.js';

/*
 * utteranceSchema's parse, written out for the one answer that is cheap to give: "certainly valid". Import
 * checks ~150 utterances per call, and zod did it at about a third of the import's CPU. The result is what
 * `z.array(utteranceSchema).safeParse(value).data` would be (fresh objects, unknown keys dropped, keys in
 * schema order); `undefined` means "not certainly valid", and the caller runs the schema to say why.
 * Every check here mirrors one in call.ts; a key that is present with the value undefined goes to the schema.
 */

const REDACTION_CATEGORIES: ReadonlySet<unknown> = new Set<UtteranceRedaction['category']>([
  'card', 'cvv', 'expiry', 'ssn', 'bank_account', 'routing', 'email', 'phone', 'address', 'dob',
]);
const SPEAKER_SET: ReadonlySet<unknown> = new Set<Speaker>(SPEAKERS);

type Fields = Record<string, unknown>;

/** zod's object check: any non-null, non-array object. */
function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `z.number().finite().nonnegative()` */
function isNonNegativeMs(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function wordsIfValid(value: unknown): Word[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const words: Word[] = new Array<Word>(value.length);
  for (let i = 0; i < value.length; i++) {
    const w: unknown = value[i];
    if (!isObject(w)) return undefined;
    const { text, startMs, endMs } = w;
    if (typeof text !== 'string' || !isNonNegativeMs(startMs) || !isNonNegativeMs(endMs)) return undefined;
    words[i] = { text, startMs, endMs };
  }
  return words;
}

function redactionsIfValid(value: unknown): UtteranceRedaction[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const redactions: UtteranceRedaction[] = new Array<UtteranceRedaction>(value.length);
  for (let i = 0; i < value.length; i++) {
    const r: unknown = value[i];
    if (!isObject(r)) return undefined;
    const { category, startMs, endMs } = r;
    if (!REDACTION_CATEGORIES.has(category) || !isNonNegativeMs(startMs) || !isNonNegativeMs(endMs)) return undefined;
    redactions[i] = { category: category as UtteranceRedaction['category'], startMs, endMs };
  }
  return redactions;
}

function utteranceIfValid(value: unknown): Utterance | undefined {
  if (!isObject(value)) return undefined;
  const { speaker, startMs, endMs, text } = value;
  if (!SPEAKER_SET.has(speaker) || !isNonNegativeMs(startMs) || !isNonNegativeMs(endMs) || typeof text !== 'string') return undefined;
  const utterance: Utterance = { speaker: speaker as Speaker, startMs, endMs, text };
  if ('words' in value) {
    const words = wordsIfValid(value['words']);
    if (!words) return undefined;
    utterance.words = words;
  }
  if ('channel' in value) {
    const channel = value['channel'];
    if (typeof channel !== 'string' && !(typeof channel === 'number' && Number.isFinite(channel))) return undefined;
    utterance.channel = channel;
  }
  if ('redactions' in value) {
    const redactions = redactionsIfValid(value['redactions']);
    if (!redactions) return undefined;
    utterance.redactions = redactions;
  }
  return utterance;
}

/** `z.array(utteranceSchema).min(minLength)` when the value certainly passes it; else undefined. */
export function utterancesIfValid(value: unknown, minLength = 0): Utterance[] | undefined {
  if (!Array.isArray(value) || value.length < minLength) return undefined;
  const utterances: Utterance[] = new Array<Utterance>(value.length);
  for (let i = 0; i < value.length; i++) {
    const utterance = utteranceIfValid(value[i]);
    if (!utterance) return undefined;
    utterances[i] = utterance;
  }
  return utterances;
}
