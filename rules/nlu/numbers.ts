import type { NumberUnit } from './types';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** A number written in words, "fourteen" or "twenty-one" (0 to 99); undefined for anything else. */
function numberFromWords(text: string): number | undefined {
  const words = text.toLowerCase().trim().split(/[\s-]+/).filter((w) => w !== 'and');
  if (words.length === 1) return UNITS[words[0]] ?? TENS[words[0]];
  if (words.length === 2 && words[0] in TENS && words[1] in UNITS && UNITS[words[1]] > 0 && UNITS[words[1]] < 10) {
    return TENS[words[0]] + UNITS[words[1]];
  }
  return undefined;
}

/** A number in digits or words. */
export function readNumber(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return numberFromWords(t);
}

/** Words and digits that can spell a number inside a sentence, for regular expressions. */
export const NUMBER_PATTERN = `(?:\\d+(?:\\.\\d+)?|(?:${Object.keys(TENS).join('|')})(?:[\\s-](?:${Object.keys(UNITS).filter((w) => UNITS[w] > 0 && UNITS[w] < 10).join('|')}))?|${Object.keys(UNITS).join('|')}|an?)`;

const UNIT_WORDS: Record<NumberUnit, RegExp> = {
  years: /^(?:years?|yrs?|y)$/,
  months: /^(?:months?|mths?|mnths?|m)$/,
  weeks: /^(?:weeks?|wks?|w)$/,
};
const PER_YEAR: Record<NumberUnit, number> = { years: 1, months: 12, weeks: 52 };

const unitOf = (word: string): NumberUnit | undefined =>
  (Object.keys(UNIT_WORDS) as NumberUnit[]).find((u) => UNIT_WORDS[u].test(word));

export type NumberReading = { ok: true; value: number } | { ok: false; reason: 'unreadable' | 'other unit'; unit?: NumberUnit };

/** A typed number answer in the question's unit: "14", "fourteen", "14 years old", "18 months", "2 years"
 * (24 for a months question), "1 year 6 months". A length in a unit that does not convert exactly (weeks
 * for a months question, months for an age) is refused, never rounded. */
export function readQuantity(text: string, unit?: NumberUnit): NumberReading {
  const t = text.toLowerCase().replace(/\bold\b|\blong\b|\babout\b|\baround\b|\bapprox(?:imately)?\b|[.,;]$/g, ' ').replace(/\s+/g, ' ').trim();
  const plain = readNumber(t);
  if (plain !== undefined) return { ok: true, value: plain };
  const parts = [...t.matchAll(new RegExp(`(${NUMBER_PATTERN})\\s*-?\\s*([a-z]+)`, 'g'))];
  const rest = t.replace(new RegExp(`(${NUMBER_PATTERN})\\s*-?\\s*([a-z]+)`, 'g'), '').replace(/\band\b|\s/g, '');
  if (parts.length === 0 || rest !== '') return { ok: false, reason: 'unreadable' };
  let total = 0;
  for (const [, amount, word] of parts) {
    const given = unitOf(word);
    const n = /^an?$/.test(amount) ? 1 : readNumber(amount);
    if (!given || n === undefined) return { ok: false, reason: 'unreadable' };
    if (!unit) return given === 'years' && parts.length === 1 ? { ok: true, value: n } : { ok: false, reason: 'other unit', unit: given };
    const inUnit = (n * PER_YEAR[unit]) / PER_YEAR[given];
    if (given !== unit && !(given === 'years' && unit === 'months')) return { ok: false, reason: 'other unit', unit: given };
    total += inUnit;
  }
  return { ok: true, value: total };
}
