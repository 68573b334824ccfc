export { generateCall, CALL_TYPE_MIX, type GenerateCallOptions } from './generate-call.js';
export { generateContactCenter, type DemoOptions, type DemoAgent, type DemoTeam, type DemoCenter } from './generate-contact-center.js';
export { AGENT_PROFILES, AVERAGE_TENDENCIES, TENDENCY_KEYS, type AgentTendencies, type AgentProfile } from './tendencies.js';
export { CALL_TYPES, type CallType, type Scenario } from './scenario.js';
export { SCENARIOS } from './scenarios/index.js';
export { createRng, deriveSeed, type Rng } from './prng.js';
export type { DemoStage } from './dialogue/script.js';
