import type { MatchText } from '../match-text.js';

/** The inflection keys of a prepared utterance's tokens: the words the learned model reads. */
export function utteranceWords(text: MatchText): string[] {
  return text.infos.map((info) => info.lemma);
}
