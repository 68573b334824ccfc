/** Reads the learned behavior model's training folds: one per dev file (never a blind file, see trainingFiles). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BEHAVIOR_CATALOG } from '../packages/core/src/behaviors/default-catalog.js';
import { labeledUtteranceSchema, parseJsonLines } from '../packages/core/src/behaviors/evaluate.js';
import type { Fold } from '../packages/core/src/behaviors/learned/cross-validate.js';
import type { IdSpec } from '../packages/core/src/behaviors/learned/training-example.js';
import { trainingFiles } from '../packages/core/src/behaviors/learned/training-files.js';
import { labeledExamples, learnableIds } from '../packages/core/src/behaviors/learned/training-set.js';

export const BEHAVIOR_FIXTURES = fileURLToPath(new URL('../packages/core/test/fixtures/behaviors/', import.meta.url));

export function readTrainingFolds(ids: readonly IdSpec[] = learnableIds(DEFAULT_BEHAVIOR_CATALOG), directory = BEHAVIOR_FIXTURES): Fold[] {
  return trainingFiles(readdirSync(directory)).map(({ name, speaker }) => ({
    name,
    examples: labeledExamples(parseJsonLines(readFileSync(directory + name, 'utf8'), labeledUtteranceSchema, name), speaker, ids),
  }));
}
