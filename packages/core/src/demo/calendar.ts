import type { Rng } from './prng.js';

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Relative call volume Sunday..Saturday; averages 1 so the configured rate is the daily mean. */
const WEEKDAY_WEIGHTS = [0.3, 1.35, 1.25, 1.2, 1.2, 1.1, 0.6];
/** Relative volume for each opening hour, 08:00..17:00 local: a morning peak and an after-lunch bump. */
const HOUR_WEIGHTS = [0.6, 1.0, 1.25, 1.1, 0.8, 0.9, 1.1, 1.0, 0.8, 0.45];

/** Day of week for a UTC day start, 0 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayStartMs: number): number {
  return (Math.floor(dayStartMs / DAY_MS) + 4) % 7;
}

export function volumeWeight(dayStartMs: number): number {
  return WEEKDAY_WEIGHTS[weekdayOf(dayStartMs)] ?? 1;
}

/** A start time in the site's business hours, returned in UTC milliseconds. */
export function businessHourStart(rng: Rng, dayStartMs: number, utcOffsetHours: number): number {
  const hour = 8 + rng.weighted(HOUR_WEIGHTS.map((w, i) => [i, w] as const));
  const localMs = hour * HOUR_MS + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000;
  return dayStartMs + localMs - utcOffsetHours * HOUR_MS;
}

/** Poisson draw by inversion; fine for the small daily rates used here. */
export function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit && k < 1000) {
    k++;
    p *= rng.next();
  }
  return k;
}

export { formatIsoMs as toIso } from './iso-time.js';
