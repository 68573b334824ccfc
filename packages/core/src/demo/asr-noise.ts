import type { Rng } from './prng.js';

/** Mishearings a speech recognizer plausibly makes on call audio. */
const MISHEARINGS: Readonly<Record<string, readonly string[]>> = {
  account: ['a count', 'accounts'], bill: ['build', 'bell'], billing: ['building', 'belling'], cancel: ['council', 'cancer'],
  refund: ['we fund', 'refined'], router: ['rotor', 'rooter'], payment: ['pavement', 'payments'], modem: ['modern', 'motive'],
  charge: ['charged', 'large'], order: ['border', 'orders'], plan: ['plant', 'plane'], credit: ['credits', 'creditor'],
  supervisor: ['super visor'], password: ['pass word', 'passport'], package: ['packet', 'packages'], week: ['weak'],
  right: ['write'], there: ['their'], their: ['there'], two: ['to', 'too'], for: ['four'], card: ['guard', 'car'],
  late: ['lake', 'lay'], fee: ['free', 'fees'], internet: ['inter net'], upgrade: ['up great'], minutes: ['minute'],
  balance: ['balanced'], service: ['services', 'surface'], outage: ['out age', 'outrage'], delivery: ['delivered'],
};

export interface AsrStyle {
  /** Probability that any given word is misrecognized. */
  errorRate: number;
}

/** Renders text the way a plain ASR transcript would: lowercase, no punctuation, a few wrong words. */
export function asrRender(text: string, style: AsrStyle, rng: Rng): string {
  const words = text
    .toLowerCase()
    .replace(/\S+@\S+/g, (email) => email.replace(/[.,!?]+$/, '').replace(/@/g, ' at ').replace(/\./g, ' dot '))
    .replace(/&/g, ' and ')
    .replace(/[—–]/g, ' ')
    // Keep decimal points inside amounts ($45.50); drop all other punctuation.
    .replace(/\.(?!\d)|(?<!\d)\./g, '')
    .replace(/[,!?;:"()]/g, '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const out = words.map((word) => {
    const options = MISHEARINGS[word];
    if (options && rng.chance(style.errorRate * 3)) return rng.pick(options);
    if (rng.chance(style.errorRate * 0.15) && word.length > 3) return ''; // dropped word
    return word;
  });
  const joined = out.filter((w) => w.length > 0).join(' ');
  return joined.length > 0 ? joined : words.join(' ');
}
