/** Spec §5: additional actions, in output order, each with the steps it adds ("Applies" column). */
import type { FlagDef } from '../../model';
import {
  AA_REQUESTED,
  AT_OR_AFTER_COURT_OUTCOMES,
  LOOKED_AFTER,
  NOT_LOOKED_AFTER,
  aaNeeded,
  age,
  cscStatus,
  statusNotKnown,
  type Ctx,
} from './context';
import { doc, law, protocol } from './refs';
import { isSaturdayOrBankHoliday, nextOpeningText, route } from './routing';
import { teams, type RemandSettings } from './settings';

const REMANDS = ['REMLAA_LOOKED_AFTER', 'YDA_REMAND_LOOKED_AFTER'];
const onCareOrder = (ctx: Ctx) => cscStatus(ctx) === 'care_order';
const only = (applies: boolean, ...steps: string[]) => (applies ? steps : []);

/** Steps for a child looked after immediately before: court support at or after court; plan and IRO steps after a
 * remand (reg 9's 5 working days for a remand to LA accommodation, l. 404's 10 for youth detention). */
const lookedAfterBeforeSteps = (outcomeId: string) =>
  AT_OR_AFTER_COURT_OUTCOMES.includes(outcomeId)
    ? [
        'lac_court_support',
        'tell_looking_after_la',
        ...only(outcomeId === 'REMLAA_LOOKED_AFTER', 'placement_plan_remlaa', 'iro_told_of_remand'),
        ...only(outcomeId === 'YDA_REMAND_LOOKED_AFTER', 'placement_plan_10wd', 'iro_told_of_remand', 'care_plan_to_governor', 'health_assessment_conflict'),
      ]
    : [];

export const flags: FlagDef<RemandSettings>[] = [
  {
    id: 'ROUTE_IN_HOURS',
    label: 'Office hours: contact the daytime roles now',
    text: (ctx) => {
      const t = teams(ctx.settings);
      return `Office hours: contact the ${t.mash}, or the allocated social worker if the child has one, and the ${t.placement} now. For a youth detention remand the ${t.yos} informs the allocated social worker (or the MASH Duty team manager) and the ${t.placement} manager.`;
    },
    when: (ctx, outcomeId) => route(ctx, outcomeId) === 'in_hours',
    steps: ['contact_in_hours'],
    refs: [protocol('7.1', 'l. 185'), protocol('6.1', 'l. 146'), protocol('4.2.1', 'l. 79')],
  },
  {
    id: 'ROUTE_CSC_OUT_OF_HOURS',
    label: 'Out of hours: contact the CSC Out of Hours team now',
    text: (ctx) => {
      const t = teams(ctx.settings);
      return `Out of hours: the ${t.outOfHours} is the children's social care contact now. For a remand to local authority accommodation made after ${ctx.settings.remlaaOutOfHoursAfter} on a weekday, or at a Saturday or bank-holiday court, it completes CSC's responsibilities. Tell the daytime roles when the offices open (${nextOpeningText(ctx)}).`;
    },
    when: (ctx, outcomeId) => route(ctx, outcomeId) === 'out_of_hours',
    steps: ['contact_ooh'],
    refs: [protocol('7.1', 'l. 185'), protocol('4.2.1', 'l. 79'), protocol('6.1', 'l. 146'), protocol('10.2', 'l. 334')],
  },
  {
    id: 'ROUTE_CHECK_BOTH',
    label: 'Between office close and the out-of-hours hand-over: contact both',
    text: (ctx) => {
      const t = teams(ctx.settings);
      return `The protocol leaves a gap here: the ${t.mash} takes referrals only until ${ctx.settings.officeCloses}, but the ${t.outOfHours} takes over a remand only after ${ctx.settings.remlaaOutOfHoursAfter}. Contact both the ${t.mash} (or allocated social worker) and ${t.placement} and the ${t.outOfHours} now, and agree who completes CSC's duties tonight.`;
    },
    when: (ctx, outcomeId) => route(ctx, outcomeId) === 'check_both',
    steps: ['contact_both'],
    refs: [protocol('7.1', 'l. 185'), protocol('10.2', 'l. 334')],
  },
  {
    id: 'WEEKEND_COURT_ROTA',
    label: 'Saturday or bank-holiday court: rota YOS',
    text: (ctx) =>
      `Saturday and bank-holiday court duty is shared on a rota by the ${ctx.settings.weekendCourtRota}, so the YOS worker dealing with CSC may be from another borough's YOS.`,
    when: (ctx, outcomeId) => AT_OR_AFTER_COURT_OUTCOMES.includes(outcomeId) && isSaturdayOrBankHoliday(ctx),
    steps: ['weekend_rota'],
    refs: [protocol('9', 'l. 273'), protocol('10.2', 'l. 336')],
  },
  {
    id: 'AA_FAMILY_FIRST',
    label: 'Appropriate adult: family first',
    text:
      'A parent or other family member is the first choice of appropriate adult, unless involved in the offence; a foster carer cannot act as AA. For a child accommodated under s.20 the social worker advises whether the parent is appropriate.',
    when: (ctx) => aaNeeded(ctx) === 'yes_family' && !onCareOrder(ctx),
    steps: ['aa_family', 'aa_who_cannot', 'aa_role'],
    refs: [protocol('App 1', 'l. 810'), protocol('6.2', 'l. 168'), protocol('6.3', 'l. 176–178')],
  },
  {
    id: 'AA_CSC_NOMINATES',
    label: 'Appropriate adult: CSC nominates (care order)',
    text: (ctx) => {
      const t = teams(ctx.settings);
      return `The child is on a care order: children's social care nominates the appropriate adult (outside ${ctx.settings.officeOpens}–${ctx.settings.officeCloses} on a working day at the time of the AA request, the ${t.outOfHours}). Aim to attend within 2 hours of the AA request.`;
    },
    when: (ctx) => AA_REQUESTED.includes(aaNeeded(ctx) ?? '') && onCareOrder(ctx),
    steps: ['aa_care_order', 'aa_who_cannot', 'aa_checks', 'aa_two_hours', 'aa_role'],
    refs: [protocol('6.3', 'l. 174'), protocol('6.1', 'l. 146'), protocol('App 1', 'l. 821')],
  },
  {
    id: 'AA_LA_SERVICE',
    label: 'Appropriate adult: the local authority provides one',
    text: (ctx) => {
      const t = teams(ctx.settings);
      return `The local authority must provide the appropriate adult: the ${t.yos} ${ctx.settings.officeOpens}–${ctx.settings.officeCloses} Monday to Friday (not bank holidays), otherwise the ${t.outOfHours}, judged at the time of the AA request. Aim to attend within 2 hours of the AA request.`;
    },
    // Audit E3: whenever the AA is not family (a placement worker, or no one suitable), the checks and 2 hours apply.
    when: (ctx) => ['yes_placement_worker', 'yes_no_family'].includes(aaNeeded(ctx) ?? '') && !onCareOrder(ctx),
    steps: ['aa_la_provider', 'aa_who_cannot', 'aa_checks', 'aa_two_hours', 'aa_role'],
    refs: [protocol('6.1', 'l. 146'), protocol('App 1', 'l. 804, 821')],
  },
  {
    id: 'LOOKED_AFTER_BY_REMAND_ONLY',
    label: 'Looked after only because of the remand',
    text:
      'The child is looked after only because of the remand. For a remand to local authority accommodation the Care Plan and Placement Plan are due within 5 working days of the remand.',
    when: (ctx, outcomeId) => REMANDS.includes(outcomeId) && NOT_LOOKED_AFTER.includes(cscStatus(ctx) ?? ''),
    steps: (_ctx, outcomeId) => [
      ...only(outcomeId === 'REMLAA_LOOKED_AFTER', 'care_plan_5wd'),
      ...only(outcomeId === 'YDA_REMAND_LOOKED_AFTER', 'yda_newly_lac_care_planning', 'yda_placement_plan'),
    ],
    refs: [protocol('10.3', 'l. 350'), protocol('10.6', 'l. 368'), protocol('10.8', 'l. 410–431')],
  },
  {
    id: 'ALREADY_LOOKED_AFTER',
    label: 'Already looked after',
    text:
      "The child was already looked after. CSC makes sure the social worker and an appropriate adult support the child at court. After a youth detention remand, a placement plan is due within 10 working days of the remand (§10.7). After a remand to local authority accommodation the protocol gives no timescale for a child already looked after; the placement plan step gives the law now. The IRO must be told of the remand.",
    when: (ctx, outcomeId) => AT_OR_AFTER_COURT_OUTCOMES.includes(outcomeId) && LOOKED_AFTER.includes(cscStatus(ctx) ?? ''),
    steps: (_ctx, outcomeId) => lookedAfterBeforeSteps(outcomeId),
    refs: [protocol('9.3', 'l. 298–300'), protocol('10.7', 'l. 404'), protocol('10.8', 'l. 436'), law('care-planning-regulations-2010', 'reg 9')],
  },
  {
    id: 'CHECK_LEGAL_STATUS',
    label: "Check the child's legal status",
    text: "Check the child's legal status now. Until it is confirmed, the steps and deadlines for both cases are shown, each marked \"if\".",
    when: (ctx, outcomeId) => outcomeId !== 'NOT_IN_SCOPE_AGE' && statusNotKnown(ctx),
    // Audit E7: the "looked after before" steps are kept (marked "if"), not dropped.
    steps: (_ctx, outcomeId) => [
      'check_legal_status',
      ...only(outcomeId === 'REMLAA_LOOKED_AFTER', 'care_plan_5wd'),
      ...only(outcomeId === 'YDA_REMAND_LOOKED_AFTER', 'yda_newly_lac_care_planning', 'yda_placement_plan'),
      ...lookedAfterBeforeSteps(outcomeId),
    ],
    refs: [protocol('6.3', 'l. 174')],
  },
  {
    id: 'AGE_17_BAIL_PLACEMENT',
    label: '17-year-old: the local authority may fund a bail placement',
    text: 'For a 17-year-old who may be remanded on bail, the local authority may decide to fund a placement while on bail (its decision).',
    when: (ctx, outcomeId) => age(ctx) === 17 && ['REMLAA_POSSIBLE', 'YDA_IMMINENT'].includes(outcomeId),
    steps: ['bail_placement_17'],
    refs: [protocol('10.12', 'l. 470')],
  },
  {
    id: 'TAGGING_PROPOSED',
    label: 'Electronic monitoring (tag) proposed',
    text: (ctx) => {
      const t = teams(ctx.settings);
      return `Check the proposed address. If the child lives in local authority accommodation, the ${t.placement} and the social worker confirm consent to the tag in writing within 24 hours; disagreements go to the ${t.yos} and CSC Heads of Service.`;
    },
    when: (ctx) => ctx.answers.tagging_proposed === 'yes',
    // Consent and its disputes are for children "already accommodated" (l. 475): the steps say when they apply.
    steps: ['tag_address_checks', 'tag_consent_24h', 'tag_dispute', 'tag_contract_details', 'tag_emergency_move'],
    refs: [protocol('10.13', 'l. 474–477'), doc('bexley-em-consent-form', '(whole form)', 'as named at l. 477')],
  },
];
