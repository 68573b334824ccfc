import type { Characteristics } from '@undertone/core';
import { clock, percent } from './format.js';

export function renderCharacteristicsSection(c: Characteristics): string {
  const lines = ['Conversation', `  duration        ${clock(c.durationMs)}`];
  for (const [speaker, t] of Object.entries(c.talk)) {
    lines.push(`  ${speaker.padEnd(15)} talk ${clock(t.talkMs)} (${percent(t.talkShare)}), ${t.turns} turns, ${t.wordsPerMinute} words/min`);
  }
  lines.push(`  non-talk        ${clock(c.nonTalk.totalMs)} (${percent(c.nonTalk.share)}) in ${c.nonTalk.instances.length} gap(s) of 3 s or more`);
  for (const g of c.nonTalk.instances.slice(0, 5)) lines.push(`    ${clock(g.startMs)}  ${Math.round(g.durationMs / 1000)} s silence`);
  lines.push(`  interruptions   ${c.interruptions.length}`);
  for (const i of c.interruptions.slice(0, 5)) {
    lines.push(`    ${clock(i.atMs)}  ${i.by} over ${i.of} for ${(i.overlapMs / 1000).toFixed(1)} s`);
  }
  for (const [speaker, m] of Object.entries(c.longestMonologue)) {
    lines.push(`  longest ${speaker.padEnd(7)} ${clock(m.durationMs)} from ${clock(m.startMs)}`);
  }
  return lines.join('\n');
}
