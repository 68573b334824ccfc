/**
 * Text normalization shared by script and intent matching: lowercase, contractions expanded,
 * punctuation stripped, hesitation fillers dropped. ASR output and written scripts then compare token by token.
 */
/** Each rule with a literal every match contains: a text without the literal skips the regex. */
const CONTRACTIONS: Array<[literal: string, pattern: RegExp, replacement: string]> = [
  ["won't", /\bwon't\b/g, 'will not'],
  ["can't", /\bcan't\b/g, 'can not'],
  ["shan't", /\bshan't\b/g, 'shall not'],
  ["let's", /\blet's\b/g, 'let us'],
  ["n't", /n't\b/g, ' not'],
  ["'re", /'re\b/g, ' are'],
  ["'m", /'m\b/g, ' am'],
  ["'ll", /'ll\b/g, ' will'],
  ["'ve", /'ve\b/g, ' have'],
  ["'d", /'d\b/g, ' would'],
  ["'s", /\b(it|that|what|there|here|he|she|who|where|how)'s\b/g, '$1 is'],
];

const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'er', 'erm', 'ah', 'hmm', 'mm', 'mhm', 'uhm']);

/** ASR often drops apostrophes and writes speech as heard. */
const SPOKEN_FORMS: Record<string, string[]> = {
  dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], cant: ['can', 'not'], wont: ['will', 'not'],
  isnt: ['is', 'not'], arent: ['are', 'not'], wasnt: ['was', 'not'], havent: ['have', 'not'], cannot: ['can', 'not'],
  im: ['i', 'am'], ive: ['i', 'have'], youre: ['you', 'are'], thats: ['that', 'is'], whats: ['what', 'is'],
  gonna: ['going', 'to'], wanna: ['want', 'to'], gotta: ['got', 'to'], lemme: ['let', 'me'], ok: ['okay'],
};

export function normalizeTokens(text: string): string[] {
  let t = text.toLowerCase();
  if (t.includes('\u2018') || t.includes('\u2019')) t = t.replace(/[\u2018\u2019]/g, "'");
  // Every contraction rule needs an apostrophe; most utterances have none, so they skip eleven regex passes.
  if (t.includes("'")) {
    for (const [literal, pattern, replacement] of CONTRACTIONS) if (t.includes(literal)) t = t.replace(pattern, replacement);
    if (t.includes("'s")) t = t.replace(/'s\b/g, '');
  }
  const tokens: string[] = [];
  forEachWord(t, (word) => {
    if (FILLERS.has(word)) return;
    // Own keys only: a plain lookup would turn the word "constructor" into Object's constructor function.
    const spoken = Object.hasOwn(SPOKEN_FORMS, word) ? SPOKEN_FORMS[word]! : undefined;
    if (spoken === undefined) tokens.push(word);
    else for (const part of spoken) tokens.push(part);
  });
  return tokens;
}

/** Calls `visit` with each maximal run of a-z and 0-9: everything else (punctuation, spaces) separates words. */
function forEachWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    const isWordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (isWordChar) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(text.slice(start, i));
      start = -1;
    }
  }
}

export function normalizeText(text: string): string {
  return normalizeTokens(text).join(' ');
}
