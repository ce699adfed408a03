/** Spec §5: additional actions, fired alongside the outcome in this order. */
import type { FlagDef } from '../../model';
import { categoryFourTimeline, planningPointPassed } from './deadlines';
import {
  C4,
  NEED_SENTENCE,
  QUAL,
  REGQ,
  RUNNING,
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
    steps: ['UNDER_18_IDENTIFY', 'UNDER_18_MAPPA_H', 'UNDER_18_MEETINGS', 'UNDER_18_DISCLOSURE', 'UNDER_18_REFER'],
    refs: [
      national('23.19', '003 L6106'),
      national('6.35–6.37', '§6.37, 003 L3528'),
      national('23 standard', '003 L6128'),
      national('23.29', '003 L6140'),
      westMidlands('Youth Offending Service', '004 L550, L555, L557, L566–567, L571'),
      riskToChildren('3.41', '001 L210'),
    ],
  },
  // Fires under either setting: areas without Category 4 still manage terrorist offenders (004, 000 ch. 24).
  {
    id: 'TERRORISM_OFFENDER',
    label: 'Terrorism offender: early identification and pre-release meeting',
    text: terrorismOffenderText,
    when: (ctx, outcomeId) => TOFF(ctx) && !NO_CATEGORY_YET.includes(outcomeId),
    // The NSD transfer is part of the Category 4 timeline and only has a date before release.
    steps: (ctx) =>
      C4(ctx) && ctx.answers.release_date !== undefined
        ? ['TERRORISM_OFFENDER_MEETING', 'TERRORISM_OFFENDER_NSD_TRANSFER']
        : ['TERRORISM_OFFENDER_MEETING'],
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
    when: (ctx) =>
      NEED_SENTENCE(ctx) &&
      QUAL(ctx) &&
      !RUNNING(ctx) &&
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
];
