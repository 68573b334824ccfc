/**
 * Which labeled files the learned model trains on: the dev split (`agent.jsonl`, `customer.jsonl` and
 * every `agent-dev*` / `customer-dev*` batch). Blind evaluation files (`*-blind*`) never are.
 */
export interface TrainingFile {
  name: string;
  speaker: 'agent' | 'customer';
}

export function trainingFiles(fileNames: readonly string[]): TrainingFile[] {
  const files: TrainingFile[] = [];
  for (const name of [...fileNames].sort()) {
    if (!name.endsWith('.jsonl') || name.includes('blind')) continue;
    for (const speaker of ['agent', 'customer'] as const) {
      if (name === `${speaker}.jsonl` || name.startsWith(`${speaker}-dev`)) files.push({ name, speaker });
    }
  }
  return files;
}
