import { bankHolidayTableEndsOn, bankHolidayTableStartsOn, isIsoDate, londonDate, parseInstant } from './calendar';
import type { AnswerValue, Question } from './model';

export type AnswerCheck = { ok: true; value: AnswerValue } | { ok: false; message: string };

const optionValues = (q: Question): string[] => (q.options ?? []).map((o) => o.value);
/** Options as the user sees them, for messages that may be shown on a card. */
const optionLabels = (q: Question): string => (q.options ?? []).map((o) => `"${o.label}"`).join(', ');
const labelOf = (q: Question, value: string): string => q.options?.find((o) => o.value === value)?.label ?? value;

function checkNumber(q: Question, raw: unknown): AnswerCheck {
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isFinite(n)) return { ok: false, message: 'must be a number' };
  const limits = q.number ?? {};
  if (limits.integer && !Number.isInteger(n)) return { ok: false, message: 'must be a whole number' };
  if (limits.min !== undefined) {
    if (limits.minExclusive ? n <= limits.min : n < limits.min) {
      return { ok: false, message: `must be ${limits.minExclusive ? 'more than' : 'at least'} ${limits.min}` };
    }
  }
  if (limits.max !== undefined && n > limits.max) return { ok: false, message: `must be at most ${limits.max}` };
  return { ok: true, value: n };
}

/** A valid ISO date-time kept to the minute, with its offset if it had one: seconds and fractions of them
 * date nothing the procedures count, and would let a typed answer carry arbitrary digits. */
const toTheMinute = (value: string): string => value.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?/, '$1');

/** Checks one answer against its question's type and options; the value returned is the canonical form. */
export function checkAnswer(q: Question, raw: unknown): AnswerCheck {
  if (raw === undefined || raw === null || raw === '') return { ok: false, message: 'is not answered' };
  const values = optionValues(q);
  if (typeof raw === 'string' && values.includes(raw) && q.type !== 'multichoice') return { ok: true, value: raw };
  switch (q.type) {
    case 'yesno':
    case 'choice':
      return { ok: false, message: `must be one of: ${optionLabels(q)}` };
    case 'multichoice': {
      if (!Array.isArray(raw) || raw.length === 0) return { ok: false, message: 'must be a list of one or more options' };
      if (!raw.every((v): v is string => typeof v === 'string' && values.includes(v))) {
        return { ok: false, message: `must only contain: ${optionLabels(q)}` };
      }
      if (new Set(raw).size !== raw.length) return { ok: false, message: 'lists an option twice' };
      if (q.exclusiveOption && raw.includes(q.exclusiveOption) && raw.length > 1) {
        return { ok: false, message: `"${labelOf(q, q.exclusiveOption)}" cannot be combined with other options` };
      }
      return { ok: true, value: values.filter((v) => raw.includes(v)) };
    }
    case 'number':
      return checkNumber(q, raw);
    case 'date':
      return typeof raw === 'string' && isIsoDate(raw)
        ? { ok: true, value: raw }
        : { ok: false, message: 'must be a date (YYYY-MM-DD)' };
    case 'datetime': {
      const instant = typeof raw === 'string' ? parseInstant(raw) : undefined;
      if (!instant) return { ok: false, message: 'must be a date and time (YYYY-MM-DDTHH:MM)' };
      // Working days are only known inside the bank-holiday table: a time outside it cannot be dated safely.
      const day = londonDate(instant);
      if (day < bankHolidayTableStartsOn || day > bankHolidayTableEndsOn) {
        return { ok: false, message: `must be between ${bankHolidayTableStartsOn} and ${bankHolidayTableEndsOn}` };
      }
      return { ok: true, value: toTheMinute(raw as string) };
    }
  }
}

/** The words shown for an answer in the "Why" trace and the plain-text record. */
export function answerLabel(q: Question, value: AnswerValue): string {
  const label = (v: string) => q.options?.find((o) => o.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.map(label).join('; ');
  return typeof value === 'string' ? label(value) : String(value);
}
