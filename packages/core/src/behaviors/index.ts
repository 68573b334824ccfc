export { detectBehaviors, compiledCatalogFor, type DetectBehaviorsOptions, type BehaviorDetections } from './detect-behaviors.js';
export { DEFAULT_BEHAVIOR_CATALOG, BEHAVIOR_IDS, SIGNAL_IDS, type BehaviorId, type SignalId } from './default-catalog.js';
export { parseBehaviorCatalog } from './parse-catalog.js';
export { behaviorCatalogSchema, behaviorEntrySchema, DETECTORS, type BehaviorCatalog, type BehaviorCatalogInput, type BehaviorEntry, type Detector } from './catalog-schema.js';
export { DEFAULT_BEHAVIOR_CONFIG, type BehaviorConfig } from './config.js';
export { normalizeText, type NormalizedText, type Token } from './normalize.js';
