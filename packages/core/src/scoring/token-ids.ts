/**
 * normalizeTokens(text) as process-wide word ids, without lowercasing, running regexes on or slicing each word of every
 * utterance: each raw chunk of the text (a run of letters, digits, underscores and apostrophes) is hashed while
 * scanned and looked up in a table of chunks already normalized.
 *
 * Exact because normalizeTokens works chunk by chunk: every contraction rule matches only letters and apostrophes,
 * its word boundaries see the characters around a chunk as non-word characters, and words never span chunks.
 * Texts with characters outside ASCII (other than curly apostrophes) take the whole-text path, since lowercasing
 * can turn some of them into ASCII letters.
 */
import { HASH_SEED, hashStep, RawWordTable } from '../text/raw-word-table.js';
import { normalizeTokens } from './normalize-text.js';
import { wordId, wordIdGeneration } from './word-ids.js';

interface ChunkWords { words: readonly string[]; ids: Int32Array; generation: number }
const chunks = new RawWordTable<ChunkWords>(50_000);

let scratch = new Int32Array(256);
let length = 0;

export function normalizedTokenIds(text: string): Int32Array {
  const generation = wordIdGeneration();
  const ids = scan(text);
  // Ids taken before the word table was cleared are stale; the cleared table has room for the whole text.
  return generation === wordIdGeneration() ? ids : scan(text);
}

function scan(text: string): Int32Array {
  length = 0;
  let i = 0;
  while (i < text.length) {
    let code = text.charCodeAt(i);
    if (!isChunkChar(code)) {
      if (code >= 128) return Int32Array.from(normalizeTokens(text), wordId);
      i++;
      continue;
    }
    const start = i;
    let hash = HASH_SEED;
    while (isChunkChar(code)) {
      hash = hashStep(hash, code);
      code = ++i < text.length ? text.charCodeAt(i) : 0;
    }
    pushAll(chunkIds(text, start, i, hash));
  }
  return scratch.slice(0, length);
}

function chunkIds(text: string, start: number, end: number, hash: number): Int32Array {
  let chunk = chunks.get(text, start, end, hash);
  if (chunk === undefined) {
    const raw = text.slice(start, end);
    const words = normalizeTokens(raw);
    chunk = { words, ids: Int32Array.from(words, wordId), generation: wordIdGeneration() };
    chunks.add(raw, hash, chunk);
  } else if (chunk.generation !== wordIdGeneration()) {
    chunk.ids = Int32Array.from(chunk.words, wordId);
    chunk.generation = wordIdGeneration();
  }
  return chunk.ids;
}

function pushAll(ids: Int32Array): void {
  if (length + ids.length > scratch.length) {
    const grown = new Int32Array(Math.max(scratch.length * 2, length + ids.length));
    grown.set(scratch.subarray(0, length));
    scratch = grown;
  }
  // A loop: these are one to three ids, where TypedArray#set costs more than copying.
  for (let k = 0; k < ids.length; k++) scratch[length++] = ids[k]!;
}

/** 1 at A-Z, a-z, 0-9, underscore and apostrophe. */
const ASCII_CHUNK_CHAR = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  ASCII_CHUNK_CHAR[code] = /[A-Za-z0-9_']/.test(char) ? 1 : 0;
}

/** Those, and the curly apostrophes normalizeTokens reads as one. */
function isChunkChar(code: number): boolean {
  return code < 128 ? ASCII_CHUNK_CHAR[code] === 1 : code === 0x2018 || code === 0x2019;
}
