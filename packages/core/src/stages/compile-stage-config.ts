import { compileCue, type CompiledCue } from './cue-matcher.js';
import type { StageConfig, StageDefinition } from './stage-config.js';
import { buildStageCueIndex, type StageCueIndex } from './stage-cue-index.js';

export interface CompiledStage {
  definition: StageDefinition;
  /** Stage cues and exit cues together: both are evidence for the stage. */
  cues: CompiledCue[];
  exitCues: CompiledCue[];
}

export interface CompiledStageConfig {
  config: StageConfig;
  stages: CompiledStage[];
  /** Where a call starts when its first words carry no cue. */
  initialStage: number;
  /** Where an expired `while-cued` stage goes when nothing came before it. */
  fallbackStage: number;
  /** Every stage's cues, looked up by the words they need. */
  cueIndex: StageCueIndex;
  /** Per stage, the indexes of the stages it absorbs (see StageDefinition.absorbs). */
  absorbed: number[][];
}

const compiledCache = new WeakMap<StageConfig, CompiledStageConfig>();

function compileAll(phrases: readonly string[]): CompiledCue[] {
  return phrases.map(compileCue).filter((cue): cue is CompiledCue => cue !== null);
}

export function compileStageConfig(config: StageConfig): CompiledStageConfig {
  const cached = compiledCache.get(config);
  if (cached) return cached;
  const stages = config.stages.map((definition) => {
    const exitCues = compileAll(definition.exitCues);
    return { definition, exitCues, cues: [...compileAll(definition.cues), ...exitCues] };
  });
  const startIndex = stages.findIndex((s) => s.definition.position === 'start');
  const namedFallback = stages.findIndex((s) => s.definition.id === config.fallbackStage);
  const firstPlain = stages.findIndex((s) => s.definition.position === undefined && s.definition.persistence === 'until-next-cue');
  const fallbackStage = namedFallback >= 0 ? namedFallback : firstPlain >= 0 ? firstPlain : 0;
  const compiled = {
    config,
    stages,
    initialStage: startIndex >= 0 ? startIndex : fallbackStage,
    fallbackStage,
    cueIndex: buildStageCueIndex(stages),
    absorbed: stages.map((s) => s.definition.absorbs.map((id) => stages.findIndex((t) => t.definition.id === id)).filter((t) => t >= 0)),
  };
  compiledCache.set(config, compiled);
  return compiled;
}
