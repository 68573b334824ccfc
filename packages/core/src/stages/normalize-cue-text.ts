/**
 * Normalizes transcript text (and cue phrases) to one comparable form: lowercase words separated
 * by single spaces, contractions expanded, fillers and stutters removed. ASR output often has no
 * apostrophes ("dont", "im"), so the apostrophe-less spellings are expanded too.
 */

const APOSTROPHE_CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bain't\b/g, 'is not'],
  [/\blet's\b/g, 'let us'],
  [/\by'all\b/g, 'you all'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'m\b/g, ' am'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'d\b/g, ' would'],
  [/\b(it|that|what|there|here|he|she|who|where|how|when)'s\b/g, '$1 is'],
  // Remaining 's is possessive ("the account's owner"): drop it.
  [/'s\b/g, ''],
];

/** Apostrophe-less ASR spellings that are never ordinary words. */
const BARE_CONTRACTIONS: Record<string, string> = {
  dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not', cannot: 'can not', wont: 'will not',
  isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not',
  hadnt: 'had not', couldnt: 'could not', wouldnt: 'would not', shouldnt: 'should not', im: 'i am', ive: 'i have',
  youre: 'you are', youve: 'you have', youll: 'you will', youd: 'you would', theyre: 'they are', theyve: 'they have',
  weve: 'we have', thats: 'that is', whats: 'what is', theres: 'there is', heres: 'here is', itll: 'it will',
  shes: 'she is', gonna: 'going to', wanna: 'want to', gotta: 'got to', ok: 'okay', alright: 'all right',
};
const BARE_CONTRACTION_WORDS = new Map(Object.entries(BARE_CONTRACTIONS).map(([bare, full]) => [bare, full.split(' ')]));

const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'er', 'ah', 'ahh', 'hmm', 'hm', 'mm', 'mmm', 'mhm']);

const QUOTE_LIKE = /[\u2018\u2019\u02bc`]/;
const DOLLAR_AMOUNT = /\$\s?(\d[\d,]*(?:\.\d+)?)/g;

export interface NormalizeOptions {
  /** Keep `*` (cue wildcards) instead of treating it as punctuation. */
  keepWildcards?: boolean;
}

export function normalizeCueText(text: string, options: NormalizeOptions = {}): string {
  return normalizeCueWords(text, options).join(' ');
}

/** The words of `normalizeCueText(text, options)`, without joining them. */
export function normalizeCueWords(text: string, options: NormalizeOptions = {}): string[] {
  const symbolsSpelled = spellOutSymbols(text.toLowerCase());
  const words: string[] = [];
  if (options.keepWildcards) {
    // Cue phrases only (once per config): a `*` may touch a contraction, so expand the whole text first.
    forEachToken(expandContractions(symbolsSpelled), true, (token) => pushWord(words, token));
  } else {
    forEachWordRun(symbolsSpelled, (run, hasApostrophe) => {
      if (hasApostrophe) forEachToken(expandContractionsCached(run), false, (token) => pushWord(words, token));
      else forEachToken(run, false, (token) => pushWord(words, token));
    });
  }
  return words;
}

/** Curly quotes to apostrophes, "$12" to "12 dollars", "%" and "&" to words; each pass only when its symbol occurs. */
function spellOutSymbols(lower: string): string {
  let s = lower;
  if (QUOTE_LIKE.test(s)) s = s.replace(/[\u2018\u2019\u02bc`]/g, "'");
  if (s.includes('$')) s = s.replace(DOLLAR_AMOUNT, '$1 dollars');
  if (s.includes('%')) s = s.replace(/%/g, ' percent');
  if (s.includes('&')) s = s.replace(/&/g, ' and ');
  return s;
}

function expandContractions(text: string): string {
  let s = text;
  for (const [pattern, replacement] of APOSTROPHE_CONTRACTIONS) s = s.replace(pattern, replacement);
  return s;
}

/**
 * Contraction patterns only ever match inside a run of word characters and apostrophes, and see
 * the run's edges as word boundaries, so expanding run by run gives what expanding the whole text
 * gives. The few dozen contracted forms recur in every call, so their expansions are remembered.
 */
const MAX_CACHED_RUNS = 4096;
const expandedRuns = new Map<string, string>();

function expandContractionsCached(run: string): string {
  let expanded = expandedRuns.get(run);
  if (expanded === undefined) {
    expanded = expandContractions(run);
    if (expandedRuns.size >= MAX_CACHED_RUNS) expandedRuns.clear();
    expandedRuns.set(run, expanded);
  }
  return expanded;
}

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_A = 97;
const CODE_Z = 122;
const CODE_UNDERSCORE = 95;
const CODE_APOSTROPHE = 39;
const CODE_STAR = 42;

function isLetterOrDigit(code: number): boolean {
  return (code >= CODE_A && code <= CODE_Z) || (code >= CODE_0 && code <= CODE_9);
}

/** Calls `visit` with each maximal run of [a-z0-9_'] (the characters contraction patterns work on). */
function forEachWordRun(text: string, visit: (run: string, hasApostrophe: boolean) => void): void {
  let start = -1;
  let hasApostrophe = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    const inRun = isLetterOrDigit(code) || code === CODE_UNDERSCORE || code === CODE_APOSTROPHE;
    if (inRun) {
      if (start < 0) start = i;
      if (code === CODE_APOSTROPHE) hasApostrophe = true;
    } else if (start >= 0) {
      visit(text.slice(start, i), hasApostrophe);
      start = -1;
      hasApostrophe = false;
    }
  }
}

/** Calls `visit` with each maximal run of [a-z0-9] (plus `*` when `keepStar`): the raw words. */
function forEachToken(text: string, keepStar: boolean, visit: (token: string) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (isLetterOrDigit(code) || (keepStar && code === CODE_STAR)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start === 0 && i === text.length ? text : text.slice(start, i));
      start = -1;
    }
  }
}

/** Drops fillers, expands bare contractions, and collapses ASR stutter ("i i i need") to one word. */
function pushWord(words: string[], raw: string): void {
  if (FILLERS.has(raw)) return;
  const expanded = BARE_CONTRACTION_WORDS.get(raw);
  if (expanded === undefined) {
    if (words[words.length - 1] !== raw) words.push(raw);
    return;
  }
  for (const word of expanded) if (words[words.length - 1] !== word) words.push(word);
}
