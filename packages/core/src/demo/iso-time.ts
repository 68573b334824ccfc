/**
 * ISO-8601 timestamps to epoch milliseconds and back, by arithmetic: the generator never touches Date,
 * so nothing here can depend on the host's clock or time zone.
 */

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function parseIsoMs(text: string): number {
  const m = ISO_PATTERN.exec(text);
  if (!m) throw new Error(`demo: "${text}" is not an ISO-8601 timestamp like 2026-11-24T10:00:00Z`);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const fraction = frac ? Number(`0.${frac}`) * 1000 : 0;
  let offsetMin = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    offsetMin = (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const days = daysFromCivil(Number(y), Number(mo), Number(d));
  return days * 86_400_000 + Number(h) * 3_600_000 + Number(mi) * 60_000 + Number(s ?? 0) * 1000 + Math.round(fraction) - offsetMin * 60_000;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatIsoMs(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  const { year, month, day } = civilFromDays(days);
  const rest = ms - days * 86_400_000;
  const h = Math.floor(rest / 3_600_000);
  const mi = Math.floor((rest % 3_600_000) / 60_000);
  const s = Math.floor((rest % 60_000) / 1000);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(mi)}:${pad(s)}.${pad(Math.floor(rest % 1000), 3)}Z`;
}

/** Month of the year, 0-11, in UTC. */
export function utcMonthIndex(ms: number): number {
  return civilFromDays(Math.floor(ms / 86_400_000)).month - 1;
}
