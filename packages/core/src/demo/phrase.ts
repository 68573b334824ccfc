import type { Rng } from './prng.js';

/** Per-call values for `{slot}` placeholders: names, products, amounts, dates, order numbers. */
export type Slots = Readonly<Record<string, string>>;

type Segment = string | readonly string[];

/** Parsed templates: literal text and `[a|b]` choice lists, kept because the same templates expand thousands of times. */
const parsedTemplates = new Map<string, readonly Segment[]>();

function parseTemplate(template: string): readonly Segment[] {
  const cached = parsedTemplates.get(template);
  if (cached) return cached;
  const segments: Segment[] = [];
  const pattern = /\[([^[\]]*)\]/g;
  let last = 0;
  for (let m = pattern.exec(template); m; m = pattern.exec(template)) {
    if (m.index > last) segments.push(template.slice(last, m.index));
    segments.push((m[1] ?? '').split('|'));
    last = m.index + m[0].length;
  }
  if (last < template.length) segments.push(template.slice(last));
  parsedTemplates.set(template, segments);
  return segments;
}

/**
 * Expands one template.
 * `[a|b|c]` picks one alternative (an empty alternative makes the part optional),
 * `{name}` is replaced by the call's slot value. Alternatives may contain slots but not nested brackets.
 */
export function expand(template: string, slots: Slots, rng: Rng): string {
  let chosen = '';
  for (const segment of parseTemplate(template)) chosen += typeof segment === 'string' ? segment : rng.pick(segment);
  const filled = chosen.includes('{')
    ? chosen.replace(/\{(\w+)\}/g, (_, key: string) => {
        const value = slots[key];
        if (value === undefined) throw new Error(`demo template uses {${key}} but the call has no such slot: "${template}"; add it to the slot builder`);
        return value;
      })
    : chosen;
  return tidy(filled);
}

/** Picks a template from the list and expands it. */
export function say(templates: readonly string[], slots: Slots, rng: Rng): string {
  return expand(rng.pick(templates), slots, rng);
}

const NEEDS_TIDY = /\s[\s,.?!]|,[,.?!]|[?!]\.|[\t\n]/;

/** Collapses double spaces left by empty alternatives and fixes spacing before punctuation. */
export function tidy(text: string): string {
  const spaced = NEEDS_TIDY.test(text)
    ? text.replace(/\s+/g, ' ').replace(/\s+([,.?!])/g, '$1').replace(/,([,.?!])/g, '$1').replace(/([?!])\./g, '$1').trim()
    : text.trim();
  return spaced.length > 0 ? spaced.charAt(0).toUpperCase() + spaced.slice(1) : spaced;
}

export function joinSentences(...parts: Array<string | undefined>): string {
  return parts.filter((p): p is string => !!p && p.length > 0).join(' ');
}
