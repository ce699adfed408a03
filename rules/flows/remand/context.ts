/** The answers of the `remand` flow in the spec's terms: stage groups, status groups, outcome groups. */
import { parseInstant } from '../../calendar';
import type { FlowContext } from '../../model';
import type { RemandSettings } from './settings';

export type Ctx = FlowContext<RemandSettings>;

export const POLICE_STAGES = ['police_custody_refused_bail', 'police_custody_other'];
export const COURT_STAGES = ['court_remand_possible', 'court_yda_sought', 'remanded_la'];
export const REMANDED_STAGES = ['remanded_la', 'remanded_yda'];

export const LOOKED_AFTER = ['care_order', 'looked_after_other'];
export const NOT_LOOKED_AFTER = ['open_not_looked_after', 'not_open'];

/** A remand to local authority accommodation is made or possible: the 18:00 hand-over applies (spec N16). */
export const COURT_ROUTED_OUTCOMES = ['REMLAA_POSSIBLE', 'YDA_IMMINENT', 'YDA_NOT_POSSIBLE_AGE_10_11', 'REMLAA_LOOKED_AFTER'];
export const OFFICE_ROUTED_OUTCOMES = [
  'PACE_TRANSFER_LA_ACCOMMODATION',
  'PACE_SECURE_REQUESTED',
  'POLICE_CUSTODY_NO_TRANSFER_YET',
  'YDA_REMAND_LOOKED_AFTER',
];
export const AT_OR_AFTER_COURT_OUTCOMES = [...COURT_ROUTED_OUTCOMES, 'YDA_REMAND_LOOKED_AFTER'];

export const age = (ctx: Ctx) => ctx.answers.child_age as number | undefined;
export const stage = (ctx: Ctx) => ctx.answers.stage as string | undefined;
export const cscStatus = (ctx: Ctx) => ctx.answers.csc_status as string | undefined;
export const isRemanded = (ctx: Ctx) => REMANDED_STAGES.includes(stage(ctx) ?? '');
export const statusNotKnown = (ctx: Ctx) => cscStatus(ctx) === 'not_known';
/** The answers say the child was looked after just before (a care order, s.20 or an earlier remand). */
export const lookedAfterBefore = (ctx: Ctx) => LOOKED_AFTER.includes(cscStatus(ctx) ?? '');
/** The answers say the child was not looked after just before (open to CSC or not). */
export const notLookedAfterBefore = (ctx: Ctx) => NOT_LOOKED_AFTER.includes(cscStatus(ctx) ?? '');
/** The child is "already accommodated in Local Authority accommodation" (l. 475): looked after, or just remanded to
 * it (spec N17). Unsettled while the status is not known, so the steps for it are then kept, marked "if". */
export const accommodatedByLa = (ctx: Ctx) => stage(ctx) === 'remanded_la' || lookedAfterBefore(ctx);
export const mayBeAccommodatedByLa = (ctx: Ctx) => accommodatedByLa(ctx) || statusNotKnown(ctx);
export const aaNeeded = (ctx: Ctx) => ctx.answers.aa_needed as string | undefined;
/** Answers that ask for an AA: family, a placement worker, or nobody suitable (E3). */
export const AA_REQUESTED = ['yes_family', 'yes_placement_worker', 'yes_no_family'];
/** A youth detention remand reported for a child of 10 or 11: only a remand to LA accommodation is possible (l. 368, E2). */
export const reportedYdaAt10Or11 = (ctx: Ctx) => stage(ctx) === 'remanded_yda' && [10, 11].includes(age(ctx) ?? -1);


/** A date-time answer as an instant (no offset = London), or undefined when it is not on the path. */
export function instantOf(ctx: Ctx, questionId: string): Date | undefined {
  const value = ctx.answers[questionId];
  return typeof value === 'string' ? parseInstant(value) : undefined;
}
