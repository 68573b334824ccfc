import type { Predicted } from './metrics.js';

/**
 * Recovers the redacted spans from a system that only returns redacted text (placeholders such as
 * CREDIT_CARD_NUMBER in place of the data): a token-level longest common subsequence between input and
 * output, case-insensitive; input tokens left unmatched are the redacted spans, named by the placeholder
 * found in the same gap of the output.
 */
export function alignRedactedOutput(input: string, output: string, placeholders: Readonly<Record<string, string | undefined>>): Predicted[] {
  const a = tokens(input);
  const b = tokens(output);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i]!.key === b[j]!.key ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const spans: Predicted[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i]!.key === b[j]!.key) {
      i++;
      j++;
      continue;
    }
    // A gap: input tokens dropped and output tokens added until the sequences meet again.
    const gapStart = i;
    const added: string[] = [];
    while ((i < n || j < m) && !(i < n && j < m && a[i]!.key === b[j]!.key)) {
      if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!.text);
      else i++;
    }
    if (i > gapStart) {
      const label = added.map((t) => placeholders[t]).find((c) => c !== undefined);
      const known = added.some((t) => t in placeholders);
      if (known) spans.push({ ...(label ? { category: label } : {}), start: a[gapStart]!.start, end: a[i - 1]!.end });
    }
  }
  return spans;
}

function tokens(text: string): Array<{ text: string; key: string; start: number; end: number }> {
  return [...text.matchAll(/[A-Za-z0-9_@]+|[^\sA-Za-z0-9_]/g)].map((m) => ({ text: m[0], key: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}
