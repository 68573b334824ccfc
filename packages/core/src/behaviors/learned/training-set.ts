/** Training examples from labeled utterances and from a catalog's own positive and negative examples. */
import type { BehaviorCatalog } from '../catalog-schema.js';
import type { IdSpec, TrainingExample } from './training-example.js';

/** The ids the fallback can learn: the catalog's phrase entries (timing detectors are out of its reach). */
export function learnableIds(catalog: BehaviorCatalog): IdSpec[] {
  return catalog.entries.filter((e) => e.detector === 'phrase').map((e) => ({ id: e.id, speaker: e.speaker }));
}

/** Labeled utterances of one speaker: evidence about every learnable id of that speaker. */
export function labeledExamples(rows: ReadonlyArray<{ text: string; labels: readonly string[] }>, speaker: 'agent' | 'customer', ids: readonly IdSpec[]): TrainingExample[] {
  const scoredIds = ids.filter((i) => i.speaker === speaker).map((i) => i.id);
  return rows.map((row) => ({ text: row.text, speaker, labels: row.labels, scoredIds }));
}

/** Each phrase entry's examples: positives and negatives for that entry's id only. */
export function catalogExamples(catalog: BehaviorCatalog): TrainingExample[] {
  return catalog.entries
    .filter((e) => e.detector === 'phrase')
    .flatMap((e) => [
      ...e.examples.positive.map((text) => ({ text, speaker: e.speaker, labels: [e.id], scoredIds: [e.id] })),
      ...e.examples.negative.map((text) => ({ text, speaker: e.speaker, labels: [], scoredIds: [e.id] })),
    ]);
}
