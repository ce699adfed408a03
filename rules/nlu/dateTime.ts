import * as chrono from 'chrono-node';
import { addCalendarDays, formatLondonDate, isIsoDate, londonDate, londonTime, parseInstant, toLondonIso } from '../calendar';
import type { TimeDirection } from './types';

export type DateTimeReading =
  | { ok: true; value: string; echo: string }
  | { ok: false; reason: 'unreadable' | 'no time'; date?: string };

const pad = (n: number): string => String(n).padStart(2, '0');
const localIso = (date: string, hour: number, minute: number): string => `${date}T${pad(hour)}:${pad(minute)}`;

/** "Tue 1 Dec 2026, 01:15": a date-time answer as it is echoed back to the user. */
export function echoDateTime(value: string): string {
  return `${formatLondonDate(value.slice(0, 10))}, ${value.slice(11, 16)}`;
}

/** The London UTC offset at `now`, in minutes, so chrono reads "today" and "yesterday" as London days. */
function londonOffsetMinutes(now: Date): number {
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(toLondonIso(now));
  if (!offset) return 0;
  return (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
}

const byTime = (a: string, b: string): number => parseInstant(a)!.getTime() - parseInstant(b)!.getTime();

/** The candidate a bare time stands for: the latest one not after `now` (past), or the first not before it (next). */
function pick(candidates: string[], now: Date, direction: TimeDirection): string | undefined {
  const valid = candidates.filter((c) => parseInstant(c) !== undefined).sort(byTime);
  const t = now.getTime();
  return direction === 'past'
    ? valid.filter((c) => parseInstant(c)!.getTime() <= t).pop()
    : valid.find((c) => parseInstant(c)!.getTime() >= t);
}

/** A typed date and time, read the way people type them in the UK ("01:15", "1.15am", "tonight 1:15",
 * "yesterday 6pm", "25/11 14:30", "Friday 4pm"), as a London local date-time `YYYY-MM-DDTHH:MM`. A date
 * or hour the text leaves open is resolved against `now` in `direction`; no clock is read here. */
export function readDateTime(text: string, now: Date, direction: TimeDirection): DateTimeReading {
  const t = text.trim().toLowerCase();
  if (/^(?:right )?now$|^just now$/.test(t)) {
    const value = `${londonDate(now)}T${londonTime(now).slice(0, 5)}`;
    return { ok: true, value, echo: echoDateTime(value) };
  }
  const results = chrono.en.GB.parse(t.replace(/\b(\d{1,2})\.(\d{2})(?=\s*(?:am|pm|$|\s))/g, '$1:$2'), { instant: now, timezone: londonOffsetMinutes(now) });
  if (results.length !== 1) return { ok: false, reason: 'unreadable' };
  const start = results[0].start;
  const known = (c: chrono.Component) => start.isCertain(c);
  const day = `${start.get('year')}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`;
  if (!isIsoDate(day)) return { ok: false, reason: 'unreadable' };
  if (!known('hour')) return { ok: false, reason: 'no time', date: day };
  const hour = start.get('hour')!;
  const minute = start.get('minute') ?? 0;
  const night = /\b(?:tonight|last night|overnight|early hours)\b/.test(t);
  // "1:15" or "10 last night" leaves morning or evening open; "01:15", "13:15", "1.15am" and "this morning" do not.
  const open = !known('meridiem') && !/\b0\d[:.]\d{2}\b|\bmorning\b|\bafternoon\b|\bevening\b/.test(t) && (hour < 12 || (night && hour > 12));
  const either = open ? [hour % 12, (hour % 12) + 12] : [hour];
  const atNight = either.filter((h) => h >= 18 || h < 6);
  const hours = night && atNight.length ? atNight : either;
  let candidates: string[];
  if (known('day') && !night) {
    candidates = [localIso(day, hour, minute)];
    if (!known('year')) candidates.push(...[-1, 1].map((y) => localIso(`${Number(day.slice(0, 4)) + y}${day.slice(4)}`, hour, minute)));
    if (known('year')) return finish(candidates[0]);
  } else if (known('weekday')) {
    candidates = [-7, 0, 7].map((d) => localIso(addCalendarDays(day, d), hour, minute));
  } else {
    const today = londonDate(now);
    candidates = [-1, 0, 1].flatMap((d) => hours.map((h) => localIso(addCalendarDays(today, d), h, minute)));
  }
  // "today" and "yesterday" name the day whatever the order of the words: a time that does not fit is not moved.
  const named = /\btoday\b/.test(t) ? londonDate(now) : /\byesterday\b/.test(t) ? addCalendarDays(londonDate(now), -1) : undefined;
  if (named) candidates = candidates.filter((c) => c.startsWith(named));
  const chosen = pick(candidates, now, direction);
  return chosen ? finish(chosen) : { ok: false, reason: 'unreadable' };
}

function finish(value: string): DateTimeReading {
  return parseInstant(value) ? { ok: true, value, echo: echoDateTime(value) } : { ok: false, reason: 'unreadable' };
}

/** A typed date (no time): "25/11/2026", "yesterday", "last Friday", "3 March 2025"; a year left out is the
 * most recent such date in `direction`. */
export function readDate(text: string, now: Date, direction: TimeDirection): string | undefined {
  const results = chrono.en.GB.parse(text.trim(), { instant: now, timezone: londonOffsetMinutes(now) });
  if (results.length !== 1) return undefined;
  const start = results[0].start;
  if (!start.isCertain('day') && !start.isCertain('weekday')) return undefined;
  const day = `${start.get('year')}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`;
  if (!isIsoDate(day)) return undefined;
  const today = londonDate(now);
  if (start.isCertain('year')) return day;
  if (start.isCertain('weekday') && !start.isCertain('day')) {
    if (direction === 'past' && day > today) return addCalendarDays(day, -7);
    if (direction === 'next' && day < today) return addCalendarDays(day, 7);
    return day;
  }
  const year = Number(day.slice(0, 4));
  if (direction === 'past' && day > today) return `${year - 1}${day.slice(4)}`;
  if (direction === 'next' && day < today) return `${year + 1}${day.slice(4)}`;
  return day;
}
