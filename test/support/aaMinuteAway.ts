import { toLondonIso } from '../../rules/calendar';

/** A 14-year-old refused police bail, no family to act as appropriate adult, and the appropriate adult asked for
 * two hours before the next whole minute (at least 10 s away): the 2-hour target, and so a reminder with no lead
 * time, falls on that minute. Remand answers for tests of reminders that must really arrive. */
export function aaTargetAMinuteAway(now = Date.now()): Record<string, string | number> {
  const due = new Date(Math.ceil((now + 10_000) / 60_000) * 60_000);
  const requested = toLondonIso(new Date(due.getTime() - 2 * 3_600_000)).slice(0, 16);
  return {
    child_age: 14,
    stage: 'police_custody_refused_bail',
    remand_or_request_at: requested,
    csc_status: 'not_open',
    police_request: 'la_accommodation',
    aa_needed: 'yes_no_family',
    aa_requested_at: requested,
  };
}
