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

const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'er', 'ah', 'ahh', 'hmm', 'hm', 'mm', 'mmm', 'mhm']);

export interface NormalizeOptions {
  /** Keep `*` (cue wildcards) instead of treating it as punctuation. */
  keepWildcards?: boolean;
}

export function normalizeCueText(text: string, options: NormalizeOptions = {}): string {
  let s = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  s = s.replace(/\$\s?(\d[\d,]*(?:\.\d+)?)/g, '$1 dollars').replace(/%/g, ' percent').replace(/&/g, ' and ');
  for (const [pattern, replacement] of APOSTROPHE_CONTRACTIONS) s = s.replace(pattern, replacement);
  s = s.replace(options.keepWildcards ? /[^a-z0-9*]+/g : /[^a-z0-9]+/g, ' ');
  const words: string[] = [];
  for (const raw of s.split(' ')) {
    if (raw === '' || FILLERS.has(raw)) continue;
    for (const word of (BARE_CONTRACTIONS[raw] ?? raw).split(' ')) {
      // ASR stutter ("i i i need") collapses to one word.
      if (words[words.length - 1] !== word) words.push(word);
    }
  }
  return words.join(' ');
}
