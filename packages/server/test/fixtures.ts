import type { Call } from '@undertone/core';

/** A small valid call; `overrides` change any top-level field. */
export function makeCall(id: string, overrides: Partial<Call> = {}): Call {
  return {
    id,
    agent: { id: 'agent-1', name: 'Ana' },
    team: 'billing',
    queue: 'support',
    callType: 'inbound-support',
    startedAt: '2026-11-01T09:00:00.000Z',
    utterances: [
      { speaker: 'agent', startMs: 0, endMs: 3000, text: 'Thanks for calling, how can I help you today?' },
      { speaker: 'customer', startMs: 3200, endMs: 8000, text: 'My bill is wrong again and I am really frustrated.' },
      { speaker: 'agent', startMs: 8200, endMs: 12000, text: 'I am sorry about that, let me fix it for you right now.' },
      { speaker: 'customer', startMs: 12500, endMs: 15000, text: 'Great, thank you so much, that is perfect.' },
    ],
    ...overrides,
  };
}
