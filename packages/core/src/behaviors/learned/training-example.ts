/** What the learned model trains on: an utterance, who said it, its labels, and which ids it is evidence about. */
export interface TrainingExample {
  text: string;
  speaker: 'agent' | 'customer';
  labels: readonly string[];
  /**
   * The ids this example says something about: every id of its speaker for a labeled utterance, only the
   * entry's own id for a catalog example (an empathy example says nothing about apology).
   */
  scoredIds: readonly string[];
}

export interface IdSpec {
  id: string;
  speaker: 'agent' | 'customer';
}
