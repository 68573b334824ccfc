/**
 * Picks the stage sequence that best explains the cue evidence when every change of stage costs
 * `switchPenalty` (a Viterbi pass). A lone stray cue gains less than the two switches it would need
 * to flip the stage there and back, so it is absorbed; a cue for a new stage that is not
 * contradicted later pays for one switch and is taken.
 *
 * Leaving a stage costs `leavePenalty[stage]`: `while-cued` stages (hold, transfer, opening) end on
 * their own, so leaving them is cheap (but not free, which would make detours through them tie). Ties go to switching as late as possible, so a stage persists
 * until the next stage's cue.
 */
const TIE_TOLERANCE = 1e-9;

export function decodeStageSequence(
  scores: readonly number[][],
  initialStage: number,
  switchPenalty: number,
  leavePenalty: readonly number[],
): number[] {
  const n = scores.length;
  if (n === 0) return [];
  const stageCount = scores[0]?.length ?? 0;
  let previous = Array.from({ length: stageCount }, (_, s) => (scores[0]?.[s] ?? 0) - (s === initialStage ? 0 : switchPenalty));
  const cameFrom: number[][] = [Array.from({ length: stageCount }, (_, s) => s)];

  for (let i = 1; i < n; i++) {
    const current: number[] = [];
    const back: number[] = [];
    for (let s = 0; s < stageCount; s++) {
      let bestOther = -1;
      let change = -Infinity;
      for (let t = 0; t < stageCount; t++) {
        const fromT = (previous[t] ?? -Infinity) - (leavePenalty[t] ?? switchPenalty);
        if (t !== s && fromT > change + TIE_TOLERANCE) {
          bestOther = t;
          change = fromT;
        }
      }
      const stay = previous[s] ?? -Infinity;
      const switchHere = change >= stay - TIE_TOLERANCE;
      current.push((switchHere ? change : stay) + (scores[i]?.[s] ?? 0));
      back.push(switchHere ? bestOther : s);
    }
    previous = current;
    cameFrom.push(back);
  }

  let state = 0;
  for (let s = 1; s < stageCount; s++) if ((previous[s] ?? -Infinity) > (previous[state] ?? -Infinity) + TIE_TOLERANCE) state = s;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = state;
    state = cameFrom[i]?.[state] ?? state;
  }
  return path;
}
