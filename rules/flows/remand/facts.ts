/** Spec §3 "Legal status shown on each card". */
import { formatLondon, isWorkingDay, londonDate, londonTime } from '../../calendar';
import type { Fact, Ref } from '../../model';
import { instantOf, type Ctx } from './context';
import { law, protocol } from './refs';
import { isSaturdayOrBankHoliday, nextOpeningText, remlaaOwner, route, type Route } from './routing';
import { teams } from './settings';

const legalStatus: Record<string, { value: string; refs: Ref[] }> = {
  police: {
    // Audit L3: the protocol is silent (spec N7); the law now is s.21(2)(b). The last sentence follows from it.
    value:
      "Detained in police custody. Once the local authority takes the child from the police station it accommodates the child, so the child is looked after (the law now: Children Act 1989 s.21(2)(b); the protocol does not say). If the child was already looked after, that continues.",
    refs: [protocol('6.1', 'l. 157'), law('children-act-1989', 's.21(2)(b)')],
  },
  notRemanded: {
    value: 'Not remanded yet. Status is unchanged until the court decides.',
    refs: [protocol('10.2', 'l. 328'), protocol('10.6', 'l. 368')],
  },
  remlaa: {
    value: 'Looked after: accommodated by the local authority under s.21 Children Act 1989 while remanded.',
    refs: [protocol('10.2', 'l. 316, 328')],
  },
  // Audit L2: the protocol says "under s20" (l. 368); the law now is LASPO s.104.
  yda: {
    value:
      'Looked after by the designated local authority for the duration of the remand (the law now: LASPO s.104). It is not accommodation under s.20 Children Act 1989: no parental consent is needed and parents cannot remove the child. The protocol says the status is under s.20.',
    refs: [protocol('10.6', 'l. 368'), law('laspo-2012', 's.104')],
  },
};

const statusByOutcome: Record<string, keyof typeof legalStatus> = {
  PACE_TRANSFER_LA_ACCOMMODATION: 'police',
  PACE_SECURE_REQUESTED: 'police',
  POLICE_CUSTODY_NO_TRANSFER_YET: 'police',
  REMLAA_POSSIBLE: 'notRemanded',
  YDA_IMMINENT: 'notRemanded',
  YDA_NOT_POSSIBLE_AGE_10_11: 'notRemanded',
  REMLAA_LOOKED_AFTER: 'remlaa',
  YDA_REMAND_LOOKED_AFTER: 'yda',
};

/** Who completes CSC's duties after a remand to local authority accommodation (from the remand time, l. 334), shown
 * when it differs from who to contact now (from the time now): audit E1. */
function dutyOwner(ctx: Ctx, outcomeId: string): Fact | undefined {
  if (outcomeId !== 'REMLAA_LOOKED_AFTER') return undefined;
  const owner = remlaaOwner(ctx);
  const contact = route(ctx, outcomeId);
  const remandAt = instantOf(ctx, 'remand_or_request_at');
  if (!owner || !contact || !remandAt || owner === contact) return undefined;
  const t = teams(ctx.settings);
  const owners: Record<Route, string> = {
    in_hours: `the daytime children's social care roles (the ${t.mash} or allocated social worker, and the ${t.placement}) own CSC's duties for this remand`,
    out_of_hours:
      isSaturdayOrBankHoliday(ctx) || (isWorkingDay(londonDate(remandAt)) && londonTime(remandAt) > `${ctx.settings.remlaaOutOfHoursAfter}:00`)
        ? `the ${t.outOfHours} completes CSC's duties for this remand`
        : `the ${t.outOfHours} completes CSC's duties for this remand (the protocol names only weekday evenings and Saturday or bank-holiday courts; this follows from the ${t.mash} being closed)`,
    check_both: `the protocol does not say who completes CSC's duties for this remand (the ${t.mash} closes at ${ctx.settings.officeCloses}; the ${t.outOfHours} takes over remands made after ${ctx.settings.remlaaOutOfHoursAfter})`,
  };
  const now: Record<Route, string> = {
    in_hours: `It is now office hours, so contact the ${t.mash} or allocated social worker and the ${t.placement}.`,
    out_of_hours: `It is now out of hours, so ring the ${t.outOfHours} now, and hand over to the daytime roles when the offices open (${nextOpeningText(ctx)}).`,
    check_both: `It is now between ${ctx.settings.officeCloses} and ${ctx.settings.remlaaOutOfHoursAfter}, so contact both and agree who acts tonight.`,
  };
  return {
    id: 'remand_duty_owner',
    label: "Who completes children's social care's duties",
    value: `Remanded at ${formatLondon(remandAt)}, so ${owners[owner]}. ${now[contact]}`,
    refs: [protocol('10.2', 'l. 334'), protocol('7.1', 'l. 185')],
  };
}

export function facts(ctx: Ctx, outcomeId: string): Fact[] {
  const key = statusByOutcome[outcomeId];
  if (!key) return [];
  const owner = dutyOwner(ctx, outcomeId);
  return [{ id: 'legal_status', label: 'Legal status', ...legalStatus[key] }, ...(owner ? [owner] : [])];
}
