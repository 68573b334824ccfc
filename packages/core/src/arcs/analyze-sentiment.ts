import type { Call, Speaker } from '../call/call.js';
import type { ScoredUtterance, SentimentAnalysis } from '../analysis/types.js';
import { UndertoneError } from '../errors.js';
import type { SentimentModel } from '../sentiment/sentiment-model.js';
import { resolveArcConfig, type ArcConfig, type ArcConfigOverrides } from './arc-config.js';
import { arcOfSeries } from './compute-arc.js';
import { inflectionsOfSeries, movesOfSeries } from './find-inflections.js';
import { round4 } from './round.js';
import { smoothSeries, type SmoothedPoint, type TimedScore } from './smooth-series.js';

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
  const customerMoves = movesOfSeries(customer, resolved);
  const agentMoves = movesOfSeries(agent, resolved);
  const inflections = [
    ...inflectionsOfSeries(customer, 'customer', resolved, customerMoves),
    ...inflectionsOfSeries(agent, 'agent', resolved, agentMoves),
  ].sort((a, b) => a.atMs - b.atMs || a.utteranceIndex - b.utteranceIndex);
  return {
    model: { name: model.name, version: model.version },
    utterances,
    arcs: { customer: arcOfSeries(customer, durationMs, resolved, customerMoves), agent: arcOfSeries(agent, durationMs, resolved, agentMoves) },
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

function speakerSeries(call: Call, scored: readonly ScoredUtterance[], speaker: Speaker, config: ArcConfig): SmoothedPoint[] {
  const points: TimedScore[] = [];
  for (let index = 0; index < call.utterances.length; index++) {
    const u = call.utterances[index]!;
    if (u.speaker === speaker) points.push({ startMs: u.startMs, endMs: u.endMs, score: scored[index]!.score, index });
  }
  return smoothSeries(points, config);
}
