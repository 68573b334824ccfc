import type { Role } from '@undertone/core';

/** Display formatting shared by every view. Pure; the locale is fixed so screens and tests agree. */

const LOCALE = 'en-US';
const dateTime = new Intl.DateTimeFormat(LOCALE, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });
const day = new Intl.DateTimeFormat(LOCALE, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const integer = new Intl.NumberFormat(LOCALE);

/** "Nov 23, 17:50" in UTC (the server stores UTC; the label says so where it matters). */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDay(iso: string): string {
  return day.format(new Date(iso));
}

/** Milliseconds as m:ss, or h:mm:ss from an hour up. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function formatCount(n: number): string {
  return integer.format(n);
}

/** "1–50 of 2,653"; without a known total, "1–50". */
export function formatRange(start: number, count: number, total?: number): string {
  if (count === 0) return total === undefined ? 'No calls' : `0 of ${formatCount(total)}`;
  const range = `${formatCount(start + 1)}–${formatCount(start + count)}`;
  return total === undefined ? range : `${range} of ${formatCount(total)}`;
}

export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : String(Math.round(score));
}

/** Sentiment on the engine's [-1, 1] scale, signed with two decimals ("+0.42", "−0.18"). */
export function formatSentiment(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const fixed = Math.abs(value).toFixed(2);
  if (fixed === '0.00') return '0.00';
  return value > 0 ? `+${fixed}` : `−${fixed}`;
}

export function formatPercent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

/** "offers_options" -> "Offers options"; "spike_and_drop" -> "Spike and drop". */
export function humanize(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1 call", "2,653 calls". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', qa_manager: 'QA manager', supervisor: 'Supervisor', agent: 'Agent' };

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}
