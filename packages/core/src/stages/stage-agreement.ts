/** Utterance-level agreement between stage labels and reference stages, with per-stage precision and recall. */
export interface StageScore { stage: string; precision: number; recall: number; support: number }

export class StageAgreement {
  private total = 0;
  private agreed = 0;
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();

  add(labels: readonly string[], truth: readonly string[]): void {
    labels.forEach((label, k) => {
      const expected = truth[k]!;
      this.total++;
      if (label === expected) {
        this.agreed++;
        this.count(label).tp++;
      } else {
        this.count(expected).fn++;
        this.count(label).fp++;
      }
    });
  }

  get utterances(): number {
    return this.total;
  }

  get accuracy(): number {
    return this.agreed / Math.max(1, this.total);
  }

  /** Stages alphabetically; support is the number of reference utterances with that stage. */
  perStage(): StageScore[] {
    return [...this.counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([stage, c]) => ({
        stage,
        precision: c.tp / Math.max(1, c.tp + c.fp),
        recall: c.tp / Math.max(1, c.tp + c.fn),
        support: c.tp + c.fn,
      }));
  }

  private count(stage: string) {
    let c = this.counts.get(stage);
    if (!c) this.counts.set(stage, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  }
}
