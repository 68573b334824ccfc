/**
 * Leave-one-file-out cross-validation of the learned fallback on the dev files (never a blind file):
 * per id, the threshold chosen, the model alone's out-of-file precision and recall at it, and what the
 * fallback adds where the catalog found nothing. Run: npm run bench:behaviors -- --cv
 */
import { DEFAULT_BEHAVIOR_CATALOG } from '../../packages/core/src/behaviors/default-catalog.js';
import { detectedIdsIn } from '../../packages/core/src/behaviors/evaluate.js';
import { crossValidate } from '../../packages/core/src/behaviors/learned/cross-validate.js';
import { catalogExamples, learnableIds } from '../../packages/core/src/behaviors/learned/training-set.js';
import { readTrainingFolds } from '../../scripts/behavior-training-data.js';

export function printCrossValidation(): void {
  const ids = learnableIds(DEFAULT_BEHAVIOR_CATALOG);
  const folds = readTrainingFolds(ids);
  const { scores, thresholds } = crossValidate(folds, catalogExamples(DEFAULT_BEHAVIOR_CATALOG), ids);
  const speakerOf = new Map(ids.map((i) => [i.id, i.speaker]));
  const catalogFound = new Map<string, Set<string>>();
  const found = (text: string, speaker: 'agent' | 'customer') => {
    const key = `${speaker}\u0000${text}`;
    let ids = catalogFound.get(key);
    if (!ids) catalogFound.set(key, (ids = detectedIdsIn(text, speaker, { learned: false })));
    return ids;
  };
  const f = (x: number) => x.toFixed(2);
  console.log(`Leave-one-file-out over ${folds.length} dev files (${folds.map((x) => x.name).join(', ')}).`);
  console.log('Model alone: out-of-file precision and recall at the chosen threshold. Added: out-of-file detections where the catalog found nothing.\n');
  console.log('| id | threshold | model P | model R | TP | FP | support | added TP | added FP | catalog misses |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const t of thresholds) {
    const speaker = speakerOf.get(t.id)!;
    let addedTp = 0;
    let addedFp = 0;
    let misses = 0;
    for (const s of scores.get(t.id)!) {
      const byCatalog = found(s.text, speaker).has(t.id);
      if (s.positive && !byCatalog) misses++;
      if (byCatalog || s.score < t.threshold) continue;
      if (s.positive) addedTp++;
      else addedFp++;
    }
    const threshold = Number.isFinite(t.threshold) ? t.threshold.toFixed(2) : 'none';
    console.log(`| ${t.id} | ${threshold} | ${f(t.precision)} | ${f(t.recall)} | ${t.tp} | ${t.fp} | ${t.support} | ${addedTp} | ${addedFp} | ${misses} |`);
  }
}
