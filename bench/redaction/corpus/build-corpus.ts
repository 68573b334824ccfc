import { createDemoRng, deriveDemoSeed } from '@undertone/core';
import { asrPieces, assemble, type Example } from './example.js';
import type { Template } from './template.js';

/**
 * A seeded corpus: each example picks a template, a style (written, or spoken as ASR writes it) and, for
 * spoken examples, often lowercase without punctuation. The same seed gives the same corpus.
 */
export function buildCorpus(family: string, templates: readonly Template[], seed: number, count: number): Example[] {
  const examples: Example[] = [];
  for (let i = 0; i < count; i++) {
    const rng = createDemoRng(deriveDemoSeed(seed, family, i));
    const template = rng.pick(templates);
    const style = rng.chance(0.6) ? 'spoken' : 'written';
    const built = template.build(rng, style);
    const lowercase = style === 'spoken' && rng.chance(0.7);
    const pieces = lowercase ? asrPieces(built.pieces) : built.pieces;
    const previous = built.previous !== undefined && lowercase ? built.previous.toLowerCase().replace(/[.,!?]/g, '') : built.previous;
    examples.push(assemble(family, template.name, pieces, previous));
  }
  return examples;
}
