/**
 * Turns a step's deadline rule into words and, where the answers allow, a London date (and time).
 * Pure: `now` comes from the caller and is only used to mark past deadlines as overdue.
 */
import {
  OutsideBankHolidayTableError,
  addCalendarDays,
  addMonthsClamped,
  addWorkingDays,
  isIsoDate,
  lastWorkingDayOnOrBefore,
  londonDate,
  londonDateTime,
  parseInstant,
  toLondonIso,
} from './calendar';
import type { DeadlineRule, Due } from './model';

export interface DueOptions {
  /** An ISO date-time or date for an anchor of the flow; undefined when the answers do not give it. */
  resolveAnchor(name: string): string | undefined;
  anchorLabel(name: string): string;
  now?: Date;
  /** 'HH:MM' London time at which a working day ends. */
  officeCloses: string;
}

/** T: a London calendar day, and the instant when the anchor is a date-time. */
interface AnchorTime {
  date: string;
  instant?: Date;
}

type AnchoredRule = Extract<DeadlineRule, { from: string }>;

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function inWords(rule: AnchoredRule, label: string): string {
  switch (rule.kind) {
    case 'workingDays':
      return `within ${plural(rule.n, 'working day')} of ${label}`;
    case 'nextWorkingDay':
      return `by the next working day after ${label}`;
    case 'days':
      return `within ${plural(rule.n, 'day')} of ${label}`;
    case 'hours':
      return `within ${plural(rule.n, 'hour')} of ${label}`;
    case 'monthsBefore':
      return `${plural(rule.n, 'month')} before ${label}`;
    case 'monthly':
      return `monthly, first within one month of ${label}`;
  }
}

function resolveAnchor(name: string, opts: DueOptions): AnchorTime | undefined {
  if (name === 'now') return opts.now && { date: londonDate(opts.now), instant: opts.now };
  const value = opts.resolveAnchor(name);
  if (value === undefined) return undefined;
  if (isIsoDate(value)) return { date: value };
  const instant = parseInstant(value);
  return instant && { date: londonDate(instant), instant };
}

/** A working day's deadline: its date, and the office's closing time only where the rule says the day ends then. */
function workingDay(date: string, endsAtClose: boolean | undefined, opts: DueOptions): Omit<Due, 'rule'> {
  return endsAtClose ? { date, at: toLondonIso(londonDateTime(date, opts.officeCloses)) } : { date };
}

/** Past at `now`: a time once it has gone, a date without a time once that London day has ended. */
function isPast(due: Omit<Due, 'rule'>, now: Date | undefined): boolean {
  if (!now) return false;
  if (due.at) return new Date(due.at).getTime() < now.getTime();
  return due.date !== undefined && due.date < londonDate(now);
}

function dated(rule: AnchoredRule, t: AnchorTime, opts: DueOptions): Omit<Due, 'rule'> {
  switch (rule.kind) {
    case 'workingDays':
      return workingDay(addWorkingDays(t.date, rule.n), rule.endsAtClose, opts);
    case 'nextWorkingDay':
      return workingDay(addWorkingDays(t.date, 1), rule.endsAtClose, opts);
    case 'days':
      return { date: addCalendarDays(t.date, rule.n) };
    case 'hours': {
      // Elapsed hours need a time of day to count from; a plain date gives the rule in words only.
      if (!t.instant) return {};
      const at = new Date(t.instant.getTime() + rule.n * 3_600_000);
      return { at: toLondonIso(at), date: londonDate(at) };
    }
    case 'monthsBefore':
      return { date: addMonthsClamped(t.date, -rule.n) };
    case 'monthly':
      return { date: lastWorkingDayOnOrBefore(addMonthsClamped(t.date, 1)) };
  }
}

export function computeDue(rule: DeadlineRule, opts: DueOptions): Due {
  switch (rule.kind) {
    case 'immediately':
      return { rule: 'immediately' };
    case 'none':
      return { rule: 'no deadline given' };
    case 'stated':
      return { rule: rule.text };
  }
  const words = inWords(rule, opts.anchorLabel(rule.from));
  const t = resolveAnchor(rule.from, opts);
  if (!t) return { rule: words };
  try {
    const due = dated(rule, t, opts);
    return { rule: words, ...due, ...(isPast(due, opts.now) ? { overdue: true } : {}) };
  } catch (error) {
    // Past the bank holiday table the working days are unknown: state the rule rather than guess a date.
    if (error instanceof OutsideBankHolidayTableError) return { rule: words };
    throw error;
  }
}
