import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_LEXICONS } from '@undertone/core/sentiment/package-lexicons';
import { buildValenceTable, ownedValenceMap } from '@undertone/core/sentiment/valence-table';
import { createLexiconSentimentEngine } from '@undertone/core/sentiment/lexicon-sentiment-engine';
import { readSentimentValences, writeSentimentValences } from './sentiment-valences.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sentiment-valences-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the valence table file written by the build', () => {
  it('reads back exactly the table the engine builds from the package lexicons', () => {
    const file = path.join(dir, 'table.json');
    const words = writeSentimentValences(PACKAGE_LEXICONS, file);
    const table = readSentimentValences(file);
    expect(table).toBeDefined();
    expect(table!.length).toBe(2 * words);
    expect(Object.fromEntries(ownedValenceMap(table!))).toEqual(Object.fromEntries(buildValenceTable(PACKAGE_LEXICONS)));
  });

  it('scores like the engine over the package lexicons', () => {
    const file = path.join(dir, 'scores.json');
    writeSentimentValences(PACKAGE_LEXICONS, file);
    const fromFile = createLexiconSentimentEngine(readSentimentValences(file)!, { explain: false, extraValences: { hold: -1 } });
    const fromPackages = createLexiconSentimentEngine(PACKAGE_LEXICONS, { explain: false, extraValences: { hold: -1 } });
    for (const text of ['SOOO happy :) but the wait was awful!!', 'please hold, I will check', 'not bad at all 😍']) {
      for (const speaker of [undefined, 'customer', 'agent'] as const) {
        expect(fromFile.score(text, speaker)).toEqual(fromPackages.score(text, speaker));
      }
    }
  });

  it('is undefined for a missing, malformed or truncated file, so the command falls back to the package files', () => {
    expect(readSentimentValences(path.join(dir, 'missing.json'))).toBeUndefined();
    const garbled = path.join(dir, 'garbled.json');
    writeFileSync(garbled, '["good", 1.9, "bad"');
    expect(readSentimentValences(garbled)).toBeUndefined();
    const short = path.join(dir, 'short.json');
    writeFileSync(short, JSON.stringify(['good', 1.9]));
    expect(readSentimentValences(short)).toBeUndefined();
    const wrongType = path.join(dir, 'wrong-type.json');
    writeFileSync(wrongType, JSON.stringify(Array.from({ length: 5000 }, (_, i) => (i === 7 ? 'x' : i % 2 ? 1 : `w${i}`))));
    expect(readSentimentValences(wrongType)).toBeUndefined();
  });
});
