/** The deadline forms of spec §1.3 that depend on the answers: "before release" dates become `immediately`
 * once they have passed, and the Category 4 planning points are shown with their computed dates. */
import { addMonthsClamped, formatLondonDate, londonDate } from '../../calendar';
import type { DeadlineRule } from '../../model';
import { dateAnswer, needs, type Ctx } from './predicates';

export const withinThreeDaysOfSentence: DeadlineRule = { kind: 'days', n: 3, from: 'sentence' };

/** 12 months' notice for a complex release (accommodation, surveillance or treatment), otherwise 6. */
export const planningMonths = (ctx: Ctx): number => (needs(ctx, 'complex_release') ? 12 : 6);

/** The date `months` before the release date, when one was given. */
export const monthsBeforeRelease = (ctx: Ctx, months: number): string | undefined => {
  const release = dateAnswer(ctx, 'release_date');
  return release === undefined ? undefined : addMonthsClamped(release, -months);
};

export const hasPassed = (ctx: Ctx, date: string | undefined): boolean =>
  date !== undefined && ctx.now !== undefined && date < londonDate(ctx.now);

export const beforeRelease = (ctx: Ctx, months: number): DeadlineRule =>
  hasPassed(ctx, monthsBeforeRelease(ctx, months))
    ? { kind: 'immediately' }
    : { kind: 'monthsBefore', n: months, from: 'release' };

export const planningPointPassed = (ctx: Ctx): boolean => hasPassed(ctx, monthsBeforeRelease(ctx, planningMonths(ctx)));

/** The Category 4 pre-release timeline of 003 §24.13–24.14, with the NSD transfer date when it can be computed. */
export const categoryFourTimeline = (ctx: Ctx): string => {
  const transfer = monthsBeforeRelease(ctx, 15);
  return (
    'Level setting starts when the case is allocated to a community offender manager (COM), up to 18 months ' +
    'before release. The case transfers to the NSD (or a Probation Delivery Unit COM) 15 months before release' +
    `${transfer ? ` (${formatLondonDate(transfer)})` : ''}. Parole-eligible cases are reviewed 8 months before the ` +
    'parole eligibility date. 6 months before release is the latest point.'
  );
};
