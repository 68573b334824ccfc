import type { SentimentModel } from './sentiment-model.js';
import { createLexiconSentimentEngine, type LexiconSentimentOptions } from './lexicon-sentiment-engine.js';
import { PACKAGE_LEXICONS } from './package-lexicons.js';

export { createLexiconSentimentEngine, type LexiconSentimentOptions } from './lexicon-sentiment-engine.js';

/** The built-in engine over the VADER and AFINN lexicons of the installed packages. */
export function createLexiconSentimentModel(options: LexiconSentimentOptions = {}): SentimentModel {
  return createLexiconSentimentEngine(PACKAGE_LEXICONS, options);
}

let defaultModel: SentimentModel | undefined;

/** The built-in engine with default options, built on first use and shared. */
export function getDefaultSentimentModel(): SentimentModel {
  defaultModel ??= createLexiconSentimentModel();
  return defaultModel;
}
