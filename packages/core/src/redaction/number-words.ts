/** Spoken-number vocabulary as ASR writes it: digits, teens, tens, "oh" for zero, "double"/"triple". */

/**
 * Tables are looked up with transcript words (`w in TABLE`, `TABLE[w]`), so they have no prototype: "constructor"
 * must not read as a number word.
 */
function wordTable<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

export const DIGIT_WORDS: Readonly<Record<string, string>> = wordTable({
  zero: '0', oh: '0', o: '0', nil: '0', one: '1', two: '2', three: '3', four: '4', five: '5',
  six: '6', seven: '7', eight: '8', nine: '9', niner: '9',
});

export const TEEN_WORDS: Readonly<Record<string, string>> = wordTable({
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15',
  sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19',
});

export const TENS_WORDS: Readonly<Record<string, string>> = wordTable({
  twenty: '2', thirty: '3', forty: '4', fourty: '4', fifty: '5', sixty: '6', seventy: '7', eighty: '8', ninety: '9',
});

/** Words ASR writes in place of a digit it heard ("four one for one"). */
export const HOMOPHONES: Readonly<Record<string, string>> = wordTable({ for: '4', fore: '4', to: '2', too: '2', won: '1', ate: '8' });

export const REPEAT_WORDS: Readonly<Record<string, number>> = wordTable({ double: 2, triple: 3 });

export const ORDINAL_WORDS: Readonly<Record<string, number>> = wordTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
});

export const MONTHS: Readonly<Record<string, number>> = wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});

export function isNumberWord(lower: string): boolean {
  return lower in DIGIT_WORDS || lower in TEEN_WORDS || lower in TENS_WORDS || lower in REPEAT_WORDS || lower === 'hundred';
}
