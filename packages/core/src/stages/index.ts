export { labelStages, labelStagesWithConfig, type StageLabels } from './label-stages.js';
export {
  stageConfigSchema,
  stageConfigSetSchema,
  stageDefinitionSchema,
  type StageConfig,
  type StageConfigInput,
  type StageConfigSet,
  type StageConfigSetInput,
  type StageDefinition,
} from './stage-config.js';
export { parseStageConfig } from './parse-stage-config.js';
export { BUILT_IN_CALL_TYPES, BUILT_IN_STAGE_CONFIGS } from './built-in-stage-configs.js';
export { resolveStageConfig, normalizeCallType } from './resolve-stage-config.js';
export { normalizeCueText } from './normalize-cue-text.js';
export { stageSpansFromLabels } from './stage-spans.js';
