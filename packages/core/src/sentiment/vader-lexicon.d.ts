/** The valence table shipped inside vader-sentiment (Apache-2.0): word or emoticon -> mean valence in [-4, 4]. */
declare module 'vader-sentiment/src/vader_lexicon.js' {
  export const lexicon: Record<string, number>;
}
