/** Spec §5: additional actions, fired alongside the outcome in this order. */
import type { FlagDef } from '../../model';
import { categoryFourTimeline, planningPointPassed } from './deadlines';
import {
  ABROAD,
  C4,
  ENDED,
  NOTIFICATION_ENDED,
  REG,
  WITH_CHILDREN,
  detained,
  multiAgencyLevel,
  needs,
  whereNow,
  NEED_SENTENCE,
  QUAL,
  REGQ,
  S15,
  S15Q,
  TO,
  TOFF,
  TR,
  dateAnswer,
  underEighteen,
  type Ctx,
} from './predicates';
import { cheshire, national, national2012, riskToChildren, westMidlands } from './refs';
import type { MappaSettings } from './settings';
import { CATEGORY_OUTCOMES } from './steps';

const NO_CATEGORY_YET = ['NOT_MAPPA_NO_DISPOSAL', 'CHECK_RECORDS', 'AWAIT_SENTENCE'];

const terrorismOffenderText = (ctx: Ctx): string =>
  'Identify early in the sentence and consider Level 2 or 3 even where the offence looks low level. In custody: ' +
  'a MAPPA meeting must be held at least 6 months before release, with the prison invited. Where the person is ' +
  'under statutory supervision, probation (the YOT for under-18s) convenes it; the police share all relevant ' +
  'information, including from counter-terrorism units.' +
  (C4(ctx) ? ` ${categoryFourTimeline(ctx)}` : '');

export const flags: FlagDef<MappaSettings>[] = [
  {
    id: 'UNDER_18',
    label: 'Under 18: youth offending team duties',
    text:
      "The youth offending team identifies and records the case, sends the MAPPA H, and with Children's Services " +
      'attends every Level 2 or 3 meeting; no disclosure decision about a child is made without both present.',
    when: (ctx, outcomeId) => underEighteen(ctx) && CATEGORY_OUTCOMES.includes(outcomeId),
    steps: [
      'UNDER_18_IDENTIFY',
      'UNDER_18_MAPPA_H',
      'UNDER_18_MEETINGS',
      'UNDER_18_DISCLOSURE',
      'UNDER_18_TRANSITION',
      'UNDER_18_REFER',
    ],
    refs: [
      national('23.19', '003 L6106'),
      national('6.35–6.37', '§6.37, 003 L3528'),
      national('23 standard', '003 L6128'),
      national('23.29', '003 L6140'),
      westMidlands('Youth Offending Service', '004 L550, L555, L557, L566–567, L571'),
      riskToChildren('3.41', '001 L210'),
      national('23.30', '003 L6144'),
    ],
  },
  // Fires under either setting: areas without Category 4 still manage terrorist offenders (004, 000 ch. 24).
  {
    id: 'TERRORISM_OFFENDER',
    label: 'Terrorism offender: early identification and pre-release meeting',
    text: terrorismOffenderText,
    when: (ctx, outcomeId) => TOFF(ctx) && !NO_CATEGORY_YET.includes(outcomeId),
    // The pre-release meeting is for someone detained (audit E9, 004 L1093); the NSD transfer is part of the
    // Category 4 prison timeline and only has a date before release (not for a hospital patient: audit E7).
    steps: (ctx) => [
      ...(detained(ctx) ? ['TERRORISM_OFFENDER_MEETING'] : []),
      ...(C4(ctx) && ctx.answers.release_date !== undefined && whereNow(ctx) !== 'hospital'
        ? ['TERRORISM_OFFENDER_NSD_TRANSFER']
        : []),
    ],
    refs: [
      westMidlands('Terrorists and Domestic Extremists', '004 L1092, L1093, L1095'),
      national2012('24.14–24.15', '000 L16086, L16098'),
      national('24.13–24.15', '§24.15, 003 L6192; §24.13–24.14, 003 L6188–6190'),
      national('7.10–7.15', '§7.10, 003 L3614'),
    ],
  },
  {
    id: 'CT_REFERRAL',
    label: 'Terrorism-risk concern: tell counter-terrorism colleagues',
    text: (ctx) =>
      C4(ctx)
        ? 'Tell counter-terrorism police or the regional probation counter-terrorism network. Only they can ' +
          'identify the person as discretionary Category 4, which would replace the category shown here.'
        : 'Contact the MAPPA Co-ordinator or the probation counter-terrorism lead and consult the police early; ' +
          'the co-ordinator considers Category 3.',
    when: (ctx, outcomeId) =>
      (TR(ctx) || (TO(ctx) && !TOFF(ctx))) &&
      ['CAT1', 'CAT1_PROVISIONAL', 'CAT2', 'CAT3_CANDIDATE', 'NOT_MAPPA'].includes(outcomeId),
    steps: ['CT_REFERRAL_TELL'],
    refs: [
      cheshire('Levels table: Category 3 row', '002 L44'),
      national('6.2', '003 L3342'),
      national('6.27–6.28', '003 L3466–3482'),
      westMidlands('Domestic Extremism', '004 L1119–1122'),
    ],
  },
  {
    id: 'ELIGIBILITY_ENDED',
    label: 'The qualifying sentence has ended',
    text: (ctx) => {
      const orFour = (words: string) => (C4(ctx) ? ` (or ${words})` : '');
      return (
        (S15Q(ctx)
          ? 'If the offence is in Schedule 15, the sentence that would have made the person Category 2 has ended. '
          : `The sentence or order that made the person Category 2${orFour('Category 4')} has ended, so that ` +
            'category has ended: licence expired, absolute discharge, or order ended. ') +
        `Post-sentence supervision does not keep someone in MAPPA. The bot has tested Category 3` +
        `${orFour('discretionary Category 4')} instead. Record the end of MAPPA status.`
      );
    },
    // Audit E3: only when the user said the sentence has ended; unsupervised is not ended.
    when: (ctx) =>
      NEED_SENTENCE(ctx) &&
      QUAL(ctx) &&
      ENDED(ctx) &&
      !REGQ(ctx) &&
      (S15(ctx) || S15Q(ctx) || (C4(ctx) && TO(ctx))),
    steps: ['ELIGIBILITY_ENDED_RECORD'],
    refs: [
      national('6.38–6.39', '003 L3534–3544'),
      westMidlands('Category 2', '004 L132'),
      westMidlands('Category 3', '004 L148'),
    ],
  },
  {
    id: 'REFER_NOW_RELEASE_SOON',
    label: 'Release is close: the planning point has passed',
    text:
      'The planning point before release has passed. Screen the case, set the level and, if Level 2 or 3 is ' +
      'indicated, send the MAPPA A now.',
    when: (ctx, outcomeId) =>
      dateAnswer(ctx, 'release_date') !== undefined && CATEGORY_OUTCOMES.includes(outcomeId) && planningPointPassed(ctx),
    steps: ['REFER_NOW'],
    refs: [
      national('15.16', '003 L5260'),
      national('23.19', '003 L6106'),
      westMidlands('Category 1', '004 L107'),
      riskToChildren('3.86', '001 L324'),
    ],
  },
  {
    id: 'NOTIFICATION_ENDED',
    label: 'The notification period has ended',
    text: (ctx) =>
      'Category 1 ended when the notification period expired. The person can still be identified under another ' +
      `category if they meet its criteria: the bot has tested Category 2${C4(ctx) ? ', Category 4' : ''} and ` +
      'Category 3 instead.',
    when: (ctx) => NOTIFICATION_ENDED(ctx) && !REG(ctx),
    steps: [],
    refs: [national('6.38–6.39', '§6.38, 003 L3536'), national('6.3', '003 L3344')],
  },
  {
    id: 'CONVICTED_ABROAD',
    label: 'Convicted outside the UK: no automatic notification',
    text:
      'A conviction outside the UK does not by itself bring notification requirements. For a sexual offence the ' +
      'police may seek a Notification Order, which would make the person Category 1. Until then the person can be ' +
      'Category 3 only, which the bot has tested.',
    when: (ctx) => ABROAD(ctx) && !REG(ctx),
    steps: ['NOTIFICATION_ORDER'],
    refs: [national('6.19–6.21', '§6.19–6.21, 003 L3424–3428')],
  },
  {
    id: 'NATIONAL_SECURITY',
    label: 'National security dimension: senior counter-terrorism oversight',
    text:
      'A case with a national security dimension needs senior oversight by counter-terrorism police or the ' +
      'probation National Security Division; tell them so they can decide how to oversee it.',
    when: (ctx, outcomeId) =>
      needs(ctx, 'national_security_or_organised_crime') &&
      !['CAT4', 'CAT4_CONFIRM', 'CAT4_DISCRETIONARY_CANDIDATE'].includes(outcomeId),
    steps: ['SENIOR_OVERSIGHT'],
    refs: [national('7.6', '003 L3594')],
  },
  {
    id: 'CHILDREN',
    label: 'Children in the household: child safeguarding duties',
    text: (ctx, outcomeId) =>
      "The person lives with children, is going to an address with children, or has a new partner with children. " +
      "Children's Social Care must be involved: " +
      (detained(ctx) ? "it is told before release where the person will live, and " : '') +
      "the children's situation is referred to it as a child protection referral; it decides whether there is " +
      'reasonable cause to suspect significant harm and so whether to make Section 47 enquiries. ' +
      (multiAgencyLevel(ctx)
        ? "The child's social worker attends the MAPPA meetings. "
        : '') +
      (CATEGORY_OUTCOMES.includes(outcomeId) ? 'Disclosure to the parent or partner must be considered. ' : '') +
      'Use the risk to children check for the full duties.',
    when: (ctx) => WITH_CHILDREN(ctx),
    steps: (ctx, outcomeId) => [
      ...(detained(ctx) ? ['CHILDREN_INFORM'] : []),
      'CHILDREN_REFERRAL',
      ...(CATEGORY_OUTCOMES.includes(outcomeId) && (multiAgencyLevel(ctx) || outcomeId === 'CAT3_CANDIDATE')
        ? ['CHILDREN_SOCIAL_WORKER']
        : []),
      ...(CATEGORY_OUTCOMES.includes(outcomeId) ? ['CHILDREN_DISCLOSURE'] : []),
    ],
    refs: [
      riskToChildren('5.1', '001 L420'),
      riskToChildren('5.11', '001 L434'),
      riskToChildren('6.2', '001 L475–479'),
      riskToChildren('6.13', '001 L525'),
      westMidlands("Local Authority Children's Services Department", '004 L581, L586–588, L594'),
      national('13a.21', '003 L4528'),
      national('10.11', '003 L4030'),
    ],
    startsFlow: 'rtc',
  },
];
