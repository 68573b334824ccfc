import type { CallAnalysis, Flag } from '../analysis/types.js';
import { utteranceTokens } from '../scoring/call-tokens.js';
import { normalizeTokens } from '../scoring/normalize-text.js';
import { formatMs } from '../scoring/scoring-context.js';
import type { KeywordAlert } from './policy-schema.js';

interface Needle { phrase: string; needle: string }

const needlesByAlert = new WeakMap<KeywordAlert, readonly Needle[]>();

/** An alert's phrases as space-delimited normalized text, built once per alert object. */
function needlesOf(alert: KeywordAlert): readonly Needle[] {
  let needles = needlesByAlert.get(alert);
  if (!needles) {
    needles = alert.phrases.map((p) => ({ phrase: p, needle: ` ${normalizeTokens(p).join(' ')} ` }));
    needlesByAlert.set(alert, needles);
  }
  return needles;
}

/** Keyword alerts over transcript text: a phrase matches whole normalized words ("sue" does not match "issue"). */
export function evaluateKeywordAlerts(analysis: CallAnalysis, alerts: readonly KeywordAlert[]): Flag[] {
  const tokens = utteranceTokens(analysis.call.utterances);
  const lines = analysis.call.utterances.map((u, i) => ({ u, text: ` ${tokens[i]!.join(' ')} ` }));
  const flags: Flag[] = [];
  for (const alert of alerts) {
    const phrases = needlesOf(alert);
    const hits: string[] = [];
    for (const { u, text } of lines) {
      if (alert.speaker !== 'any' && u.speaker !== alert.speaker) continue;
      for (const { phrase, needle } of phrases) if (text.includes(needle)) hits.push(`"${phrase}" by the ${u.speaker} at ${formatMs(u.startMs)}`);
    }
    if (hits.length > 0) {
      const more = hits.length > 3 ? ` and ${hits.length - 3} more` : '';
      flags.push({ kind: alert.kind, policy: alert.id, reason: `keyword ${hits.slice(0, 3).join(', ')}${more}` });
    }
  }
  return flags;
}
