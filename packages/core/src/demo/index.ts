export { generateCall, CALL_TYPE_MIX, type GenerateCallOptions } from './generate-call.js';
export { generateContactCenter, type DemoOptions, type DemoAgent, type DemoTeam, type DemoCenter } from './generate-contact-center.js';
export { AGENT_PROFILES, AVERAGE_TENDENCIES, TENDENCY_KEYS, type AgentTendencies, type AgentProfile } from './tendencies.js';
export { CALL_TYPES as DEMO_CALL_TYPES, type CallType as DemoCallType, type Scenario as DemoScenario } from './scenario.js';
export { SCENARIOS as DEMO_SCENARIOS } from './scenarios/index.js';
export { createRng as createDemoRng, deriveSeed as deriveDemoSeed, type Rng as DemoRng } from './prng.js';
export type { DemoStage } from './dialogue/script.js';
