/**
 * Tiny token patterns for multi-word cues: words separated by spaces, `a|b` alternatives, `word?` optional,
 * `*` a gap of up to three tokens. Patterns are compiled once; matching walks tokens without regexes.
 */

export type PatternStep =
  | { kind: 'word'; options: ReadonlySet<string>; optional: boolean }
  | { kind: 'gap'; max: number };

export interface CompiledPattern {
  steps: PatternStep[];
  source: string;
}

const GAP_MAX = 3;

export function compilePattern(source: string): CompiledPattern {
  const steps: PatternStep[] = source.split(/\s+/).filter(Boolean).map((part): PatternStep => {
    if (part === '*') return { kind: 'gap', max: GAP_MAX };
    const optional = part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    return { kind: 'word', options: new Set(body.split('|')), optional };
  });
  const first = steps[0];
  if (!first || first.kind !== 'word' || first.optional) {
    throw new Error(`phrase pattern "${source}" must start with a required word; put gaps and optional words after it`);
  }
  return { steps, source };
}

/** The words a pattern can start with, to index patterns by first token. */
export function firstWords(pattern: CompiledPattern): Iterable<string> {
  const first = pattern.steps[0] as Extract<PatternStep, { kind: 'word' }>;
  return first.options;
}

/** The words the token after the first must be, or undefined when the pattern does not fix it (optional, gap, none). */
export function secondWords(pattern: CompiledPattern): ReadonlySet<string> | undefined {
  const second = pattern.steps[1];
  return second !== undefined && second.kind === 'word' && !second.optional ? second.options : undefined;
}

/**
 * Returns the index one past the last matched token, or -1. Gaps do not cross a clause boundary, so
 * "cancel, and my account ..." does not match "cancel * account". Only the first `length` tokens exist.
 */
export function matchAt(
  pattern: CompiledPattern,
  words: readonly string[],
  clauseEnds: readonly boolean[],
  start: number,
  length = words.length,
): number {
  return matchFrom(pattern.steps, 0, words, clauseEnds, start, length);
}

function matchFrom(
  steps: readonly PatternStep[],
  stepIndex: number,
  words: readonly string[],
  clauseEnds: readonly boolean[],
  position: number,
  length: number,
): number {
  if (stepIndex === steps.length) return position;
  const step = steps[stepIndex]!;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max; skip++) {
      const end = matchFrom(steps, stepIndex + 1, words, clauseEnds, position + skip, length);
      if (end >= 0) return end;
      const skipped = position + skip;
      if (skipped >= length || clauseEnds[skipped]) break;
    }
    return -1;
  }
  if (position < length && step.options.has(words[position]!)) {
    const end = matchFrom(steps, stepIndex + 1, words, clauseEnds, position + 1, length);
    if (end >= 0) return end;
  }
  return step.optional ? matchFrom(steps, stepIndex + 1, words, clauseEnds, position, length) : -1;
}
