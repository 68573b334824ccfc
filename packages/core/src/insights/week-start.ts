const DAY_MS = 86_400_000;

/** The Monday (UTC) of the ISO week that contains `date`, as `YYYY-MM-DD`. */
export function weekStartOf(date: Date): string {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** `weeks` consecutive week starts, oldest first, ending with the week that contains `latest`. */
export function weekStartsEndingAt(latest: Date, weeks: number): string[] {
  const last = Date.parse(`${weekStartOf(latest)}T00:00:00Z`);
  return Array.from({ length: weeks }, (_, i) => new Date(last - (weeks - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10));
}
