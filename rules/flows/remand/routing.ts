/** Who to contact now, from the London local time of the answers (spec §1 "Office hours and routing").
 * The decision never reads `now`: only the times the user gives. */
import { bankHolidays, isWithinOfficeHours, isWorkingDay, londonDate, londonTime, weekday } from '../../calendar';
import { COURT_ROUTED_OUTCOMES, OFFICE_ROUTED_OUTCOMES, instantOf, type Ctx } from './context';

export type Route = 'in_hours' | 'out_of_hours' | 'check_both';

const withSeconds = (hhmm: string) => `${hhmm}:00`;

export function route(ctx: Ctx, outcomeId: string): Route | undefined {
  const courtRouted = COURT_ROUTED_OUTCOMES.includes(outcomeId);
  if (!courtRouted && !OFFICE_ROUTED_OUTCOMES.includes(outcomeId)) return undefined;
  const at = instantOf(ctx, 'remand_or_request_at');
  if (!at) return undefined;
  const { officeOpens, officeCloses, remlaaOutOfHoursAfter } = ctx.settings;
  const t = londonTime(at);
  if (!isWorkingDay(londonDate(at)) || t < withSeconds(officeOpens)) return 'out_of_hours';
  if (t < withSeconds(officeCloses)) return 'in_hours';
  // "After 6pm" (l. 334) is not yet met at 18:00:00 while the MASH has closed at 17:00 (l. 185): spec N1.
  if (courtRouted && t <= withSeconds(remlaaOutOfHoursAfter)) return 'check_both';
  return 'out_of_hours';
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
