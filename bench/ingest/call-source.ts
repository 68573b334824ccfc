import type { Call } from '@undertone/core';

export type MakeCall = (index: number) => Call;

const TEAMS = ['billing', 'retention', 'sales', 'collections', 'tech', 'onboarding', 'claims', 'loyalty'];
const QUEUES = ['support', 'sales', 'retention', 'collections'];
const LINES: Array<[speaker: 'agent' | 'customer', text: string]> = [
  ['agent', 'Thank you for calling, my name is Sam, how can I help you today?'],
  ['customer', 'Hi, I was charged twice this month and I am pretty annoyed about it.'],
  ['agent', 'I am sorry to hear that, let me pull up your account and take a look.'],
  ['customer', 'Sure, the account number is on the letter you sent.'],
  ['agent', 'I can see the duplicate charge here, I will refund it right away.'],
  ['customer', 'Okay, how long will that take to show up?'],
  ['agent', 'It should appear within three to five business days.'],
  ['customer', 'That is fine, thank you for sorting it out so quickly.'],
  ['agent', 'You are welcome, is there anything else I can help with?'],
  ['customer', 'No, that is everything, have a good day.'],
];

/** The fallback when core's demo generator is not available: ten turns repeated to ~40, varied per index. */
export function templateCall(index: number): Call {
  const utterances = Array.from({ length: 40 }, (_, i) => {
    const [speaker, text] = LINES[(i + index) % LINES.length]!;
    return { speaker, startMs: i * 4000, endMs: i * 4000 + 3500, text };
  });
  return {
    id: `bench-${index}`,
    agent: { id: `agent-${index % 200}` },
    team: TEAMS[index % TEAMS.length]!,
    queue: QUEUES[index % QUEUES.length]!,
    callType: QUEUES[index % QUEUES.length]!,
    startedAt: new Date(Date.UTC(2026, 9, 1) + index * 60_000).toISOString(),
    utterances,
  };
}

/** Core's `generateCall` when it can be loaded (realistic calls), else the local template. */
export async function loadCallSource(): Promise<{ name: string; make: MakeCall }> {
  try {
    const mod = (await import('../../packages/core/src/demo/generate-call.js')) as { generateCall: (o: object) => Call };
    const make: MakeCall = (index) =>
      mod.generateCall({
        seed: index + 1,
        id: `bench-${index}`,
        startedAt: new Date(Date.UTC(2026, 9, 1) + index * 60_000).toISOString(),
        agent: { id: `agent-${index % 200}` },
        team: TEAMS[index % TEAMS.length]!,
      });
    make(0);
    return { name: 'core generateCall (demo generator)', make };
  } catch (err) {
    return { name: `local 40-turn template (demo generator unavailable: ${(err as Error).message.split('\n')[0]})`, make: templateCall };
  }
}
