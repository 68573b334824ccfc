import type { CallAnalysis, Flag } from '../analysis/types.js';
import { utteranceTokenIds } from '../scoring/call-tokens.js';
import { normalizeTokens } from '../scoring/normalize-text.js';
import { formatMs } from '../scoring/scoring-context.js';
import { wordId, wordIdGeneration } from '../scoring/word-ids.js';
import type { KeywordAlert } from './policy-schema.js';

interface Needle { phrase: string; ids: Int32Array }
interface AlertNeedles { needles: readonly Needle[]; generation: number }

const needlesByAlert = new WeakMap<KeywordAlert, AlertNeedles>();

/** An alert's phrases as normalized word ids, built once per alert object (again if word ids were forgotten). */
function needlesOf(alert: KeywordAlert): readonly Needle[] {
  let cached = needlesByAlert.get(alert);
  if (!cached || cached.generation !== wordIdGeneration()) {
    const generation = wordIdGeneration();
    const needles = alert.phrases.map((p) => ({ phrase: p, ids: Int32Array.from(normalizeTokens(p), wordId) }));
    cached = { needles, generation };
    needlesByAlert.set(alert, cached);
  }
  return cached.needles;
}

/**
 * Keyword alerts over transcript words: a phrase matches whole normalized words in a row ("sue" does not match
 * "issue"). A phrase with no words left after normalization matches an utterance with none.
 */
export function evaluateKeywordAlerts(analysis: CallAnalysis, alerts: readonly KeywordAlert[]): Flag[] {
  const { utterances } = analysis.call;
  const flags: Flag[] = [];
  for (const alert of alerts) {
    const phrases = needlesOf(alert);
    const tokens = utteranceTokenIds(utterances);
    // Reading the call's words can clear the word ids; the needles then need new ids as well.
    if (phrases !== needlesOf(alert)) return evaluateKeywordAlerts(analysis, alerts);
    const hits: string[] = [];
    for (let i = 0; i < utterances.length; i++) {
      const u = utterances[i]!;
      if (alert.speaker !== 'any' && u.speaker !== alert.speaker) continue;
      for (const { phrase, ids } of phrases) if (containsRun(tokens[i]!, ids)) hits.push(`"${phrase}" by the ${u.speaker} at ${formatMs(u.startMs)}`);
    }
    if (hits.length > 0) {
      const more = hits.length > 3 ? ` and ${hits.length - 3} more` : '';
      flags.push({ kind: alert.kind, policy: alert.id, reason: `keyword ${hits.slice(0, 3).join(', ')}${more}` });
    }
  }
  return flags;
}

/** Whether `needle` occurs as consecutive entries of `haystack`; an empty needle only in an empty haystack. */
function containsRun(haystack: Int32Array, needle: Int32Array): boolean {
  if (needle.length === 0) return haystack.length === 0;
  const first = needle[0]!;
  const last = haystack.length - needle.length;
  for (let start = 0; start <= last; start++) {
    if (haystack[start] !== first) continue;
    let k = 1;
    while (k < needle.length && haystack[start + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}
