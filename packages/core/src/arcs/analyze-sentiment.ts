import type { Call, Speaker } from '../call/call.js';
import type { ScoredUtterance, SentimentAnalysis } from '../analysis/types.js';
import { UndertoneError } from '../errors.js';
import type { SentimentModel } from '../sentiment/sentiment-model.js';
import { resolveArcConfig, type ArcConfig, type ArcConfigOverrides } from './arc-config.js';
import { arcOfColumns } from './compute-arc.js';
import { inflectionsOfColumns, movesOfColumns } from './find-inflections.js';
import { round4 } from './round.js';
import { smoothColumns, type SmoothedSeries } from './smooth-series.js';

/**
 * Scores every utterance with `model`, then builds the customer and agent arcs and their inflections.
 * Utterances of `other` speakers are scored but left out of the arcs.
 */
export function analyzeSentiment(call: Call, model: SentimentModel, config: ArcConfigOverrides = {}): SentimentAnalysis {
  const resolved = resolveArcConfig(config);
  const utterances = scoreUtterances(call, model);
  let durationMs = call.durationMs ?? 0;
  for (const u of call.utterances) durationMs = Math.max(durationMs, u.endMs);
  const seriesOf = (speaker: Speaker) => speakerSeries(call, utterances, speaker, resolved);
  const customer = seriesOf('customer');
  const agent = seriesOf('agent');
  // The same moves give the inflections and the arc's pattern.
  const customerMoves = movesOfColumns(customer, resolved);
  const agentMoves = movesOfColumns(agent, resolved);
  const inflections = [
    ...inflectionsOfColumns(customer, 'customer', resolved, customerMoves),
    ...inflectionsOfColumns(agent, 'agent', resolved, agentMoves),
  ].sort((a, b) => a.atMs - b.atMs || a.utteranceIndex - b.utteranceIndex);
  return {
    model: { name: model.name, version: model.version },
    utterances,
    arcs: { customer: arcOfColumns(customer, durationMs, resolved, customerMoves), agent: arcOfColumns(agent, durationMs, resolved, agentMoves) },
    inflections,
  };
}

function scoreUtterances(call: Call, model: SentimentModel): ScoredUtterance[] {
  const scored = new Array<ScoredUtterance>(call.utterances.length);
  for (let index = 0; index < call.utterances.length; index++) {
    const u = call.utterances[index]!;
    // The lazily explained result of `score` costs more to make than the score itself; only score and label are read here.
    const result = model.scoreAndLabel ? model.scoreAndLabel(u.text, u.speaker) : model.score(u.text, u.speaker);
    if (!Number.isFinite(result.score)) {
      throw new UndertoneError('INVALID_INPUT', `Sentiment model "${model.name}" ${model.version} returned a non-finite score; it must return a number in [-1, 1].`, {
        issues: [{ where: `$.utterances[${index}].text`, message: `score was ${String(result.score)}` }],
      });
    }
    scored[index] = { index, score: round4(Math.max(-1, Math.min(1, result.score))), label: result.label };
  }
  return scored;
}

function speakerSeries(call: Call, scored: readonly ScoredUtterance[], speaker: Speaker, config: ArcConfig): SmoothedSeries {
  const utterances = call.utterances;
  let n = 0;
  for (let index = 0; index < utterances.length; index++) if (utterances[index]!.speaker === speaker) n++;
  const input = { startMs: new Float64Array(n), endMs: new Float64Array(n), score: new Float64Array(n), index: new Float64Array(n) };
  for (let index = 0, i = 0; index < utterances.length; index++) {
    const u = utterances[index]!;
    if (u.speaker !== speaker) continue;
    input.startMs[i] = u.startMs;
    input.endMs[i] = u.endMs;
    input.score[i] = scored[index]!.score;
    input.index[i] = index;
    i++;
  }
  return smoothColumns(input, config);
}
