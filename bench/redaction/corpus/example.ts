import type { RedactionCategory } from '@undertone/core';

/** A labeled utterance: the personal data spans and, for error analysis, the distractor spans that must stay. */
export interface Example {
  family: string;
  template: string;
  previous?: string;
  text: string;
  spans: Array<{ category: RedactionCategory; start: number; end: number }>;
  distractors: Array<{ kind: string; start: number; end: number }>;
}

/** A piece of an utterance: plain text, personal data, or a distractor. */
export type Piece = string | { pii: RedactionCategory; text: string } | { distractor: string; text: string };

/** Joins pieces into an example, recording where each labeled piece landed. */
export function assemble(family: string, template: string, pieces: readonly Piece[], previous?: string): Example {
  let text = '';
  const spans: Example['spans'] = [];
  const distractors: Example['distractors'] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      continue;
    }
    const start = text.length;
    text += piece.text;
    if ('pii' in piece) spans.push({ category: piece.pii, start, end: text.length });
    else distractors.push({ kind: piece.distractor, start, end: text.length });
  }
  return { family, template, text, spans, distractors, ...(previous !== undefined ? { previous } : {}) };
}

/** ASR transcripts are often lowercase without punctuation: the same pieces, rendered that way. */
export function asrPieces(pieces: readonly Piece[]): Piece[] {
  const flatten = (s: string) => s.toLowerCase().replace(/[.,!?;:"]/g, '').replace(/\s+/g, ' ');
  return pieces.map((p) => (typeof p === 'string' ? flatten(p) : { ...p, text: flatten(p.text).trim() }));
}
