/**
 * Calendar arithmetic in Europe/London: working days, bank holidays, local times across clock changes.
 * Dates are 'YYYY-MM-DD' strings, instants are JS Dates. Pure: nothing here reads the clock.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { addMonths, format } from 'date-fns';
import { remembered } from './memo';

export const LONDON = 'Europe/London';

/**
 * Bank holidays in England and Wales, one row per year in this column order: New Year's Day, Good Friday,
 * Easter Monday, early May, spring, summer, Christmas Day, Boxing Day (substitute days where the day
 * falls at a weekend). Source: GOV.UK, https://www.gov.uk/bank-holidays (England and Wales). No special
 * bank holidays are announced for these years. Rows for years GOV.UK had not yet published when this was
 * written follow the standing pattern; re-check them against GOV.UK once published, and extend the table
 * before `bankHolidayTableEndsOn` comes within a year (a test guards this).
 */
const bankHolidayRows: readonly (readonly string[])[] = [
  ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
  ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
  ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
  ['2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26'],
  ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26'],
];

export const bankHolidays: readonly string[] = Object.freeze(bankHolidayRows.flat());
export const bankHolidayTableStartsOn = '2024-01-01';
export const bankHolidayTableEndsOn = '2030-12-31';
const bankHolidaySet: ReadonlySet<string> = new Set(bankHolidays);

/** Whether a day is a working day is unknown outside the table: callers get this rather than a guess. */
export class OutsideBankHolidayTableError extends RangeError {
  constructor(readonly date: string) {
    super(`${date} is outside the bank holiday table (${bankHolidayTableStartsOn} to ${bankHolidayTableEndsOn})`);
    this.name = 'OutsideBankHolidayTableError';
  }
}

export type Weekday = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function dateParts(date: string): [number, number, number] {
  if (!isIsoDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  const [year, month, day] = date.split('-').map(Number);
  return [year, month, day];
}

// Calendar-day arithmetic runs in UTC, where every day has 24 hours, so a clock change cannot shift a date.
function calendarDay(date: string): TZDate {
  const [year, month, day] = dateParts(date);
  return new TZDate(year, month - 1, day, 'UTC');
}

function isoDate(day: Date): string {
  return format(day, 'yyyy-MM-dd');
}

const WEEKDAYS: readonly Weekday[] = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The same calendar arithmetic on a plain UTC Date: it runs for every day a deadline counts through, and is
 * much cheaper than a TZDate and a format. */
function utcDay(date: string): Date {
  const [year, month, day] = dateParts(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc;
}

function isoOfUtcDay(day: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(day.getUTCFullYear()).padStart(4, '0')}-${two(day.getUTCMonth() + 1)}-${two(day.getUTCDate())}`;
}

function wallClockAsUtc(date: string, hours: number, minutes: number, seconds = 0, ms = 0): number {
  const [year, month, day] = dateParts(date);
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hours, minutes, seconds, ms);
  return wall.getTime();
}

/**
 * A London wall-clock time as an instant. A time skipped when the clocks go forward moves forward by the
 * gap (one hour); a time that occurs twice when they go back is the first occurrence (BST), the reading
 * the specs fix. TZDate alone takes the second occurrence, hence the explicit candidates.
 */
function londonWallClockToInstant(wall: number): Date {
  const offsetBefore = londonOffset(wall - 12 * HOUR_MS);
  const offsetAfter = londonOffset(wall + 12 * HOUR_MS);
  const existing = [offsetBefore, offsetAfter]
    .map((offset) => ({ offset, instant: wall - offset * MINUTE_MS }))
    .filter(({ offset, instant }) => londonOffset(instant) === offset)
    .map(({ instant }) => instant);
  return new Date(existing.length > 0 ? Math.min(...existing) : wall - offsetBefore * MINUTE_MS);
}

/** London's offset from UTC, in minutes, at an instant (ms). The clocks change on the hour, so one offset holds
 * for a whole UTC hour: each hour's is looked up once (the time-zone database lookup is the costly part of
 * every date on every card). */
function londonOffset(ms: number): number {
  if (!Number.isFinite(ms)) throw new RangeError('Invalid time value');
  return offsetOfHour(Math.floor(ms / HOUR_MS));
}

const offsetOfHour = remembered((hour: number) => tzOffset(LONDON, new Date(hour * HOUR_MS)));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const two = (n: number) => String(n).padStart(2, '0');

/** The London wall-clock reading of an instant, as the UTC fields of a Date. */
function londonWall(instant: Date): Date {
  const ms = instant.getTime();
  return new Date(ms + londonOffset(ms) * MINUTE_MS);
}

const hhmm = (wall: Date) => `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`;
const londonTimeOf = (wall: Date) => `${hhmm(wall)}:${two(wall.getUTCSeconds())}`;
/** e.g. 'Wed 11 Mar 2026', from the UTC fields. */
const dayInWords = (wall: Date) =>
  `${WEEKDAYS[wall.getUTCDay()]} ${wall.getUTCDate()} ${MONTHS[wall.getUTCMonth()]} ${wall.getUTCFullYear()}`;

function parseHhMm(time: string): [number, number] {
  const match = HH_MM.exec(time);
  if (!match) throw new RangeError(`not a time of day (HH:MM): ${time}`);
  return [Number(match[1]), Number(match[2])];
}

/** ISO 8601 date-time; without an offset it is Europe/London local time. Anything else: undefined. */
export function parseInstant(value: string): Date | undefined {
  const match = INSTANT.exec(value);
  if (!match) return undefined;
  const [, date, hh, mm, ss = '0', fraction = '', offset] = match;
  const [hours, minutes, seconds] = [Number(hh), Number(mm), Number(ss)];
  if (!isIsoDate(date) || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const wall = wallClockAsUtc(date, hours, minutes, seconds, Number(fraction.padEnd(3, '0').slice(0, 3)));
  if (offset === undefined) return londonWallClockToInstant(wall);
  if (offset === 'Z') return new Date(wall);
  const [offsetHours, offsetMinutes] = offset.slice(1).split(':').map(Number);
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const sign = offset.startsWith('-') ? -1 : 1;
  return new Date(wall - sign * (offsetHours * 60 + offsetMinutes) * MINUTE_MS);
}

export function weekday(date: string): Weekday {
  return WEEKDAYS[utcDay(date).getUTCDay()];
}

export function isWorkingDay(date: string): boolean {
  dateParts(date);
  if (date < bankHolidayTableStartsOn || date > bankHolidayTableEndsOn) throw new OutsideBankHolidayTableError(date);
  const day = weekday(date);
  return day !== 'Sat' && day !== 'Sun' && !bankHolidaySet.has(date);
}

export function addCalendarDays(date: string, n: number): string {
  const day = utcDay(date);
  day.setUTCDate(day.getUTCDate() + n);
  return isoOfUtcDay(day);
}

/** The Nth working day after `date`; `date` itself never counts, whether or not it is a working day. */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a whole number of 1 or more: ${n}`);
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

export function lastWorkingDayOnOrBefore(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addCalendarDays(day, -1);
  return day;
}

/** Same day number n months on (or back, for negative n); the month's last day when that day does not exist. */
export function addMonthsClamped(date: string, n: number): string {
  return isoDate(addMonths(calendarDay(date), n));
}

export function londonDate(instant: Date): string {
  return isoOfUtcDay(londonWall(instant));
}

/** 'HH:MM:SS', London local time. */
export function londonTime(instant: Date): string {
  return londonTimeOf(londonWall(instant));
}

/** A London date and 'HH:MM' local time as an instant (same gap and overlap rules as parseInstant). */
export function londonDateTime(date: string, time: string): Date {
  const [hours, minutes] = parseHhMm(time);
  return londonWallClockToInstant(wallClockAsUtc(date, hours, minutes));
}

/** e.g. '2026-03-11T00:00:00+00:00', '2026-06-17T13:30:00+01:00'. */
export function toLondonIso(instant: Date): string {
  const offset = londonOffset(instant.getTime());
  const wall = new Date(instant.getTime() + offset * MINUTE_MS);
  const sign = offset < 0 ? '-' : '+';
  return `${isoOfUtcDay(wall)}T${londonTimeOf(wall)}${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
}

/** e.g. '17:00 Wed 11 Mar 2026'. */
export function formatLondon(instant: Date): string {
  const wall = londonWall(instant);
  return `${hhmm(wall)} ${dayInWords(wall)}`;
}

/** e.g. 'Wed 11 Mar 2026'. */
export function formatLondonDate(date: string): string {
  return dayInWords(utcDay(date));
}

export interface OfficeHours {
  opens: string;
  closes: string;
}

/** A working day and opens ≤ London local time < closes. */
export function isWithinOfficeHours(instant: Date, hours: OfficeHours): boolean {
  parseHhMm(hours.opens);
  parseHhMm(hours.closes);
  const time = londonTime(instant);
  return isWorkingDay(londonDate(instant)) && `${hours.opens}:00` <= time && time < `${hours.closes}:00`;
}
