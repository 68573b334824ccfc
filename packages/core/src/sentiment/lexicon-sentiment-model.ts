import type { Speaker } from '../call/call.js';
import type { SentimentDriver, SentimentLabel, SentimentModel, UtteranceSentiment } from './sentiment-model.js';
import { tokenize, collapseRuns, type Token } from './tokenize.js';
import { buildValenceTable } from './valence-table.js';
import { PHRASE_CUES } from './phrase-cues.js';
import { compilePattern, firstWords, matchAt, type CompiledPattern } from './phrase-pattern.js';
import { CONCESSION_OPENERS, CONTRAST_AFTER, DEGREE_MODIFIERS, FILLERS, NEGATORS } from './modifiers.js';

export interface LexiconSentimentOptions {
  /** Extra or overriding word valences on the -4..4 scale. */
  extraValences?: Readonly<Record<string, number>>;
  /** |score| at or below this is labelled neutral. Default 0.05. */
  neutralBand?: number;
}

interface IndexedCue {
  pattern: CompiledPattern;
  valence: number;
  note: string;
}

/** Scale of the x / sqrt(x^2 + k) squashing: the summed valence at which the score reaches ~0.6. */
const SQUASH = 12;
const NEGATION_FLIP = -0.74;
const NEGATED_NEGATIVE = -0.5;
const NEGATED_CUE = 0.25;
const SHOUT_BOOST = 0.7;
const ELONGATION_BOOST = 0.4;
const EXCLAMATION_BOOST = 0.25;
const CONTRAST_BEFORE = 0.5;
const CONTRAST_AFTER_WEIGHT = 1.5;
const QUESTION_DAMPING = 0.75;
const LIKE_AS_VERB_AFTER = new Set(['i', 'we', 'you', 'they', 'really', 'would', "i'd", "we'd", 'totally', 'also', 'do', 'did', "don't", 'dont', "didn't", 'didnt']);
const KIND_OF = new Set(['kind', 'sort', 'kinda', 'sorta']);

function indexCues(): Map<string, IndexedCue[]> {
  const byFirstWord = new Map<string, IndexedCue[]>();
  for (const cue of PHRASE_CUES) {
    const pattern = compilePattern(cue.pattern);
    for (const word of firstWords(pattern)) {
      const list = byFirstWord.get(word) ?? [];
      list.push({ pattern, valence: cue.valence, note: cue.note });
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

export function createLexiconSentimentModel(options: LexiconSentimentOptions = {}): SentimentModel {
  const valences = buildValenceTable(options.extraValences);
  const cues = indexCues();
  const band = options.neutralBand ?? 0.05;

  function valenceOf(token: Token): number | undefined {
    const direct = valences.get(token.text);
    if (direct !== undefined || !token.elongated) return direct;
    return valences.get(collapseRuns(token.text, 2)) ?? valences.get(collapseRuns(token.text, 1));
  }

  function normalizedWord(token: Token): string {
    if (!token.elongated) return token.text;
    const two = collapseRuns(token.text, 2);
    if (DEGREE_MODIFIERS.has(two) || NEGATORS.has(two)) return two;
    return collapseRuns(token.text, 1);
  }

  function score(text: string, _speaker?: Speaker): UtteranceSentiment {
    const { tokens, exclamations, questions, mixedCase } = tokenize(text, (chunk) => valences.has(chunk));
    const n = tokens.length;
    const words: string[] = new Array(n);
    const clauseEnds: boolean[] = new Array(n);
    for (let i = 0; i < n; i++) {
      words[i] = normalizedWord(tokens[i]!);
      clauseEnds[i] = tokens[i]!.clauseEnd;
    }
    const weights = contrastWeights(words, clauseEnds);
    const drivers: SentimentDriver[] = [];
    let sum = 0;
    let i = 0;
    while (i < n) {
      const word = words[i]!;
      const cueList = cues.get(word);
      if (cueList) {
        let bestEnd = -1;
        let best: IndexedCue | undefined;
        for (const cue of cueList) {
          const end = matchAt(cue.pattern, words, clauseEnds, i);
          if (end > bestEnd) {
            bestEnd = end;
            best = cue;
          }
        }
        if (best && bestEnd > i) {
          const negated = negatorBefore(words, clauseEnds, i) >= 0 && best.valence < 0;
          const weight = best.valence * (negated ? NEGATED_CUE : 1) * weights[i]!;
          sum += weight;
          const note = negated ? `${best.note}, negated` : best.note;
          drivers.push({ text: words.slice(i, bestEnd).join(' '), weight: round(weight), note });
          i = bestEnd;
          continue;
        }
      }
      const base = wordValence(tokens, words, i);
      if (base !== 0) {
        const { value, notes } = modulate(base, tokens, words, clauseEnds, i, mixedCase);
        const weight = value * weights[i]!;
        if (weights[i] !== 1) notes.push(weights[i]! > 1 ? 'after contrast' : 'before contrast');
        sum += weight;
        const driver: SentimentDriver = { text: tokens[i]!.text, weight: round(weight) };
        if (notes.length > 0) driver.note = notes.join(', ');
        drivers.push(driver);
      }
      i++;
    }
    if (sum !== 0 && questions > 0 && exclamations === 0) sum *= QUESTION_DAMPING;
    if (sum !== 0 && exclamations > 0) {
      const boost = Math.sign(sum) * EXCLAMATION_BOOST * Math.min(exclamations, 4);
      sum += boost;
      drivers.push({ text: '!'.repeat(Math.min(exclamations, 4)), weight: round(boost), note: 'exclamation' });
    }
    const value = sum / Math.sqrt(sum * sum + SQUASH);
    const clipped = Math.max(-1, Math.min(1, value));
    return { score: round(clipped), label: labelFor(clipped, band), drivers };
  }

  function wordValence(tokens: Token[], words: string[], i: number): number {
    const word = words[i]!;
    if (FILLERS.has(word) || NEGATORS.has(word) || DEGREE_MODIFIERS.has(word)) return 0;
    if (word === 'like') return i > 0 && LIKE_AS_VERB_AFTER.has(words[i - 1]!) ? 1.5 : 0;
    if (KIND_OF.has(word) && words[i + 1] === 'of') return 0;
    if (word === 'mean' && words[i - 1] === 'i') return 0;
    return valenceOf(tokens[i]!) ?? 0;
  }

  function modulate(
    base: number,
    tokens: Token[],
    words: string[],
    clauseEnds: boolean[],
    i: number,
    mixedCase: boolean,
  ): { value: number; notes: string[] } {
    const notes: string[] = [];
    let value = base;
    const sign = Math.sign(base);
    const degree = degreeBefore(words, clauseEnds, i);
    if (degree !== 0) {
      value += sign * degree;
      notes.push(degree > 0 ? 'intensified' : 'dampened');
    }
    const token = tokens[i]!;
    if (token.shouted && mixedCase) {
      value += sign * SHOUT_BOOST;
      notes.push('ALL CAPS');
    }
    if (token.elongated) {
      value += sign * ELONGATION_BOOST;
      notes.push('elongated');
    }
    if (negatorBefore(words, clauseEnds, i) >= 0 || negatedByAtAll(words, i)) {
      value *= value > 0 ? NEGATION_FLIP : NEGATED_NEGATIVE;
      notes.push('negated');
    }
    return { value, notes };
  }

  return { name: 'undertone-lexicon', version: '1.0.0', score };
}

/** Index of a negator in the three tokens before `i` within the same clause, or -1. */
function negatorBefore(words: string[], clauseEnds: boolean[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (clauseEnds[k]) return -1;
    if (NEGATORS.has(words[k]!)) return k;
    if (CONTRAST_AFTER.has(words[k]!)) return -1;
  }
  return -1;
}

/** "helpful at all" in a question or after "not" is handled by negatorBefore; "at all" alone is emphasis. */
function negatedByAtAll(_words: string[], _i: number): boolean {
  return false;
}

/** Summed degree modifiers directly before `i` ("very", "a bit", "kind of"), with distance decay. */
function degreeBefore(words: string[], clauseEnds: boolean[], i: number): number {
  let total = 0;
  for (let k = i - 1, distance = 1; k >= 0 && distance <= 2; k--, distance++) {
    if (clauseEnds[k]) break;
    const word = words[k]!;
    let degree = DEGREE_MODIFIERS.get(word);
    if (word === 'of' && k > 0 && KIND_OF.has(words[k - 1]!)) {
      degree = -0.35;
      k--;
    }
    if (degree === undefined) {
      if (NEGATORS.has(word)) continue;
      break;
    }
    total += distance === 1 ? degree : degree * 0.9;
  }
  return total;
}

/**
 * Per-token weight for contrast: after "but"/"however" the clause weighs more and what came before less;
 * a leading "although ..." clause weighs less than the main clause after it.
 */
function contrastWeights(words: string[], clauseEnds: boolean[]): number[] {
  const n = words.length;
  const weights: number[] = new Array(n).fill(1);
  let lastContrast = -1;
  for (let i = 0; i < n; i++) if (CONTRAST_AFTER.has(words[i]!) && i > 0) lastContrast = i;
  if (lastContrast > 0) {
    for (let i = 0; i < lastContrast; i++) weights[i] = CONTRAST_BEFORE;
    for (let i = lastContrast + 1; i < n; i++) weights[i] = CONTRAST_AFTER_WEIGHT;
    return weights;
  }
  if (n > 0 && CONCESSION_OPENERS.has(words[0]!)) {
    let i = 0;
    while (i < n && !clauseEnds[i]) weights[i++] = CONTRAST_BEFORE;
    if (i < n) weights[i] = CONTRAST_BEFORE;
    for (let k = i + 1; k < n; k++) weights[k] = CONTRAST_AFTER_WEIGHT;
  }
  return weights;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

let defaultModel: SentimentModel | undefined;

/** The built-in engine with default options, built on first use and shared. */
export function getDefaultSentimentModel(): SentimentModel {
  defaultModel ??= createLexiconSentimentModel();
  return defaultModel;
}
