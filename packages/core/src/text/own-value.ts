/**
 * `record[key]` for a lookup table keyed by words read from transcripts: only the table's own entries, never what a
 * plain object inherits ("constructor", "toString", "__proto__" are words people and speaker labels can contain).
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
