import type { Rng } from './prng.js';

/** Spoken texture: fillers, restarts and contractions, so no two renderings of a template read the same. */

const LEADING_FILLERS = ['Um,', 'Uh,', 'So,', 'Yeah,', 'Okay so', 'Well,', 'Oh,', 'Right,', 'Hmm,', 'Alright,'];
const MID_FILLERS = ['um', 'uh', 'like', 'you know', 'I mean', 'basically'];

const CONTRACTIONS: ReadonlyArray<readonly [string, string]> = [
  ['I am', "I'm"], ['I will', "I'll"], ['do not', "don't"], ['does not', "doesn't"],
  ['did not', "didn't"], ['cannot', "can't"], ['that is', "that's"], ['you are', "you're"],
  ['we are', "we're"], ['is not', "isn't"], ['was not', "wasn't"], ['we will', "we'll"],
  ['let us', "let's"], ['would not', "wouldn't"], ['have not', "haven't"],
];

const OTHER_FORM = new Map<string, { other: string; isShort: boolean }>(
  CONTRACTIONS.flatMap(([full, short]) => [[full, { other: short, isShort: false }], [short, { other: full, isShort: true }]] as const),
);
const ANY_FORM = new RegExp(`\\b(${[...OTHER_FORM.keys()].join('|')})\\b`, 'g');

/** Contracts or expands each form it finds, matching how formal this speaker sounds on this call. */
export function varyContractions(text: string, formality: number, rng: Rng): string {
  return text.replace(ANY_FORM, (form: string) => {
    const entry = OTHER_FORM.get(form);
    if (!entry) return form;
    const formal = rng.chance(formality);
    return entry.isShort === formal ? entry.other : form;
  });
}

/** Sprinkles fillers; `rate` near 0 for a polished speaker, ~0.5 for a rambling one. */
export function addFillers(text: string, rate: number, rng: Rng): string {
  let out = text;
  if (rng.chance(rate * 0.6)) out = `${rng.pick(LEADING_FILLERS)} ${lowerFirst(out)}`;
  if (rng.chance(rate * 0.5)) out = insertMidFiller(out, rng);
  if (rng.chance(rate * 0.15)) {
    // A false start: repeat the first word or two, as people do when thinking aloud.
    const words = out.split(' ');
    const head = words.slice(0, rng.int(1, 2)).join(' ').replace(/[,.]$/, '');
    out = `${head}, ${lowerFirst(out)}`;
  }
  return out;
}

function lowerFirst(text: string): string {
  if (text.startsWith('I ') || text.startsWith("I'")) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const CLAUSE_STARTS = new Set(['and', 'but', 'because', 'so', 'then', 'if', 'when', 'which']);

/** Puts a filler where people actually hesitate: after a comma or before a new clause. */
function insertMidFiller(text: string, rng: Rng): string {
  const words = text.split(' ');
  const spots: number[] = [];
  for (let i = 1; i < words.length - 1; i++) {
    const before = words[i - 1] ?? '';
    const next = words[i] ?? '';
    // Not in front of a name or other capitalized word: "Happy to help, um, Zoe" reads wrong.
    if (/^[A-Z]/.test(next) && next !== 'I') continue;
    if (before.endsWith(',') || CLAUSE_STARTS.has(next.toLowerCase())) spots.push(i);
  }
  if (spots.length === 0) return text;
  const at = rng.pick(spots);
  words.splice(at, 0, `${rng.pick(MID_FILLERS)},`);
  return words.join(' ');
}
