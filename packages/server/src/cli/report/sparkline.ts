const BLOCKS = '▁▂▃▄▅▆▇█';

/**
 * A one-line chart of scores in [-1, 1]: ▁ is -1, █ is +1. The values are resampled to exactly
 * `width` characters (each character is the mean of the values that fall in its slice, or the
 * nearest value when there are fewer values than characters). Non-finite values, and an empty
 * series, are drawn as spaces.
 */
export function sparkline(values: readonly number[], width: number): string {
  const columns = Math.max(0, Math.floor(width));
  if (values.length === 0) return ' '.repeat(columns);
  return resample(values, columns).map(block).join('');
}

function resample(values: readonly number[], width: number): number[] {
  const n = values.length;
  return Array.from({ length: width }, (_, c) => {
    const from = Math.floor((c * n) / width);
    const to = Math.floor(((c + 1) * n) / width);
    if (to <= from) return values[Math.min(n - 1, Math.floor(((c + 0.5) * n) / width))]!;
    const slice = values.slice(from, to);
    return slice.reduce((sum, v) => sum + v, 0) / slice.length;
  });
}

function block(value: number): string {
  if (!Number.isFinite(value)) return ' ';
  const clamped = Math.max(-1, Math.min(1, value));
  return BLOCKS[Math.round(((clamped + 1) / 2) * (BLOCKS.length - 1))]!;
}
