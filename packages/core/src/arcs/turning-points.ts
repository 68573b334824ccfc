/** A monotone move of a series between two turning points, by position in the series. */
export interface Move {
  from: number;
  to: number;
  direction: 'drop' | 'rise';
  magnitude: number;
}

/**
 * Splits a series into alternating moves whose size is at least `minMagnitude`, with hysteresis:
 * a turning point is confirmed only once the series has come back from it by `minMagnitude`, so
 * wiggles smaller than that never split a move. On a plateau the turning point is its last value,
 * because that is where the series leaves it.
 */
export function findMoves(values: ArrayLike<number>, minMagnitude: number): Move[] {
  const pivots: number[] = [];
  let direction: 0 | 1 | -1 = 0;
  let high = 0;
  let low = 0;
  let extreme = 0;
  for (let i = 1; i < values.length; i++) {
    const v = values[i]!;
    if (direction === 0) {
      if (v >= values[high]!) high = i;
      if (v <= values[low]!) low = i;
      if (v - values[low]! >= minMagnitude && high === i) {
        pivots.push(low);
        direction = 1;
        extreme = i;
      } else if (values[high]! - v >= minMagnitude && low === i) {
        pivots.push(high);
        direction = -1;
        extreme = i;
      }
    } else if (direction === 1) {
      if (v >= values[extreme]!) extreme = i;
      else if (values[extreme]! - v >= minMagnitude) {
        pivots.push(extreme);
        direction = -1;
        extreme = i;
      }
    } else {
      if (v <= values[extreme]!) extreme = i;
      else if (v - values[extreme]! >= minMagnitude) {
        pivots.push(extreme);
        direction = 1;
        extreme = i;
      }
    }
  }
  if (direction !== 0) pivots.push(extreme);
  const moves: Move[] = [];
  for (let k = 1; k < pivots.length; k++) {
    const from = pivots[k - 1]!;
    const to = pivots[k]!;
    const change = values[to]! - values[from]!;
    moves.push({ from, to, direction: change < 0 ? 'drop' : 'rise', magnitude: Math.abs(change) });
  }
  return moves;
}
