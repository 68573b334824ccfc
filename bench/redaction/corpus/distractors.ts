import type { DemoRng } from '@undertone/core';
import type { Style } from './values.js';
import { monthName } from './values.js';
import { pairWords, speakDigits, speakNumber, speakOrdinal, speakYear } from './spoken.js';

/** Numbers that look like personal data but are not: each kind with the words that give it away nearby. */
function digits(rng: DemoRng, n: number): string {
  let s = String(rng.int(1, 9));
  for (let i = 1; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

export const DISTRACTORS = {
  orderNumber: (rng: DemoRng, style: Style) => {
    const d = digits(rng, rng.int(6, 12));
    return style === 'written' ? rng.pick([d, `${rng.pick(['A', 'W', 'SO'])}-${d}`, `#${d}`]) : rng.chance(0.5) ? d : speakDigits(rng, d, [d.length]);
  },
  /** Ticket, case and reference ids shaped like phone numbers: 10 digits, area code and exchange valid. */
  phoneLikeId: (rng: DemoRng, style: Style) => {
    const d = String(rng.int(2, 9)) + digits(rng, 2) + String(rng.int(2, 9)) + digits(rng, 6);
    return style === 'written' ? rng.pick([d, `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`]) : speakDigits(rng, d, [3, 3, 4]);
  },
  confirmationCode: (rng: DemoRng) => {
    const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    let s = '';
    for (let i = 0; i < 6; i++) s += chars[rng.int(0, chars.length - 1)];
    return s;
  },
  amount: (rng: DemoRng, style: Style) => {
    const dollars = rng.weighted<number>([[rng.int(5, 99), 3], [rng.int(100, 999), 2], [rng.int(1000, 9999), 1]]);
    const cents = rng.pick([0, 99, 50, 25, rng.int(1, 98)]);
    if (style === 'written') return `$${dollars.toLocaleString('en-US')}${cents || rng.chance(0.5) ? `.${String(cents).padStart(2, '0')}` : ''}`;
    if (dollars < 100 && cents > 9 && rng.chance(0.5)) return `${speakNumber(dollars)} ${speakNumber(cents)}`;
    return `${speakNumber(Math.min(dollars, 999))} dollars${cents ? ` and ${speakNumber(cents)} cents` : ''}`;
  },
  time: (rng: DemoRng, style: Style) => {
    const h = rng.int(1, 12);
    const m = rng.pick([0, 15, 30, 45, rng.int(1, 59)]);
    if (style === 'written') return rng.pick([`${h}:${String(m).padStart(2, '0')}`, `${h}:${String(m).padStart(2, '0')} ${rng.pick(['am', 'pm', 'PM'])}`, `${h} ${rng.pick(['am', 'pm'])}`]);
    return m === 0 ? `${speakNumber(h)} ${rng.pick(["o'clock", 'am', 'pm'])}` : `${speakNumber(h)} ${m < 10 ? `oh ${speakNumber(m)}` : speakNumber(m)}`;
  },
  duration: (rng: DemoRng, style: Style) => {
    const n = rng.int(2, 90);
    const unit = rng.pick(['minutes', 'hours', 'days', 'business days', 'weeks', 'months']);
    return `${style === 'written' ? n : speakNumber(n)} ${unit}`;
  },
  appointmentDate: (rng: DemoRng, style: Style) => {
    const m = rng.int(1, 12);
    const d = rng.int(1, 28);
    if (style === 'written') return rng.pick([`${monthName(m)} ${d}`, `${m}/${d}`, `${monthName(m)} ${d}, 2026`, `the ${d}${d === 1 ? 'st' : d === 2 ? 'nd' : d === 3 ? 'rd' : 'th'}`]);
    return rng.pick([`${monthName(m).toLowerCase()} ${speakOrdinal(d)}`, `the ${speakOrdinal(d)}`, `${monthName(m).toLowerCase()} ${speakNumber(d)}`]);
  },
  planCode: (rng: DemoRng, style: Style) => {
    const code = `${rng.pick(['PX', 'UL', 'BZ', 'FM'])}-${rng.int(10, 99)}${rng.int(0, 9)}${rng.int(0, 9)}`;
    return style === 'written' ? rng.pick([code, `Unlimited ${rng.pick(['Plus', 'Max', 'Basic'])} ${rng.int(30, 90)}`]) : `${rng.pick(['unlimited plus', 'family share', 'basic'])} ${speakNumber(rng.int(30, 90))}`;
  },
  percentage: (rng: DemoRng, style: Style) => {
    const n = rng.pick([5, 10, 15, 20, 25, 30, 50, rng.int(1, 99)]);
    return style === 'written' ? rng.pick([`${n}%`, `${n} percent`]) : `${speakNumber(n)} percent`;
  },
  year: (rng: DemoRng, style: Style) => {
    const y = rng.int(1995, 2025);
    return style === 'written' ? String(y) : speakYear(rng, y);
  },
  count: (rng: DemoRng, style: Style) => {
    const n = rng.int(2, 12);
    return `${style === 'written' ? n : speakNumber(n)} ${rng.pick(['lines', 'devices', 'items', 'payments', 'calls', 'people'])}`;
  },
  extension: (rng: DemoRng, style: Style) => {
    const d = digits(rng, 4);
    return style === 'written' ? d : speakDigits(rng, d, [4]);
  },
  zipCode: (rng: DemoRng, style: Style) => {
    const d = digits(rng, 5);
    return style === 'written' ? d : speakDigits(rng, d, [5]);
  },
  trackingNumber: (rng: DemoRng) => `1Z${rng.int(100, 999)}${rng.pick(['AA', 'X4', 'E0'])}${digits(rng, 10)}`,
  pairAmount: (rng: DemoRng) => `${pairWords(rng, String(rng.int(10, 99)))} ${pairWords(rng, String(rng.int(10, 99)))}`,
};
export type DistractorKind = keyof typeof DISTRACTORS;
