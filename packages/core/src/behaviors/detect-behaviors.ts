import type { Call } from '../call/call.js';
import type { Detection } from '../analysis/types.js';
import { UndertoneError } from '../errors.js';
import type { BehaviorCatalog } from './catalog-schema.js';
import { compileCatalog, type CompiledCatalog, type CompiledEntry } from './compile-catalog.js';
import { DEFAULT_BEHAVIOR_CONFIG, type BehaviorConfig } from './config.js';
import { DEFAULT_BEHAVIOR_CATALOG } from './default-catalog.js';
import { quoteOf, startMsOf } from './detection-source.js';
import type { MatchText } from './match-text.js';
import { prepareText } from './normalize.js';
import { matchPhrases, type PhraseMatch } from './phrase-matcher.js';
import { DEFAULT_LEARNED_MODEL } from './learned/default-model.js';
import { learnedFallback } from './learned/learned-fallback.js';
import type { LearnedModel } from './learned/model.js';
import { detectPolicyBeforeAcknowledgment } from './policy-detector.js';
import { detectDeadAir, detectHoldsWithoutPermission, detectInterruptions } from './timing-detectors.js';

export interface DetectBehaviorsOptions {
  catalog?: BehaviorCatalog;
  config?: Partial<BehaviorConfig>;
  /** The learned fallback (learned/): the built model by default, another model, or false for the catalog alone. */
  learned?: LearnedModel | false;
}
export interface BehaviorDetections {
  behaviors: Detection[];
  signals: Detection[];
}

const compiledCatalogs = new WeakMap<BehaviorCatalog, CompiledCatalog>();

/** Compiles a catalog once per catalog object; an invalid catalog throws INVALID_CONFIG listing every problem. */
export function compiledCatalogFor(catalog: BehaviorCatalog): CompiledCatalog {
  const cached = compiledCatalogs.get(catalog);
  if (cached) return cached;
  const { compiled, issues } = compileCatalog(catalog);
  if (issues.length > 0) throw new UndertoneError('INVALID_CONFIG', 'behavior catalog is invalid; fix the patterns listed below', { issues });
  compiledCatalogs.set(catalog, compiled);
  return compiled;
}

/** Thresholds: the catalog entry's params, overridden by the per-run config. */
function effectiveConfig(compiled: CompiledCatalog, overrides: Partial<BehaviorConfig> | undefined): BehaviorConfig {
  const param = (detector: string, name: string): number | undefined => compiled.entries.find((e) => e.entry.detector === detector)?.entry.params[name];
  const fromCatalog: Partial<BehaviorConfig> = {};
  const overlap = param('interruption', 'minOverlapMs');
  const deadAir = param('dead_air', 'minSilenceMs');
  const hold = param('hold_without_permission', 'minSilenceMs');
  if (overlap !== undefined) fromCatalog.interruptionMinOverlapMs = overlap;
  if (deadAir !== undefined) fromCatalog.deadAirMinMs = deadAir;
  if (hold !== undefined) fromCatalog.holdMinMs = hold;
  return { ...DEFAULT_BEHAVIOR_CONFIG, ...fromCatalog, ...overrides };
}

/** Agent behaviors and customer signals in a call, each sorted by time. Pure. */
export function detectBehaviors(call: Call, options: DetectBehaviorsOptions = {}): BehaviorDetections {
  const compiled = compiledCatalogFor(options.catalog ?? DEFAULT_BEHAVIOR_CATALOG);
  const config = effectiveConfig(compiled, options.config);
  const texts = call.utterances.map((u) => prepareText(u.text));
  const detections: Detection[] = [];
  const matchesByUtterance = new Map<number, Array<PhraseMatch & { id: string }>>();
  const learned = options.learned === false ? undefined : (options.learned ?? DEFAULT_LEARNED_MODEL);
  const fallback = learned && learnedFallback(learned, compiled);

  call.utterances.forEach((utterance, index) => {
    const text = texts[index]!;
    const found = matchPhrases(compiled, text, utterance.speaker);
    if (fallback) detections.push(...fallback(utterance, index, text, found));
    if (found.length === 0) return;
    const matches = found.map((m) => ({ entryIndex: m.entryIndex, from: m.from, to: m.to, id: compiled.entries[m.entryIndex]!.entry.id }));
    matchesByUtterance.set(index, matches);
    const firstPerEntry = new Map<number, PhraseMatch>();
    for (const m of matches) if (!firstPerEntry.has(m.entryIndex) || firstPerEntry.get(m.entryIndex)!.from > m.from) firstPerEntry.set(m.entryIndex, m);
    for (const m of firstPerEntry.values()) {
      const entry = compiled.entries[m.entryIndex]!.entry;
      detections.push({ id: entry.id, speaker: entry.speaker, utteranceIndex: index, startMs: startMsOf(utterance, text, m), quote: quoteOf(utterance, text, m) });
    }
  });

  const hold = compiled.entries.find((e) => e.entry.detector === 'hold_without_permission');
  for (const entry of compiled.entries) detections.push(...runBuiltIn(entry, call, texts, config, hold, matchesByUtterance));

  const ordered = detections.sort((a, b) => a.startMs - b.startMs || a.utteranceIndex - b.utteranceIndex || a.id.localeCompare(b.id));
  const kindOf = new Map(compiled.entries.map((e) => [e.entry.id, e.entry.kind]));
  return { behaviors: ordered.filter((d) => kindOf.get(d.id) === 'behavior'), signals: ordered.filter((d) => kindOf.get(d.id) === 'signal') };
}

function runBuiltIn(
  entry: CompiledEntry,
  call: Call,
  texts: MatchText[],
  config: BehaviorConfig,
  hold: CompiledEntry | undefined,
  matchesByUtterance: Map<number, Array<PhraseMatch & { id: string }>>,
): Detection[] {
  switch (entry.entry.detector) {
    case 'phrase': return [];
    case 'interruption': return detectInterruptions(call, entry, texts, config);
    case 'dead_air': return detectDeadAir(call, entry, hold, texts, config);
    case 'hold_without_permission': return detectHoldsWithoutPermission(call, entry, texts, config);
    case 'policy_before_acknowledgment': return detectPolicyBeforeAcknowledgment(call, entry, texts, matchesByUtterance);
  }
}
