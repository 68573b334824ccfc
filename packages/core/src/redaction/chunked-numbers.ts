import type { TextRedaction } from './categories.js';
import { isCardNumber, nanpValid } from './checksums.js';
import type { DigitRun } from './digit-runs.js';
import type { ContextResolver } from './resolve-context.js';
import type { Token } from './tokenize.js';

/** Words callers put between chunks of a number they read out ("four one one one, and then one one one one"). */
const BETWEEN_CHUNKS = new Set(['and', 'then', 'next', 'okay', 'ok', 'yep', 'yeah', 'uh', 'um', 'so', 'right', 'hmm', 'sorry', 'is', "it's", 'its']);
const MAX_DIGITS = 19;
const MAX_GAP_WORDS = 3;

/**
 * A card, SSN or phone number read out in chunks with a few words between them. Chunks join only when the
 * whole is a checksummed card, or when a cue says what is being read (a card, a social, a phone number).
 */
export function findChunkedNumbers(tokens: readonly Token[], runs: readonly DigitRun[], contextOf: ContextResolver): { spans: TextRedaction[]; consumed: Set<DigitRun> } {
  const spans: TextRedaction[] = [];
  const consumed = new Set<DigitRun>();
  let i = 0;
  while (i < runs.length) {
    let j = i;
    let total = runs[i]!.digits.length;
    while (j + 1 < runs.length && total + runs[j + 1]!.digits.length <= MAX_DIGITS && onlyChunkGap(tokens, runs[j]!.lastToken + 1, runs[j + 1]!.firstToken)) total += runs[++j]!.digits.length;
    let matched = false;
    for (let end = j; end > i && !matched; end--) {
      const group = runs.slice(i, end + 1);
      const category = classifyChunks(group.map((r) => r.digits).join(''), contextOf(group[0]!.firstToken, group[group.length - 1]!.lastToken));
      if (category) {
        spans.push({ category, start: group[0]!.start, end: group[group.length - 1]!.end });
        group.forEach((r) => consumed.add(r));
        i = end + 1;
        matched = true;
      }
    }
    if (!matched) i++;
  }
  return { spans, consumed };
}

function classifyChunks(digits: string, context: ReturnType<ContextResolver>): TextRedaction['category'] | undefined {
  const n = digits.length;
  if (n >= 13 && n <= 19 && (isCardNumber(digits) || context === 'card')) return 'card';
  if (n === 9 && context === 'ssn') return 'ssn';
  if ((n === 10 || n === 11) && context === 'phone' && nanpValid(digits)) return 'phone';
  return undefined;
}

/** A few filler words, or a comma alone ("123, 45, 6789": written numbers that a comma kept apart). */
function onlyChunkGap(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let commas = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && (t.lower === ',' || t.lower === '.')) {
      if (t.lower === ',') commas++;
      continue;
    }
    if (t.kind !== 'word' || !BETWEEN_CHUNKS.has(t.lower)) return false;
    words++;
  }
  return (words >= 1 || commas >= 1) && words <= MAX_GAP_WORDS;
}
