export { attributeInflections } from './attribute-inflections.js';
export { attributionConfigSchema, DEFAULT_ATTRIBUTION_CONFIG, type AttributionConfig } from './attribution-config.js';
export { behaviorEffect, type BehaviorEffect } from './behavior-effects.js';
export { behaviorSet, cooccurringSets, type StageBehaviorSet } from './behavior-set.js';
export { precedingAgentTurns } from './preceding-turns.js';
