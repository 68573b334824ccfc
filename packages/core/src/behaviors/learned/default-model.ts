/**
 * The learned model trained by `npm run build` (scripts/train-behavior-model.ts writes
 * generated/trained-model.ts, which git ignores). Without a build there is no model, and
 * detectBehaviors uses the catalog alone.
 */
import type { LearnedModel } from './model.js';

// Not a literal: the compiler must not require a file that exists only after training.
const GENERATED_MODULE = './generated/trained-model.js';

async function loadTrainedModel(): Promise<LearnedModel | undefined> {
  try {
    const module = (await import(/* @vite-ignore */ GENERATED_MODULE)) as { TRAINED_MODEL?: LearnedModel };
    return module.TRAINED_MODEL;
  } catch {
    return undefined;
  }
}

export const DEFAULT_LEARNED_MODEL: LearnedModel | undefined = await loadTrainedModel();
