import { checkAnswer, readDate, readDateTime, readQuantity, type AnswerHints, type AnswerValue, type Question } from '../rules';
import { londonDate, londonTime } from '../rules/calendar';
import { normalise } from './input';

/** `echo`: how a typed date-time was read ("Tue 1 Dec 2026, 01:15"), said back to the user. */
export type Parsed = { ok: true; value: AnswerValue; echo?: string } | { ok: false; message: string };

const YES = new Set(['yes', 'y', 'yeah', 'yep', 'true']);
const NO = new Set(['no', 'n', 'nope', 'false']);

/** "now" as the London local date-time of the turn, so that the answer reads like one the user typed. */
const londonNowAnswer = (now: Date): string => `${londonDate(now)}T${londonTime(now).slice(0, 5)}`;

function pickOption(q: Question, text: string): string | undefined {
  const options = q.options ?? [];
  const t = normalise(text).replace(/[.]$/, '');
  if (/^\d+$/.test(t) && q.type !== 'number') {
    const n = Number(t);
    return n >= 1 && n <= options.length ? options[n - 1].value : undefined;
  }
  if (q.type === 'yesno' || options.some((o) => o.value === 'yes')) {
    if (YES.has(t)) return options.find((o) => o.value === 'yes')?.value;
    if (NO.has(t)) return options.find((o) => o.value === 'no')?.value;
  }
  const exact = options.find((o) => normalise(o.label) === t || o.value.toLowerCase() === t);
  if (exact) return exact.value;
  const starts = options.filter((o) => normalise(o.label).startsWith(t));
  return t.length >= 3 && starts.length === 1 ? starts[0].value : undefined;
}

function parseDate(text: string): string | undefined {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : undefined;
}

function parseDateTime(text: string, now: Date): string | undefined {
  const t = text.trim();
  if (normalise(t) === 'now') return londonNowAnswer(now);
  const m = /^(\S+)[ T](\d{1,2}):(\d{2})$/.exec(t);
  if (m) {
    const date = parseDate(m[1]);
    return date ? `${date}T${m[2].padStart(2, '0')}:${m[3]}` : undefined;
  }
  return /^\d{4}-\d{2}-\d{2}T/.test(t) ? t : undefined;
}

const hint: Record<Question['type'], string> = {
  yesno: 'Tap Yes or No, or type yes or no.',
  choice: 'Tap an option, or type its number.',
  multichoice: 'Tick the options and press Submit, or type their numbers separated by commas (for example 1, 3).',
  number: 'Type a number.',
  date: 'Type a date like 25/11/2026 or "yesterday".',
  datetime: 'Type a date and time like 25/11/2026 14:30, "yesterday 6pm", "01:15" or "now".',
};

const DEFAULT_HINTS: AnswerHints = { direction: 'past' };

/** What a bare time means for this question, said with the hint ("01:15" alone: the last one that has passed). */
const directionHint = (hints: AnswerHints): string =>
  hints.direction === 'past' ? 'A time on its own means the most recent one that has passed.' : 'A time on its own means the next one to come.';

function readTypedNumber(text: string, hints: AnswerHints): number | string {
  const reading = readQuantity(text, hints.unit);
  if (reading.ok) return reading.value;
  if (reading.reason === 'other unit') return `Please give it in ${hints.unit ?? 'years'}${hints.unit === 'months' ? ' (for example "18 months" or "2 years")' : ''}.`;
  return `I could not match that to an answer. ${hint.number}`;
}

/** Turns typed text into an answer to the pending question; anything unclear is refused with a hint, never
 * guessed. `hints` say what unit a number is asked in and what a bare time means. */
export function parseTypedAnswer(q: Question, text: string, now: Date, hints: AnswerHints = DEFAULT_HINTS): Parsed {
  const option = pickOption(q, text);
  let candidate: AnswerValue | undefined = option;
  let echo: string | undefined;
  if (candidate === undefined) {
    if (q.type === 'multichoice') {
      const parts = text.split(/[,;]|\band\b/).map((p) => p.trim()).filter(Boolean);
      const values = parts.map((p) => pickOption(q, p));
      candidate = values.every((v): v is string => v !== undefined) ? values : undefined;
    } else if (q.type === 'number') {
      const n = readTypedNumber(text, hints);
      if (typeof n === 'string') return { ok: false, message: n };
      candidate = n;
    } else if (q.type === 'date') {
      candidate = parseDate(text) ?? readDate(text, now, hints.direction);
    } else if (q.type === 'datetime') {
      candidate = parseDateTime(text, now);
      if (candidate === undefined) {
        const reading = readDateTime(text, now, hints.direction);
        if (!reading.ok && reading.reason === 'no time') {
          return { ok: false, message: `Please add the time as well as the day, for example "${text.trim()} 18:00".` };
        }
        if (!reading.ok) return { ok: false, message: `I could not match that to an answer. ${hint.datetime} ${directionHint(hints)}` };
        candidate = reading.value;
        echo = `Taken as ${reading.echo}. If that is wrong, type back.`;
      }
    }
  }
  if (candidate === undefined) return { ok: false, message: `I could not match that to an answer. ${hint[q.type]}` };
  if (q.type === 'multichoice' && typeof candidate === 'string') candidate = [candidate];
  const check = checkAnswer(q, candidate);
  if (!check.ok) return { ok: false, message: `That answer ${check.message}. ${hint[q.type]}` };
  return echo ? { ...check, echo } : check;
}

/** A card submit's `answer` (and `answer_time` for date-time inputs) into an answer value. */
export function parseSubmittedAnswer(q: Question, answer: unknown, answerTime: unknown, now: Date): Parsed {
  let candidate: unknown = answer;
  if (q.type === 'multichoice' && typeof answer === 'string' && !(q.options ?? []).some((o) => o.value === answer)) {
    candidate = answer.split(',').map((s) => s.trim()).filter(Boolean);
  }
  if (q.type === 'multichoice' && typeof candidate === 'string') candidate = [candidate];
  if (q.type === 'number' && typeof answer === 'string' && !(q.options ?? []).some((o) => o.value === answer)) {
    candidate = answer.trim() === '' ? undefined : Number(answer);
  }
  if (q.type === 'datetime' && answer === 'now') candidate = londonNowAnswer(now);
  else if (q.type === 'datetime' && typeof answer === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(answer)) {
    if (typeof answerTime !== 'string' || !/^\d{2}:\d{2}$/.test(answerTime)) {
      return { ok: false, message: 'Please give the time as well as the date.' };
    }
    candidate = `${answer}T${answerTime}`;
  }
  const check = checkAnswer(q, candidate);
  return check.ok ? check : { ok: false, message: `That answer ${check.message}. ${hint[q.type]}` };
}
