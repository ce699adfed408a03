/** Who to contact now, and who owns CSC's duties after a remand to local authority accommodation.
 * Contact turns on when it is made (l. 185, l. 79, l. 146): the injected `now`. Only the ownership of the
 * duties after a remand to local authority accommodation turns on the remand time (l. 334): audit E1. */
import {
  OutsideBankHolidayTableError,
  addWorkingDays,
  bankHolidays,
  formatLondon,
  isWithinOfficeHours,
  isWorkingDay,
  londonDate,
  londonDateTime,
  londonTime,
  weekday,
} from '../../calendar';
import { COURT_ROUTED_OUTCOMES, OFFICE_ROUTED_OUTCOMES, instantOf, type Ctx } from './context';

export type Route = 'in_hours' | 'out_of_hours' | 'check_both';

const withSeconds = (hhmm: string) => `${hhmm}:00`;

/** A working day; for a `now` beyond the bank holiday table (a wrong machine clock), Monday to Friday, so that the
 * card still names who to contact rather than failing. The answers themselves are checked against the table. */
function workingDay(date: string): boolean {
  try {
    return isWorkingDay(date);
  } catch (error) {
    if (!(error instanceof OutsideBankHolidayTableError)) throw error;
    return !['Sat', 'Sun'].includes(weekday(date));
  }
}

/** The office hours at an instant; with `gap`, 17:00–18:00 (both included) on a working day is the gap
 * between the MASH closing (l. 185) and the out-of-hours hand-over of a remand (l. 334): spec N1. */
function routeAt(ctx: Ctx, at: Date, gap: boolean): Route {
  const { officeOpens, officeCloses, remlaaOutOfHoursAfter } = ctx.settings;
  const t = londonTime(at);
  if (!workingDay(londonDate(at)) || t < withSeconds(officeOpens)) return 'out_of_hours';
  if (t < withSeconds(officeCloses)) return 'in_hours';
  if (gap && t <= withSeconds(remlaaOutOfHoursAfter)) return 'check_both';
  return 'out_of_hours';
}

/** The time contact is made: `now` (always given to `decide`). */
const contactTime = (ctx: Ctx): Date | undefined => ctx.now ?? instantOf(ctx, 'remand_or_request_at');

/** Who to contact now (the ROUTE_* flags). Court outcomes keep the 17:00–18:00 gap: a remand made, or about to
 * be made, then has no clear owner. */
export function route(ctx: Ctx, outcomeId: string): Route | undefined {
  const courtRouted = COURT_ROUTED_OUTCOMES.includes(outcomeId);
  if (!courtRouted && !OFFICE_ROUTED_OUTCOMES.includes(outcomeId)) return undefined;
  const at = contactTime(ctx);
  return at && routeAt(ctx, at, courtRouted);
}

/** Who completes CSC's duties after a remand to local authority accommodation, from the remand time (l. 334):
 * the daytime roles; the CSC Out of Hours team (after 18:00 on a weekday, a Saturday or bank-holiday court;
 * Sundays and weekday times before 09:00 by inference, spec N1); or unclear (17:00–18:00). */
export function remlaaOwner(ctx: Ctx): Route | undefined {
  const at = instantOf(ctx, 'remand_or_request_at');
  return at && routeAt(ctx, at, true);
}

/** The next time the offices open (working day, `officeOpens`), at or after `now`. */
export function nextOpening(ctx: Ctx): Date | undefined {
  const now = ctx.now;
  if (!now) return undefined;
  const today = londonDate(now);
  const opensToday = londonDateTime(today, ctx.settings.officeOpens);
  if (workingDay(today) && now.getTime() <= opensToday.getTime()) return opensToday;
  try {
    return londonDateTime(addWorkingDays(today, 1), ctx.settings.officeOpens);
  } catch (error) {
    if (error instanceof OutsideBankHolidayTableError) return undefined;
    throw error;
  }
}

/** "09:00 Mon 7 Dec 2026": when the offices next open. */
export const nextOpeningText = (ctx: Ctx): string => {
  const at = nextOpening(ctx);
  return at ? formatLondon(at) : `${ctx.settings.officeOpens} on the next working day`;
};

/** Later than the remand or request, and outside office hours: the court and the daytime offices have closed
 * since, so a step that needs them waits until they open. */
export function officesClosedSinceRemand(ctx: Ctx): boolean {
  const at = instantOf(ctx, 'remand_or_request_at');
  const now = ctx.now;
  if (!at || !now || now.getTime() <= at.getTime()) return false;
  return routeAt(ctx, now, false) === 'out_of_hours';
}

/** The courts the protocol names for the rota (l. 334, 336); Sundays are not among them (spec N1). */
export function isSaturdayOrBankHoliday(ctx: Ctx): boolean {
  const at = instantOf(ctx, 'remand_or_request_at');
  if (!at) return false;
  const date = londonDate(at);
  return weekday(date) === 'Sat' || bankHolidays.includes(date);
}

/** The YOS provides AAs in office hours on working days, the CSC Out of Hours team otherwise (l. 146),
 * judged at the time of the AA request, not of the bail refusal. */
export function aaRequestInOfficeHours(ctx: Ctx): boolean {
  const at = instantOf(ctx, 'aa_requested_at');
  return at !== undefined && isWithinOfficeHours(at, { opens: ctx.settings.officeOpens, closes: ctx.settings.officeCloses });
}
