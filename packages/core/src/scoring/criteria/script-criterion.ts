import type { CallAnalysis } from '../../analysis/types.js';
import { alignIndexed, indexCallStream, indexPattern, type IndexedPattern } from '../indexed-alignment.js';
import { NearMatchIndex } from '../near-match-index.js';
import { normalizeTokens } from '../normalize-text.js';
import type { LeafCriterion } from '../rubric-schema.js';
import { describeSpans, formatMs, inSpans, round, stageSpans, utteranceEvidence, verdict, type CriterionOutcome } from '../scoring-context.js';

type ScriptCriterion = Extract<LeafCriterion, { kind: 'script' }>;

export const DEFAULT_SCRIPT_THRESHOLD = 0.8;

interface CompiledScript { index: NearMatchIndex; pattern: IndexedPattern }

const compiledScripts = new WeakMap<ScriptCriterion, CompiledScript>();

/** The script's tokens in a near-match index of their own, built on first use and kept as long as the rubric is. */
function compiledScript(c: ScriptCriterion): CompiledScript {
  let compiled = compiledScripts.get(c);
  if (!compiled) {
    const index = new NearMatchIndex();
    compiled = { index, pattern: indexPattern(normalizeTokens(c.text), index) };
    compiledScripts.set(c, compiled);
  }
  return compiled;
}

/**
 * Exact-script compliance tolerant of ASR noise: the script's normalized tokens are aligned against the agent's
 * speech (one stream across utterances, since ASR splits sentences), and the best window's similarity must reach the threshold.
 */
export function evaluateScript(c: ScriptCriterion, analysis: CallAnalysis): CriterionOutcome {
  const threshold = c.threshold ?? DEFAULT_SCRIPT_THRESHOLD;
  const spans = c.stage ? stageSpans(analysis, c.stage) : [];
  const included: number[] = [];
  analysis.call.utterances.forEach((u, index) => {
    if (u.speaker !== 'agent') return;
    if (spans.length > 0 && !inSpans(index, spans)) return;
    if (c.withinFirstMs !== undefined && u.startMs > c.withinFirstMs) return;
    included.push(index);
  });
  const { index, pattern } = compiledScript(c);
  const stream = indexCallStream(index, analysis.call.utterances, included);
  const { owner } = stream;
  const scope = [
    c.stage ? (spans.length > 0 ? `in the ${c.stage} stage` : describeSpans(c.stage, spans)) : '',
    c.withinFirstMs !== undefined ? `within the first ${formatMs(c.withinFirstMs)}` : '',
  ].filter(Boolean).join(', ');
  const scopeText = scope ? ` (${scope})` : '';
  if (stream.length === 0) {
    return verdict(false, `the agent said nothing where the script was required${scopeText}`, [
      { quote: '', atMs: spans[0]?.startMs ?? 0, note: `required: "${c.text}"` },
    ]);
  }
  const match = alignIndexed(pattern, stream);
  const indexes = [...new Set(owner.slice(match.start, Math.max(match.start + 1, match.end)))];
  const note = `similarity ${round(match.similarity)} to "${c.text}" (threshold ${threshold})`;
  const evidence = indexes.map((i) => utteranceEvidence(analysis.call.utterances[i]!, i, note));
  const passed = match.similarity >= threshold;
  const reason = passed
    ? `script said${scopeText}: best match similarity ${round(match.similarity)} >= ${threshold}`
    : `script not said${scopeText}: closest match similarity ${round(match.similarity)} < ${threshold}`;
  return verdict(passed, reason, evidence);
}
