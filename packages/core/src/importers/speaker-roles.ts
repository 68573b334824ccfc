import type { AgentIdentification, Speaker } from '../call/call.js';
import { guessAgent } from './agent-heuristic.js';
import { invalidInput } from './import-errors.js';
import type { SourceTranscript } from './source-transcript.js';

export interface SpeakerResolution {
  roleOf: Map<string, Speaker>;
  identification: AgentIdentification;
  warnings: string[];
}

function labelsInOrder(source: SourceTranscript): string[] {
  const seen = new Set<string>();
  for (const turn of source.turns) seen.add(turn.label);
  return [...seen];
}

function findLabel(labels: readonly string[], wanted: string): string | undefined {
  const exact = labels.find((l) => l === wanted);
  if (exact !== undefined) return exact;
  const folded = wanted.trim().toLowerCase();
  return labels.find((l) => l.trim().toLowerCase() === folded);
}

/**
 * Maps every source speaker label to a role, in this order of trust:
 * role data in the source, then the --agent-speaker option, then the documented heuristic.
 */
export function resolveSpeakers(source: SourceTranscript, agentSpeaker: string | undefined, file: string | undefined): SpeakerResolution {
  const labels = labelsInOrder(source);
  const roleOf = new Map<string, Speaker>();
  const warnings: string[] = [];

  if (source.roles && source.roles.size > 0) {
    for (const label of labels) {
      const role = source.roles.get(label);
      if (role) roleOf.set(label, role);
      else {
        roleOf.set(label, 'other');
        warnings.push(`speaker "${label}" has no role in the source; mapped to "other"`);
      }
    }
    if (agentSpeaker !== undefined) warnings.push(`--agent-speaker "${agentSpeaker}" ignored: the source names the roles itself`);
    return {
      roleOf,
      identification: { method: source.nativeRoles ? 'native' : 'role-data', detail: source.roleDetail ?? 'roles given in the source' },
      warnings,
    };
  }

  let agentLabel: string;
  let identification: AgentIdentification;
  if (agentSpeaker !== undefined) {
    const found = findLabel(labels, agentSpeaker);
    if (found === undefined) {
      throw invalidInput(`--agent-speaker "${agentSpeaker}" matches no speaker in this transcript`, file, [
        { where: 'agentSpeaker', message: `expected one of: ${labels.map((l) => `"${l}"`).join(', ')}` },
      ]);
    }
    agentLabel = found;
    identification = { method: 'agent-speaker-option', detail: `speaker "${found}" given as the agent` };
  } else {
    const verdict = guessAgent(source.turns, source.direction);
    agentLabel = verdict.agentLabel;
    identification = { method: 'heuristic', detail: verdict.detail };
  }
  for (const label of labels) roleOf.set(label, label === agentLabel ? 'agent' : 'customer');
  if (labels.length > 2) {
    warnings.push(`${labels.length} speakers and no role data: every speaker except "${agentLabel}" mapped to "customer"`);
  }
  return { roleOf, identification, warnings };
}
