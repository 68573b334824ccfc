/** Words that change the strength or direction of a neighbouring sentiment word (VADER-scale increments). */

/** Added (in the word's direction) to the next sentiment word within three tokens. Negative = dampener. */
export const DEGREE_MODIFIERS: ReadonlyMap<string, number> = new Map([
  ['very', 0.3], ['really', 0.3], ['so', 0.3], ['soo', 0.3], ['too', 0.25], ['extremely', 0.45], ['incredibly', 0.4],
  ['absolutely', 0.4], ['completely', 0.35], ['totally', 0.35], ['utterly', 0.45], ['super', 0.35], ['highly', 0.3],
  ['most', 0.25], ['more', 0.15], ['such', 0.2], ['truly', 0.3], ['especially', 0.25], ['exceptionally', 0.4],
  ['seriously', 0.35], ['insanely', 0.4], ['hugely', 0.35], ['deeply', 0.35], ['entirely', 0.3], ['fully', 0.25],
  ['quite', 0.15], ['freaking', 0.35], ['fucking', 0.4], ['way', 0.15],
  ['kinda', -0.35], ['sorta', -0.35], ['slightly', -0.4], ['somewhat', -0.35], ['barely', -0.5], ['hardly', -0.5],
  ['little', -0.3], ['bit', -0.35], ['fairly', -0.2], ['partly', -0.3], ['mostly', -0.15], ['almost', -0.3],
  ['marginally', -0.4], ['occasionally', -0.3], ['less', -0.3], ['rather', -0.1], ['reasonably', -0.2],
]);

/** Words that negate the sentiment words up to three tokens after them (and "at all" after). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'nowhere', 'neither', 'nor', 'without', 'cannot', "n't",
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't",
  "shouldn't", "haven't", "hasn't", "hadn't", "ain't", "mustn't", "needn't", 'dont', 'doesnt', 'didnt', 'isnt',
  'arent', 'wasnt', 'werent', 'wont', 'wouldnt', 'cant', 'couldnt', 'shouldnt', 'havent', 'hasnt', 'hadnt', 'aint',
  'neva', 'nope', 'nah', 'hardly', 'rarely', 'seldom',
]);

/** A contrast word: what follows it weighs more than what came before. */
export const CONTRAST_AFTER: ReadonlySet<string> = new Set(['but', 'however', 'nevertheless', 'nonetheless', 'yet', 'except']);

/** A concession opener: its own clause weighs less than the rest of the sentence. */
export const CONCESSION_OPENERS: ReadonlySet<string> = new Set(['although', 'though', 'despite', 'while', 'whereas']);

/** Speech fillers that carry no sentiment even when a lexicon scores them ("like", "well", "i mean"). */
export const FILLERS: ReadonlySet<string> = new Set(['um', 'uh', 'erm', 'er', 'hmm', 'mm', 'ah', 'uhm', 'umm', 'uhh']);
