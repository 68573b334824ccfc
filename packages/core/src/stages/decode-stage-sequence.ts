/**
 * Picks the stage sequence that best explains the cue evidence when every change of stage costs
 * `switchPenalty` (a Viterbi pass). A lone stray cue gains less than the two switches it would need
 * to flip the stage there and back, so it is absorbed; a cue for a new stage that is not
 * contradicted later pays for one switch and is taken.
 *
 * A stage that absorbs others (`absorption`) earns their scores too while it lasts, and can only be
 * entered at one of its own cues. Leaving a stage costs `leavePenalty[stage]`: `while-cued` stages
 * (hold, transfer, opening) end on their own, so leaving them is cheap (but not free, which would
 * make detours through them tie). Ties go to switching as late as possible, so a stage persists
 * until the next stage's cue.
 */
const TIE_TOLERANCE = 1e-9;

/** Per stage, the stages whose evidence it absorbs, and the cue counts that say where it may begin. */
export interface Absorption {
  absorbed: readonly (readonly number[])[];
  cueCounts: Int32Array;
}

export function decodeStageSequence(
  scores: Float64Array,
  stageCount: number,
  initialStage: number,
  switchPenalty: number,
  leavePenalty: readonly number[],
  absorption: Absorption | null = null,
): number[] {
  const n = stageCount > 0 ? scores.length / stageCount : 0;
  if (n === 0) return [];
  let previous = new Float64Array(stageCount);
  let current = new Float64Array(stageCount);
  const leaving = new Float64Array(stageCount);
  for (let s = 0; s < stageCount; s++) previous[s] = scores[s]! - (s === initialStage ? 0 : switchPenalty);
  // cameFrom[i * stageCount + s]: the stage at i - 1 on the best path that is in stage s at i.
  const cameFrom = new Int32Array(n * stageCount);
  for (let s = 0; s < stageCount; s++) cameFrom[s] = s;

  const absorbedBy = absorption?.absorbed ?? [];
  const ownCues = absorption?.cueCounts;
  const takenInFullScan = new Uint8Array(stageCount);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < stageCount; t++) leaving[t] = previous[t]! - (leavePenalty[t] ?? switchPenalty);
    const full = bestSwitch(leaving, -1, takenInFullScan);
    for (let s = 0; s < stageCount; s++) {
      // A scan that skips s ends where the full scan ends unless the full scan ever picked s.
      const bestOther = takenInFullScan[s] === 1 ? bestSwitch(leaving, s, null) : full;
      const change = bestOther >= 0 ? leaving[bestOther]! : -Infinity;
      const cell = i * stageCount + s;
      let stayGain = scores[cell]!;
      let enterGain = stayGain;
      const absorbed = absorbedBy[s];
      if (absorbed !== undefined && absorbed.length > 0) {
        if (ownCues![cell] === 0) enterGain = -Infinity;
        for (let k = 0; k < absorbed.length; k++) stayGain += scores[cell - s + absorbed[k]!]!;
      }
      const stay = previous[s]! + stayGain;
      const switched = change + enterGain;
      const switchHere = switched >= stay - TIE_TOLERANCE;
      current[s] = switchHere ? switched : stay;
      cameFrom[i * stageCount + s] = switchHere ? bestOther : s;
    }
    const done = current;
    current = previous;
    previous = done;
  }

  let state = 0;
  for (let s = 1; s < stageCount; s++) if (previous[s]! > previous[state]! + TIE_TOLERANCE) state = s;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = state;
    state = cameFrom[i * stageCount + state]!;
  }
  return path;
}

/**
 * The best stage to switch from, skipping `except` (-1 when there is none): scanning in stage order, a stage replaces
 * the current best only when it beats it by more than the tie tolerance, so near-ties go to the lower stage. `taken`
 * (when given) records every stage that was the best at some point of the scan.
 */
function bestSwitch(leaving: Float64Array, except: number, taken: Uint8Array | null): number {
  let from = -1;
  let value = -Infinity;
  for (let t = 0; t < leaving.length; t++) {
    if (taken) taken[t] = 0;
    if (t !== except && leaving[t]! > value + TIE_TOLERANCE) {
      from = t;
      value = leaving[t]!;
      if (taken) taken[t] = 1;
    }
  }
  return from;
}
