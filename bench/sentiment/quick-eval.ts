/**
 * In-process accuracy check of the engine alone, for tuning (no peers, no process spawn):
 * `npx tsx bench/sentiment/quick-eval.ts [file-filter]`. The full comparison is bench.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLexiconSentimentModel } from '../../packages/core/src/sentiment/lexicon-sentiment-model.js';
import { detectKind, refineLabelKind, type Prediction } from './dataset-kinds.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = process.env.UNDERTONE_SENTIMENT_DATA ?? path.resolve(repoRoot, '../shared/data/sentiment');
const model = createLexiconSentimentModel();
const only = process.argv[2];

for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.jsonl') && (!only || f.includes(only))).sort()) {
  const rows = readFileSync(path.join(dataDir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const kind = refineLabelKind(detectKind(rows[0]), rows);
  const predictions = new Map<string, Prediction>();
  for (const input of kind.inputs(rows)) {
    const { score, label } = model.score(input.text, input.speaker as 'agent' | 'customer' | 'other' | undefined);
    predictions.set(input.id, { score, label });
  }
  const metrics = kind.evaluate(rows, predictions);
  console.log(file.padEnd(26), metrics.map((m) => `${m.primary ? '*' : ''}${m.metric.slice(0, 28)}=${m.value.toFixed(4)}`).join('  '));
}
