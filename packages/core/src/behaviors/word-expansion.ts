/**
 * What one raw word of a transcript stands for as normalized words: lowercase, contractions expanded
 * (written "don't" or ASR's "dont"), spoken forms ("gonna") and British spellings folded.
 */
import { RawWordTable } from '../text/raw-word-table.js';
import { vocabularyVersion, wordInfo, type WordInfo } from './vocabulary.js';
import { ownValue } from '../text/own-value.js';

const SPOKEN_FORMS: Record<string, string[]> = {
  gonna: ['going', 'to'], wanna: ['want', 'to'], gotta: ['got', 'to'], kinda: ['kind', 'of'], lemme: ['let', 'me'],
  gimme: ['give', 'me'], dunno: ['do', 'not', 'know'], ya: ['you'], cuz: ['because'], cos: ['because'], ok: ['okay'],
  im: ['i', 'am'], ive: ['i', 'have'], ill: ['i', 'will'], youre: ['you', 'are'], youve: ['you', 'have'],
  youll: ['you', 'will'], youd: ['you', 'would'], theyre: ['they', 'are'], theyve: ['they', 'have'],
  theyll: ['they', 'will'], weve: ['we', 'have'], thats: ['that', 'is'], whats: ['what', 'is'],
  theres: ['there', 'is'], heres: ['here', 'is'], its: ['it', 'is'], lets: ['let', 'us'], hows: ['how', 'is'],
  wheres: ['where', 'is'], whos: ['who', 'is'], aint: ['is', 'not'], cant: ['can', 'not'], wont: ['will', 'not'],
  dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], isnt: ['is', 'not'], arent: ['are', 'not'],
  wasnt: ['was', 'not'], werent: ['were', 'not'], havent: ['have', 'not'], hasnt: ['has', 'not'],
  hadnt: ['had', 'not'], couldnt: ['could', 'not'], wouldnt: ['would', 'not'], shouldnt: ['should', 'not'],
  cannot: ['can', 'not'], apologise: ['apologize'], apologises: ['apologizes'], apologised: ['apologized'],
  apologising: ['apologizing'], realise: ['realize'], recognise: ['recognize'], summarise: ['summarize'],
  prioritise: ['prioritize'], mustve: ['must', 'have'], shouldve: ['should', 'have'], couldve: ['could', 'have'],
  wouldve: ['would', 'have'], mightve: ['might', 'have'], thatd: ['that', 'would'], itd: ['it', 'would'], thatll: ['that', 'will'], itll: ['it', 'will'],
  therell: ['there', 'will'], thered: ['there', 'would'], wholl: ['who', 'will'], whatll: ['what', 'will'], nobodys: ['nobody', 'is'], yall: ['you', 'all'], bout: ['about'], okey: ['okay'], okie: ['okay'], mkay: ['okay'], sec: ['second'], secs: ['seconds'],
};

const IS_CONTRACTION_BASES = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'how', 'when', 'why', 'everything', 'nothing', 'this']);

/** Expansions already computed, by raw word; pure results, so sharing them across calls changes nothing but speed. */
interface Expansion { words: readonly string[]; infos: WordInfo[]; version: number }
const expanded = new RawWordTable<Expansion>(50_000);

/** The words that characters `start` to `end` of `text` (hashing to `hash`) stand for. */
export function expandWord(text: string, start: number, end: number, hash: number): WordInfo[] {
  let expansion = expanded.get(text, start, end, hash);
  if (expansion === undefined) {
    const raw = text.slice(start, end);
    const words = computeExpansion(raw);
    expansion = { words, infos: words.map(wordInfo), version: vocabularyVersion() };
    expanded.add(raw, hash, expansion);
  } else if (expansion.version !== vocabularyVersion()) {
    expansion.infos = expansion.words.map(wordInfo);
    expansion.version = vocabularyVersion();
  }
  return expansion.infos;
}

function computeExpansion(raw: string): string[] {
  const lower = raw.toLowerCase().replace(/\u2019/g, "'");
  if (!lower.includes("'")) return ownValue(SPOKEN_FORMS, lower) ?? [lower];
  if (lower === "can't") return ['can', 'not'];
  if (lower === "won't") return ['will', 'not'];
  if (lower === "ain't") return ['is', 'not'];
  if (lower === "let's") return ['let', 'us'];
  if (lower === "y'all") return ['you', 'all'];
  const [base = '', suffix = ''] = lower.split("'", 2);
  if (suffix === 't' && base.endsWith('n')) return [base.slice(0, -1), 'not'];
  switch (suffix) {
    case 'm': return [base, 'am'];
    case 're': return [base, 'are'];
    case 've': return [base, 'have'];
    case 'll': return [base, 'will'];
    case 'd': return [base, 'would'];
    case 's': return IS_CONTRACTION_BASES.has(base) ? [base, 'is'] : [base];
    default: return [base];
  }
}
