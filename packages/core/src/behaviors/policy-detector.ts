import type { Call } from '../call/call.js';
import type { Detection } from '../analysis/types.js';
import type { CompiledEntry } from './compile-catalog.js';
import { quoteOf, startMsOf } from './detection-source.js';
import type { MatchText } from './match-text.js';
import { findSpans, matchesWholeText, type PhraseMatch } from './phrase-matcher.js';
import { byStartTime } from './timing-detectors.js';

/**
 * After a customer turn carrying one of the `after` signals, the agent's first real response
 * (backchannels skipped) cites policy with no `acknowledgedBy` behavior before the citation.
 */
export function detectPolicyBeforeAcknowledgment(
  call: Call,
  entry: CompiledEntry,
  texts: MatchText[],
  matchesByUtterance: Map<number, Array<PhraseMatch & { id: string }>>,
): Detection[] {
  const order = byStartTime(call);
  const responses = new Set<number>();
  order.forEach((index, position) => {
    if (call.utterances[index]!.speaker !== 'customer') return;
    const signals = matchesByUtterance.get(index) ?? [];
    if (!signals.some((m) => entry.entry.after.includes(m.id))) return;
    const response = order.slice(position + 1).find((i) => call.utterances[i]!.speaker === 'agent' && !matchesWholeText(entry.ignore, texts[i]!));
    if (response !== undefined) responses.add(response);
  });

  const out: Detection[] = [];
  for (const index of [...responses].sort((a, b) => a - b)) {
    const text = texts[index]!;
    const utterance = call.utterances[index]!;
    const citation = firstUnguardedSpan(entry, text);
    if (!citation) continue;
    const acknowledged = (matchesByUtterance.get(index) ?? []).some((m) => entry.entry.acknowledgedBy.includes(m.id) && m.from < citation.from);
    if (acknowledged) continue;
    out.push({ id: entry.entry.id, speaker: 'agent', utteranceIndex: index, startMs: startMsOf(utterance, text, citation), quote: quoteOf(utterance, text, citation) });
  }
  return out;
}

function firstUnguardedSpan(entry: CompiledEntry, text: MatchText) {
  const guards = entry.guards.map((g) => ({ spans: findSpans(g.pattern, text), window: g.window }));
  const spans = entry.patterns.flatMap((pattern) => findSpans(pattern, text)).sort((a, b) => a.from - b.from);
  return spans.find((span) => !guards.some((g) => g.spans.some((s) => s.from < span.to + g.window && s.to > span.from - g.window)));
}
