import type { Rng } from './prng.js';
import type { Slots } from './phrase.js';
import { FIRST_NAMES, LAST_NAMES } from './names.js';

const PRODUCTS = ['Fiber 500', 'Fiber Gig', 'Unlimited Plus', 'Basic Talk & Text', 'Home Internet 300', 'the premium TV bundle', 'Family Share'];
const DEVICES = ['router', 'modem', 'gateway', 'Wi-Fi router', 'fiber box'];
const ITEMS = ['the new phone', 'a replacement router', 'the mesh Wi-Fi kit', 'a tablet', 'the streaming box', 'a pair of earbuds', 'a phone case and charger', 'the smartwatch'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const CITIES = ['Columbus', 'Tucson', 'Raleigh', 'Spokane', 'Albany', 'Boise', 'Omaha', 'Madison', 'Fresno', 'Dayton'];
const CARRIERS = ['the courier', 'the delivery partner', 'the carrier', 'our shipping partner'];

function money(rng: Rng, min: number, max: number): string {
  const dollars = rng.int(min, max);
  const cents = rng.chance(0.4) ? 0 : rng.pick([99, 50, 95, 49, 25, 10]);
  return cents === 0 ? `$${dollars}` : `$${dollars}.${String(cents).padStart(2, '0')}`;
}

function ordinalDay(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix}`;
}

/** Everything a template might mention for one call, chosen once so the call stays self-consistent. */
export function buildSlots(rng: Rng, fixed: { agentName: string; company: string; monthIndex: number }): Slots {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const month = MONTHS[fixed.monthIndex % 12] ?? 'March';
  const prevMonth = MONTHS[(fixed.monthIndex + 11) % 12] ?? 'February';
  const amount = money(rng, 18, 240);
  const agentFirst = fixed.agentName.split(' ')[0] ?? fixed.agentName;
  return {
    agent: agentFirst,
    company: fixed.company,
    customer: first,
    customerFull: `${first} ${last}`,
    customerLast: last,
    title: rng.pick(['Mr.', 'Ms.', 'Mx.']),
    product: rng.pick(PRODUCTS),
    otherProduct: rng.pick(PRODUCTS),
    device: rng.pick(DEVICES),
    item: rng.pick(ITEMS),
    amount,
    fee: money(rng, 5, 39),
    balance: money(rng, 120, 1400),
    instalment: money(rng, 25, 150),
    price: money(rng, 35, 120),
    discount: rng.pick(['$10', '$15', '$20', '25%', 'twenty percent', 'fifty percent']),
    months: rng.pick(['three', 'six', 'twelve', 'four', 'two']),
    order: `${rng.pick(['', 'W', 'NW-', 'A'])}${rng.int(100000, 9999999)}`,
    ticket: `${rng.int(10000, 99999)}`,
    last4: String(rng.int(0, 9999)).padStart(4, '0'),
    zip: String(rng.int(10000, 99999)),
    dob: `${rng.pick(MONTHS)} ${ordinalDay(rng.int(1, 28))}, ${rng.int(1948, 2003)}`,
    date: `${month} ${ordinalDay(rng.int(1, 28))}`,
    dayOfMonth: ordinalDay(rng.pick([1, 5, 10, 15, 20, 25, 28])),
    prevMonth,
    month,
    weekday: rng.pick(WEEKDAYS),
    days: rng.pick(['two', 'three', 'five', 'four', 'seven', 'ten']),
    city: rng.pick(CITIES),
    carrier: rng.pick(CARRIERS),
    email: `${first.toLowerCase().replace(/[^a-z]/g, '')}.${last.toLowerCase().replace(/[^a-z]/g, '')}${rng.int(1, 99)}@example.com`,
    rival: rng.pick(['Skyline', 'one of the other providers', 'the cable company', 'Verity', 'that new fiber company']),
    years: rng.pick(['six', 'eight', 'three', 'twelve', 'almost ten', 'five']),
    minutes: rng.pick(['forty', 'twenty', 'forty-five', 'thirty', 'fifty']),
  };
}
