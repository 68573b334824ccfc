import type { CallAnalysis, Evidence } from '../../analysis/types.js';
import type { LeafCriterion } from '../rubric-schema.js';
import { formatMs, notApplicable, round, utteranceEvidence, verdict, type CriterionOutcome } from '../scoring-context.js';

type CharacteristicCriterion = Extract<LeafCriterion, { kind: 'characteristic' }>;

interface Measured { value: number | undefined; evidence: Evidence[] }

function measure(c: CharacteristicCriterion, analysis: CallAnalysis): Measured {
  const ch = analysis.characteristics;
  const utterances = analysis.call.utterances;
  switch (c.metric) {
    case 'agent_talk_share':
    case 'customer_talk_share': {
      const speaker = c.metric === 'agent_talk_share' ? 'agent' : 'customer';
      const talk = ch.talk[speaker];
      const note = talk ? `${speaker} talked ${round(talk.talkMs / 1000, 1)} s of ${round(ch.durationMs / 1000, 1)} s` : undefined;
      return { value: talk?.talkShare ?? 0, evidence: note ? [{ quote: '', atMs: 0, note }] : [] };
    }
    case 'max_dead_air_ms': {
      const longest = [...ch.nonTalk.instances].sort((a, b) => b.durationMs - a.durationMs || a.startMs - b.startMs)[0];
      if (!longest) return { value: 0, evidence: [{ quote: '', atMs: 0, note: 'no silent gaps' }] };
      const before = utterances[longest.afterIndex];
      const note = `${round(longest.durationMs / 1000, 1)} s of silence at ${formatMs(longest.startMs)}`;
      return {
        value: longest.durationMs,
        evidence: [before ? utteranceEvidence(before, longest.afterIndex, note) : { quote: '', atMs: longest.startMs, note }],
      };
    }
    case 'non_talk_share':
      return { value: ch.nonTalk.share, evidence: [{ quote: '', atMs: 0, note: `${round(ch.nonTalk.totalMs / 1000, 1)} s of silence in total` }] };
    case 'agent_interruptions': {
      const byAgent = ch.interruptions.filter((i) => i.by === 'agent');
      return {
        value: byAgent.length,
        evidence: byAgent.slice(0, 3).map((i) => {
          const u = utterances[i.utteranceIndex];
          return u ? utteranceEvidence(u, i.utteranceIndex, `agent talked over the ${i.of} for ${i.overlapMs} ms`) : { quote: '', atMs: i.atMs };
        }),
      };
    }
    case 'agent_words_per_minute':
      return { value: ch.talk.agent?.wordsPerMinute, evidence: [] };
  }
}

export function evaluateCharacteristic(c: CharacteristicCriterion, analysis: CallAnalysis): CriterionOutcome {
  const { value, evidence } = measure(c, analysis);
  if (value === undefined) return notApplicable(`${c.metric} could not be measured for this call`);
  const tooLow = c.min !== undefined && value < c.min;
  const tooHigh = c.max !== undefined && value > c.max;
  const bounds = [c.min !== undefined ? `>= ${c.min}` : '', c.max !== undefined ? `<= ${c.max}` : ''].filter(Boolean).join(' and ');
  return verdict(!tooLow && !tooHigh, `${c.metric} is ${round(value)}; required ${bounds}`, evidence);
}
