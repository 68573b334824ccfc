import type { Call, ImportProvenance } from '@undertone/core';
import { clock } from './format.js';

export function renderHeader(call: Call, provenance: ImportProvenance, durationMs: number): string {
  const who = call.agent.name ? `${call.agent.name} (${call.agent.id})` : call.agent.id;
  const facts = [call.callType, call.queue, call.team, call.direction].filter(Boolean).join(' · ');
  const lines = [
    `Call ${call.id}  ·  agent ${who}${facts ? `  ·  ${facts}` : ''}`,
    `  ${call.startedAt ?? 'start time unknown'}  ·  ${clock(durationMs)}  ·  ${call.utterances.length} utterances  ·  format ${provenance.format}`,
    `  agent identified by ${provenance.agentIdentification.method}: ${provenance.agentIdentification.detail}`,
  ];
  for (const w of provenance.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}
