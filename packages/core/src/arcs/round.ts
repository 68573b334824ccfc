/** Reported numbers carry four decimals: stable JSON and snapshots, far below any threshold that matters. */
export function round4(value: number): number {
  const r = Math.round(value * 10_000) / 10_000;
  return Object.is(r, -0) ? 0 : r;
}
