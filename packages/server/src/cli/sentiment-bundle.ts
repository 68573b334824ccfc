import type { CommandModule } from './command.js';

/** `undertone sentiment` bundled into one module by the build (see build/bundle-sentiment-command.ts). */
export const SENTIMENT_BUNDLE_FILE = new URL('./commands/sentiment.bundle.js', import.meta.url);

/** The bundled command, or the compiled modules when the build did not write the bundle. */
export async function loadSentimentCommand(): Promise<CommandModule> {
  try {
    return (await import(SENTIMENT_BUNDLE_FILE.href)) as CommandModule;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw err;
    return import('./commands/sentiment.js');
  }
}
