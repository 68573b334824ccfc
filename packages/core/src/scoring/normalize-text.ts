/**
 * Text normalization shared by script and intent matching: lowercase, contractions expanded,
 * punctuation stripped, hesitation fillers dropped. ASR output and written scripts then compare token by token.
 */
const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/\blet's\b/g, 'let us'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'m\b/g, ' am'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'d\b/g, ' would'],
  [/\b(it|that|what|there|here|he|she|who|where|how)'s\b/g, '$1 is'],
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
  let t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  // Every contraction rule needs an apostrophe; most utterances have none, so they skip eleven regex passes.
  if (t.includes("'")) {
    for (const [pattern, replacement] of CONTRACTIONS) t = t.replace(pattern, replacement);
    t = t.replace(/'s\b/g, '');
  }
  const tokens: string[] = [];
  for (const token of t.replace(/[^a-z0-9\s]/g, ' ').split(/\s+/)) {
    if (token.length === 0 || FILLERS.has(token)) continue;
    // Own keys only: a plain lookup would turn the word "constructor" into Object's constructor function.
    const spoken = Object.hasOwn(SPOKEN_FORMS, token) ? SPOKEN_FORMS[token] : undefined;
    if (spoken === undefined) tokens.push(token);
    else for (const part of spoken) if (!FILLERS.has(part)) tokens.push(part);
  }
  return tokens;
}

export function normalizeText(text: string): string {
  return normalizeTokens(text).join(' ');
}
