/** Spec §6 (steps N1–N21) and the steps of the §5 flags. "Lead agency" is the agency named by §4.3. */
import type { DeadlineRule, Owner, StepDef } from '../../model';
import { beforeRelease, categoryFourTimeline, planningMonths, withinThreeDaysOfSentence } from './deadlines';
import { inLeadAgency, leadAgency, leadAgencyOwner } from './lead';
import {
  C4,
  LEVEL,
  MENTAL_HEALTH_SETTINGS,
  QUAL,
  REG,
  REGQ,
  RUNNING,
  S15,
  dateAnswer,
  detained,
  disposal,
  multiAgencyLevel,
  sentenceType,
  underEighteen,
  whereNow,
  type Ctx,
} from './predicates';
import { cheshire, national, national2012, riskToChildren, schedule15, westMidlands } from './refs';
import type { MappaSettings } from './settings';

type Step = StepDef<MappaSettings>;

const none: DeadlineRule = { kind: 'none' };
const stated = (text: string): DeadlineRule => ({ kind: 'stated', text });

const yot: Owner = { role: 'Youth offending team', agency: 'YOT/YOS', team: 'youth_justice' };
const yourAgency = (role: string): Owner => ({ role, agency: 'Your agency', team: 'asker' });
const inHospital = (ctx: Ctx): boolean => whereNow(ctx) === 'hospital';
const HOSPITAL_ORDERS = ['hospital_order', 'hospital_order_restricted'];

/** Audit E10: victim contact is arranged by whoever manages the case: the YOT for under-18s, the probation or YOT
 * offender manager for a prisoner transferred to hospital (003 §26.52), the probation Victim Liaison Unit with the
 * hospital managers for a hospital order (§26.79), otherwise the probation offender manager (004 L414). */
const victimContactOwner = (ctx: Ctx): Owner => {
  if (underEighteen(ctx)) return { role: 'YOT case manager', agency: 'YOT/YOS', team: 'youth_justice' };
  if (HOSPITAL_ORDERS.includes(sentenceType(ctx) ?? '') || inHospital(ctx) || whereNow(ctx) === 'community_mental_health') {
    return {
      role: "Probation Victim Liaison Unit, which passes the victim's details to the hospital managers",
      agency: 'Probation and mental health services',
      team: 'probation',
    };
  }
  return { role: 'Probation offender manager', agency: 'Probation', team: 'probation' };
};
/** The sentence is known to give victims a right to contact: 12 months or more in prison or youth detention, or a
 * hospital order (restricted, or unrestricted since 2008), or a prisoner transferred to hospital. */
const victimContactSentence = (ctx: Ctx): boolean =>
  isOneOf(['custody', 'dto', 'indeterminate', 'hospital_order', 'hospital_order_restricted'], sentenceType(ctx)) ||
  whereNow(ctx) === 'hospital_transferred';

const PAROLE =
  'For parole-eligible sentences the date is 6 months before the parole eligibility or tariff expiry date, and ' +
  'again before each parole review.';
/** The parole sentence of 003 §15.16, unless the answers say the sentence is a detention and training order, which is
 * never parole-eligible. */
const parole = (ctx: Ctx): string => (sentenceType(ctx) === 'dto' ? '' : ` ${PAROLE}`);

/** Category 4 adds its own pre-release timeline to the level-setting and referral steps. */
const withCategoryFourTimeline = (text: string) => (ctx: Ctx, outcomeId: string) =>
  outcomeId === 'CAT4' && ctx.answers.release_date !== undefined && !inHospital(ctx)
    ? `${text} ${categoryFourTimeline(ctx)}`
    : text;

export const steps: Record<string, Step> = {
  N1: {
    action: (_ctx, outcomeId) =>
      'Flag the person as a MAPPA case on your own case management system, with the category (and the level ' +
      'once it is set).' +
      (outcomeId === 'CAT1_PROVISIONAL' ? ' Do this as Category 1 once the police confirm notification.' : '') +
      (outcomeId === 'CAT4_CONFIRM' ? ' Record whichever category is confirmed.' : ''),
    owner: { role: 'Every agency managing the person', agency: 'probation, police, prison, YOT, mental health services' },
    // Mental health services count from admission or transfer; the question asks for that date for them.
    due: withinThreeDaysOfSentence,
    refs: [
      national('6.30–6.31', '§6.30 standard, §6.30–6.31, 003 L3490–3506'),
      national('6.35–6.37', '§6.36, 003 L3526'),
      national('26.56–26.57', 'standard "Identification of MAPPA offenders", 003 L6508'),
      westMidlands('Category 1', '004 L107'),
      westMidlands('Category 2', '004 L132'),
    ],
  },
  N2: {
    // 003 §8.15 L3806, 004 L108: the prison is a partner while the person is in custody; `where_now` says whether they are.
    action: (ctx) =>
      'Create the Category 1 record on ViSOR. ' +
      (whereNow(ctx) === undefined
        ? 'Add the prison as a partner while the person is in custody, and probation'
        : whereNow(ctx) === 'custody'
          ? 'Add the prison as a partner, and probation'
          : 'Add probation') +
      ' as a partner (national guidance: at Level 2 and 3, and at Level 1 by local agreement; West Midlands: in all ' +
      'cases).',
    owner: { role: 'Police public protection unit', agency: 'Police', team: 'police' },
    // For a caution the caution date stands for the sentence date (spec [INFERENCE]).
    due: withinThreeDaysOfSentence,
    refs: [westMidlands('Category 1', '004 L108'), national('8.15–8.16', '§8.15, 003 L3806')],
  },
  N3: {
    action: (ctx) =>
      'Ask the police public protection unit to confirm whether notification requirements apply, before the ' +
      '3-day identification date. If yes, this is Category 1. If no, ask again: it may be Category 2 (a Schedule 15 ' +
      'sexual offence with a qualifying sentence) or Category 3.' +
      (REGQ(ctx) && S15(ctx) && QUAL(ctx) && RUNNING(ctx)
        ? ' If the police say no notification applies, this is Category 2.'
        : ''),
    // The asker asks; the police only confirm.
    owner: { role: 'Asking practitioner; the police public protection unit confirm', agency: 'Police', team: 'asker' },
    due: none,
    refs: [
      riskToChildren('2.1', '001 L30'),
      national('6.10', '003 L3381'),
      westMidlands('Category 1', '004 L93'),
      westMidlands('Appendices', '004 L1626'),
    ],
  },
  N4: {
    // Audit E7: a hospital patient's level is set with the Responsible Clinician (003 §7.9 L3608), not the prison.
    action: (ctx, outcomeId) =>
      withCategoryFourTimeline(
        inHospital(ctx)
          ? "Screen the case and set the MAPPA level before discharge, with the Responsible Clinician's input; tell " +
              'the MAPPA Co-ordinator and the police.'
          : "Screen the case and set the MAPPA level before release, with the prison's input; tell the MAPPA " +
              `Co-ordinator, the police and the prison. Prisons do not set levels.${parole(ctx)}`,
      )(ctx, outcomeId),
    owner: leadAgencyOwner,
    due: (ctx) => beforeRelease(ctx, planningMonths(ctx)),
    refs: [
      westMidlands('Category 1', '004 L107'),
      westMidlands('Probation Service', '004 L270'),
      westMidlands('Prison Service', '004 L280'),
      national('15.16', '003 L5260'),
      national('2.16', '003 L2577'),
      national('24.13–24.15', '§24.13–24.14, 003 L6188–6190'),
      national('7.9', '003 L3608'),
      riskToChildren('3.88', '001 L326'),
    ],
  },
  N5: {
    action: (ctx, outcomeId) =>
      `${withCategoryFourTimeline(
      'Complete the MAPPA A (reasons; the nature of the risk; the likelihood of re-offending; the risk of serious ' +
        "harm, when and to whom; how imminent it is; the lead agency's risk management plan) and send it to the " +
        'MAPPA Co-ordinator by secure email. If you are not the lead agency, discuss it with the lead agency first. ' +
        'An urgent case that cannot wait for the next meeting: contact the co-ordinator directly.',
      )(ctx, outcomeId)}${whereNow(ctx) === 'custody' ? parole(ctx) : ''}`,
    owner: (ctx) => inLeadAgency(ctx, 'Lead agency (any Responsible Authority or duty-to-co-operate agency may refer)'),
    // In the community "a referral can be made at any time" (002 L43): no date.
    due: (ctx) => (detained(ctx) ? beforeRelease(ctx, planningMonths(ctx)) : none),
    // The parole sentence is added for prisoners only (a hospital patient has no parole dates: audit E7).
    refs: [
      national('7.10–7.15', '§7.10, §7.13–7.15, 003 L3614, L3620–3636'),
      national('24.13–24.15', '§24.13–24.14, 003 L6188–6190'),
      cheshire('How to Make Referral to MAPPA', '002 L107'),
      cheshire('Levels table: Category 2 row', '002 L43'),
      westMidlands('Levels of Management', '004 L158'),
    ],
  },
  N6: {
    action: (_ctx, outcomeId) =>
      'Decide whether the case meets the criteria for Level 2 or 3' +
      (outcomeId === 'CAT3_CANDIDATE' ? ' (and whether it is Category 3)' : '') +
      ', give the meeting date, or explain why Level 1 is enough.',
    owner: { role: 'MAPPA Co-ordinator', agency: 'MAPPA Co-ordination Unit' },
    // "within 10 days" (003 §7.17, 004) against "10 working days" (002 L107): the newest national source wins.
    due: stated('within 10 days of receipt of the MAPPA A'),
    refs: [
      national('7.17–7.18', '§7.17, 003 L3642'),
      national('6.22', '003 L3432'),
      westMidlands('Levels of Management', '004 L159'),
      westMidlands('Level 2', '004 L186'),
      westMidlands('Youth Offending Service', '004 L557'),
      cheshire('How to Make Referral to MAPPA', '002 L107'),
    ],
  },
  N7: {
    action:
      "Manage at Level 1: the lead agency's risk management plan, with information sharing and professionals' " +
      'meetings as needed. Refer to Level 2 or 3 at any time if barriers arise that line management cannot resolve.',
    owner: leadAgencyOwner,
    due: stated("reviews in line with the lead agency's own policy"),
    refs: [
      cheshire('Levels table: Category 1 row', '002 L42'),
      cheshire('Levels table: Category 2 row', '002 L43'),
      national('7.4', '003 L3568'),
      national('7.25–7.26', '§7.25, 003 L3674'),
      westMidlands('Level 1', '004 L167–171'),
    ],
  },
  N8: {
    action:
      'If the co-ordinator accepts the case: hold review meetings at least every 16 weeks (Level 2) or every ' +
      '8 weeks (Level 3).',
    owner: { role: 'MAPPA meeting Chair', agency: 'MAPPA meeting' },
    // National intervals; West Midlands (10- and 6-weekly) and Thames Valley 2005 differ (spec N5).
    due: (ctx) => stated(LEVEL(ctx) === 3 ? 'at least every 8 weeks (Level 3)' : 'at least every 16 weeks (Level 2)'),
    refs: [national('13a.37', '003 L4610')],
  },
  N8_INVITES: {
    action:
      'Decide with your line manager who must attend, and send the invitations by secure email (to a prison, its ' +
      'functional mailbox) at least 14 calendar days before each meeting, unless it is an emergency meeting.',
    owner: (ctx) => inLeadAgency(ctx, 'Lead agency referrer'),
    due: stated('at least 14 calendar days before each meeting'),
    refs: [national('13a.29', '003 L4556')],
  },
  N8_MAPPA_F: {
    action: 'Return the MAPPA F (the prison report) to the MAPPA Co-ordinator.',
    owner: { role: 'Prison (offender management unit)', agency: 'Prison' },
    due: stated('at least 2 working days before each meeting'),
    refs: [national('15.28', '003 L5303')],
  },
  N8_VISOR: {
    action: 'Update the ViSOR record with anything new from the meeting.',
    owner: { role: 'ViSOR record owner named by the Chair', agency: 'Police or probation' },
    due: stated('within 3 working days of the minutes being agreed'),
    refs: [national('13a.36', '003 L4584–4596')],
  },
  N9: {
    action: (ctx, outcomeId) =>
      'Consider at every review whether information should be disclosed to a third party; record and date each ' +
      'decision. For a child sex offender this consideration is a legal duty (section 327A of the Criminal Justice ' +
      'Act 2003).' +
      (['CAT1', 'CAT2', 'CAT4'].includes(outcomeId) && multiAgencyLevel(ctx)
        ? ` Before the licence or notification period ends, review whether the case meets Category 3${
            C4(ctx) ? ' or discretionary Category 4' : ''
          }.`
        : ''),
    owner: leadAgencyOwner,
    due: stated('at each review'),
    refs: [
      national('7.25–7.26', '§7.26, 003 L3676'),
      national('10.3', '003 L3951'),
      national('6.38–6.39', '§6.39, 003 L3544'),
      westMidlands('Disclosure', '004 L971'),
    ],
  },
  // Audit E10: at Level 1 the record is kept by whoever leads (003 §6.35 probation, §6.36–6.37 YOT and mental
  // health services); the procedures say nothing for a police-led Category 2 case.
  N10: {
    action: (ctx) => {
      if (multiAgencyLevel(ctx)) {
        return (
          'ViSOR: probation enters this Category 2 case, managed at Level 2 or 3, no later than 6 months before ' +
          'release (including YOT and mental health cases).'
        );
      }
      const row = leadAgency(ctx).row;
      if (row === 'LA4') {
        return (
          'No ViSOR record for a Category 2 case at Level 1: the YOT records the case on its own case system and ' +
          'tells the MAPPA Co-ordinator on the MAPPA H.'
        );
      }
      if (row === 'LA1' || row === 'LA3') {
        return (
          'No ViSOR record for a Category 2 case at Level 1: mental health services record the case on their own ' +
          'case system and tell the MAPPA Co-ordinator on the MAPPA I.'
        );
      }
      if (row === 'LA6') {
        return (
          'The procedures do not say who records a Category 2 case at Level 1 led by the police, or whether it ' +
          'needs a ViSOR record: ask the MAPPA Co-ordinator.'
        );
      }
      return "ViSOR: a Category 2 Level 1 case supervised by probation is flagged on probation's case system instead, with no ViSOR record.";
    },
    owner: (ctx) => {
      const row = leadAgency(ctx).row;
      if (multiAgencyLevel(ctx) || row === 'LA5' || row === 'LA2') {
        return { role: 'Probation (MAPPA support unit via the co-ordinator)', agency: 'Probation', team: 'probation' };
      }
      if (row === 'LA4') return yot;
      if (row === 'LA6') return inLeadAgency(ctx, 'Lead agency, with the MAPPA Co-ordinator');
      return inLeadAgency(ctx, 'Mental health services');
    },
    // 003 §8.16 dates the entry only from a release from prison, youth custody or hospital; for someone in the
    // community (on licence, a suspended sentence, guardianship) the procedures give no deadline.
    due: (ctx) => (multiAgencyLevel(ctx) && detained(ctx) ? beforeRelease(ctx, 6) : none),
    refs: [
      national('8.15–8.16', '§8.16, 003 L3814'),
      national('6.35–6.37', '§6.35–6.37, 003 L3524–3528'),
      westMidlands('Probation Service', '004 L265'),
    ],
  },
  N11: {
    action: (ctx) =>
      (victimContactSentence(ctx)
        ? ''
        : 'If the sentence was 12 months or more in prison or youth detention, or the person is a restricted ' +
          'hospital patient: ') +
      (HOSPITAL_ORDERS.includes(sentenceType(ctx) ?? '')
        ? "Refer to the probation Victim Liaison Unit, which passes the victim's details to the hospital managers " +
          '(restricted order: a VLO is allocated; unrestricted order: the hospital informs the victim). Statutory ' +
          'rights apply to sentences on or after 1 July 2005 (restricted) or 3 November 2008 (unrestricted).'
        : 'Refer to the probation victim contact / victim liaison unit: victims of sexual or violent offenders ' +
          'sentenced to 12 months or more must be offered contact.'),
    owner: victimContactOwner,
    due: none,
    refs: [
      national('2.13', '003 L2551'),
      riskToChildren('3.109', '001 L375'),
      westMidlands('Victims', '004 L414'),
      national('26.52', '003 L6486'),
      national('26.74–26.79', '003 L6569–6589'),
    ],
  },
  N12: {
    // 003 §6.6 L3362 is about Category 1: the `status` answer says whether the person is on the register.
    action: (ctx) =>
      'Notify the MAPPA Co-ordinator on the MAPPA I. Consider a Level 2 or 3 referral at the first unescorted ' +
      'leave or during discharge planning.' +
      (REG(ctx)
        ? ' The person is on the sex offender register, so consult the police throughout detention and before any ' +
          'discharge or community treatment order.'
        : REGQ(ctx)
          ? ' If the person is on the sex offender register, consult the police throughout detention and before any ' +
            'discharge or community treatment order.'
          : ''),
    owner: {
      role: 'Mental health services (a designated member of the care team)',
      agency: 'Mental health services',
      team: 'health',
    },
    // National: once hospitalised through a criminal justice route; West Midlands: at the first CPA meeting that
    // considers discharge or a CTO. Neither gives a date the bot can compute.
    due: none,
    refs: [
      national('26.56–26.57', '003 L6510–6514'),
      national('7.10–7.15', '§7.12, 003 L3618'),
      national('6.4–6.6', '§6.6, 003 L3362'),
      westMidlands('Category 1', '004 L106'),
      westMidlands('Health Bodies', '004 L438–440, L458'),
    ],
  },
  N13: {
    action:
      'Involve counter-terrorism police and the probation National Security Division (or the regional probation ' +
      'counter-terrorism lead), as early as possible. Counter-terrorism MAPPA meetings are chaired jointly by the ' +
      'National Security Division and counter-terrorism police. Prevent leads may be invited to the meetings once ' +
      'the likely release area is known.',
    owner: leadAgencyOwner,
    due: none,
    refs: [
      national('13a.27', '003 L4548'),
      national('24.7', '003 L6168'),
      national('13a.3', '003 L4466'),
      national('24.26', '003 L6222'),
      cheshire('Levels table: Category 3 row', '002 L44'),
      westMidlands('Terrorists and Domestic Extremists', '004 L1092'),
    ],
  },
  N14: {
    // The `status` answer says whether the person is on the sex offender register (spec N14 [INFERENCE], 003 §6.2–6.3).
    action: (ctx) =>
      'Ask counter-terrorism police or the probation counter-terrorism network to confirm whether this is ' +
      'Category 4, as early in the sentence as possible. Tell them the sentence, because the national guidance ' +
      'needs 12 months or more in custody, a suspended sentence of 12 months or more, or a hospital or ' +
      'guardianship order, while the Cheshire briefing makes every such conviction Category 4. Until they ' +
      (REG(ctx)
        ? 'confirm, manage the person as Category 1, because they are on the sex offender register.'
        : REGQ(ctx)
          ? 'confirm: if the person is on the sex offender register, manage them as Category 1; otherwise discuss ' +
            'Category 3 with the MAPPA Co-ordinator.'
          : 'confirm, discuss Category 3 with the MAPPA Co-ordinator.'),
    owner: (ctx) => inLeadAgency(ctx, 'Lead agency, or whoever asked'),
    due: none,
    refs: [
      cheshire('Levels table: Category 3 row', '002 L44'),
      national('6.23–6.26', '§6.26, 003 L3458–3464'),
      national('6.27–6.28', '§6.28, 003 L3482'),
      national('6.2', '003 L3342'),
      national('6.3', '003 L3344'),
      westMidlands('Terrorists and Domestic Extremists', '004 L1092'),
    ],
  },
  N15: {
    action:
      'Tell counter-terrorism police or the regional probation counter-terrorism network about the concern. Only ' +
      'counter-terrorism police and the probation National Security Division (locally, through the regional ' +
      'Probation Counter-Terrorism Lead) identify discretionary Category 4; if they do, the case is managed at ' +
      'Level 2 or 3 only. In custody, their referral is due at least 6 months before release. Anyone subject to ' +
      'Terrorism Prevention and Investigation Measures who is not automatically MAPPA eligible should be considered ' +
      'for discretionary Category 4.',
    owner: {
      role:
        'Whoever holds the concern; counter-terrorism police and the probation National Security Division ' +
        '(locally, through the regional Probation Counter-Terrorism Lead) decide',
      agency: 'Your agency; counter-terrorism police and probation',
      team: 'asker',
    },
    due: (ctx) => (detained(ctx) ? beforeRelease(ctx, 6) : none),
    refs: [
      cheshire('Levels table: Category 3 row', '002 L44'),
      national('6.27–6.28', '§6.28, 003 L3482'),
      national('7.10–7.15', '§7.10–7.11, 003 L3614–3616'),
      national('7.6', '003 L3594'),
      national('24.37', '003 L6262'),
    ],
  },
  N16: {
    action:
      'The MAPPA Co-ordination Unit decides whether the person is Category 3. If it decides Level 1 is enough, ' +
      "the person is not MAPPA: carry on with your own agency's management. Where relevant: domestic abuse and " +
      'stalking perpetrators outside Categories 1, 2 and 4 must be considered for Category 3.',
    // The Notification Order for a conviction abroad (003 §6.21) is not repeated here: the `disposal` answer rules it
    // out, or the CONVICTED_ABROAD flag's NOTIFICATION_ORDER step gives it on the same card.
    owner: (ctx) => inLeadAgency(ctx, 'Lead agency; the MAPPA Co-ordinator decides'),
    due: stated("as for the MAPPA A and the co-ordinator's decision"),
    refs: [
      national('6.22', '003 L3432'),
      national('6.16–6.17', '003 L3416–3418'),
      westMidlands('Category 3', '004 L150'),
    ],
  },
  N17: {
    action:
      "No MAPPA action on these answers. Carry on with your own agency's management and look again if the risk " +
      'escalates. If this is a domestic abuse or stalking case, record that Category 3 was considered and why it ' +
      'was not referred; if the risk escalates, refer on a MAPPA A. If the concern is about children, use the ' +
      'risk to children check.',
    owner: yourAgency('Own agency'),
    due: none,
    refs: [
      national('6.11–6.14', '§6.11–6.13, 003 L3385–3403'),
      national('6.16–6.17', 'standard and §6.16–6.17, 003 L3414–3418'),
      cheshire('Levels table: Category 2 row', '002 L43'),
      riskToChildren('6.2', '001 L475–479'),
    ],
  },
  N18: {
    action:
      'MAPPA cannot apply without a conviction, caution, reprimand or warning, or an insanity or unfitness ' +
      'finding. If the concern is about children, use the risk to children check, which does not need a conviction.',
    owner: yourAgency('Own agency'),
    due: none,
    refs: [national('6.11–6.14', '§6.12, 003 L3387–3397'), riskToChildren('6.2', '001 L475')],
  },
  N19: {
    action:
      'Check whether the person has any conviction, caution, reprimand or warning, or insanity or unfitness ' +
      'finding, then ask again.',
    // No source says who checks (spec [INFERENCE]).
    owner: { role: 'Asking practitioner, with the police', agency: 'Your agency and the police', team: 'asker' },
    due: none,
    refs: [national('6.11–6.14', '§6.12, 003 L3389–3397')],
  },
  N20: {
    action:
      'Check the offence against Schedule 15 and s.327(4A) of the Criminal Justice Act 2003 (linked) or ask the ' +
      'MAPPA Co-ordinator. If it is listed (or is murder), the sentence given makes this Category 2: identify it ' +
      'within 3 days of sentence.',
    owner: { role: 'Asking practitioner; MAPPA Co-ordinator', agency: 'Your agency; MAPPA Co-ordination Unit', team: 'asker' },
    due: none,
    refs: [
      schedule15,
      national('6.7', '003 L3366'),
      national('6.8', '003 L3369'),
      westMidlands('Category 2', '004 L114'),
      westMidlands('Appendices', '004 L1626'),
    ],
  },
  N21: {
    action:
      'Ask again once the person is sentenced; if the sentence qualifies, identify and record the case within ' +
      '3 days of sentence. If the risk needs multi-agency management before then, discuss Category 3 with the ' +
      'MAPPA Co-ordinator, because a conviction alone is enough for Category 3.',
    owner: leadAgencyOwner,
    due: stated('within 3 days of sentence (once sentenced)'),
    refs: [westMidlands('Category 2', '004 L132'), national('6.11–6.14', '§6.12, 003 L3389–3391')],
  },

  // ---- steps of the §5 flags ----
  UNDER_18_IDENTIFY: {
    action: 'The YOT identifies and records the case.',
    owner: yot,
    due: withinThreeDaysOfSentence,
    refs: [national('23.19', '003 L6106'), westMidlands('Youth Offending Service', '004 L555')],
  },
  UNDER_18_MAPPA_H: {
    // 003 §23.19 L6106: the timing depends on custody or a community sentence. `where_now` settles custody; someone
    // supervised in the community may be on a community sentence or on licence after custody, so both are kept.
    action: (ctx) =>
      'Send the MAPPA H to the MAPPA Co-ordinator' +
      (whereNow(ctx) === 'custody'
        ? ' at least 6 months before release, or as soon as possible if less than 6 months is left.'
        : ': in custody, at least 6 months before release, or as soon as possible if less than 6 months is left; ' +
          'on a community sentence, as soon as its assessments are done.'),
    owner: yot,
    due: (ctx) => (detained(ctx) ? beforeRelease(ctx, 6) : none),
    refs: [
      national('23.19', '003 L6106'),
      national('6.35–6.37', '§6.37, 003 L3528'),
      westMidlands('Youth Offending Service', '004 L550'),
    ],
  },
  UNDER_18_MEETINGS: {
    action: "The YOT and Children's Services must both be represented at every Level 2 or 3 meeting.",
    owner: yot,
    due: none,
    refs: [national('23 standard', '003 L6128'), westMidlands('Youth Offending Service', '004 L566–567')],
  },
  UNDER_18_DISCLOSURE: {
    action:
      "No disclosure decision about a child can be made at a MAPPA meeting unless senior YOT and Children's " +
      'Services representatives are present.',
    owner: yot,
    due: none,
    refs: [national('23.29', '003 L6140'), westMidlands('Youth Offending Service', '004 L571')],
  },
  UNDER_18_TRANSITION: {
    action:
      'Plan the move to adult services safely. At Level 2 or 3, consider the transfer at least 6 months before the ' +
      "person's 18th birthday; at Level 1, review the MAPPA level formally on the MAPPA Q as part of the transfer.",
    owner: yot,
    due: stated("at least 6 months before the 18th birthday (Level 2 or 3)"),
    refs: [national('23.30', '003 L6144')],
  },
  UNDER_18_REFER: {
    action:
      'If the YOT sees a Level 2 or 3 need it must refer (Form A, endorsed by a manager); its own multi-agency ' +
      'meetings are no substitute.',
    owner: yot,
    due: none,
    refs: [westMidlands('Youth Offending Service', '004 L557'), riskToChildren('3.41', '001 L210')],
  },
  TERRORISM_OFFENDER_MEETING: {
    // Audit E9: only for someone detained (004 L1093); audit E7: in hospital the hospital, not a prison, takes part.
    action: (ctx) =>
      inHospital(ctx)
        ? 'Hold a MAPPA meeting at least 6 months before discharge, with the hospital (the Responsible Clinician) ' +
          'invited; the police share all relevant information, including from counter-terrorism units.'
        : 'Hold a MAPPA meeting at least 6 months before release, with the prison invited. Where the person is under ' +
          `statutory supervision, ${underEighteen(ctx) ? 'the YOT' : 'probation'} convenes it; the police share all ` +
          'relevant information, including from counter-terrorism units.',
    owner: (ctx) =>
      inHospital(ctx)
        ? leadAgencyOwner(ctx)
        : underEighteen(ctx)
          ? yot
          : { role: 'Probation offender manager', agency: 'Probation', team: 'probation' },
    due: (ctx) => (dateAnswer(ctx, 'release_date') ? beforeRelease(ctx, 6) : none),
    refs: [
      westMidlands('Terrorists and Domestic Extremists', '004 L1093, L1095'),
      national2012('24.14–24.15', '000 L16086, L16098'),
    ],
  },
  TERRORISM_OFFENDER_NSD_TRANSFER: {
    action:
      'Transfer the case to the National Security Division (or a Probation Delivery Unit COM) 15 months before ' +
      'release; level setting starts at allocation to the COM, up to 18 months before release.',
    owner: { role: 'Probation', agency: 'Probation', team: 'probation' },
    due: { kind: 'monthsBefore', n: 15, from: 'release' },
    refs: [national('24.13–24.15', '§24.13–24.14, 003 L6188–6190')],
  },
  CT_REFERRAL_TELL: {
    action: (ctx) =>
      C4(ctx)
        ? 'Tell counter-terrorism police or the regional probation counter-terrorism network about the concern.'
        : 'Contact the MAPPA Co-ordinator or the probation counter-terrorism lead, and consult the police early.',
    owner: (ctx) => inLeadAgency(ctx, 'The lead agency, or whoever holds the concern'),
    due: none,
    refs: [cheshire('Levels table: Category 3 row', '002 L44'), westMidlands('Domestic Extremism', '004 L1119–1122')],
  },
  ELIGIBILITY_ENDED_RECORD: {
    action: 'Record the end of MAPPA status.',
    owner: { role: 'The agency that managed the case', agency: 'Probation, youth offending team or mental health services' },
    due: none,
    refs: [national('6.38–6.39', '003 L3534–3544')],
  },
  NOTIFICATION_ORDER: {
    // The `status` answer may already say the offence was sexual (003 §6.21 L3428).
    action: (ctx) =>
      (REGQ(ctx) ? 'The offence abroad was sexual: consider' : 'If the offence abroad was sexual, consider') +
      ' whether the person qualifies for a Notification Order, which would make them subject to notification and so ' +
      'Category 1.',
    owner: { role: 'Police public protection unit', agency: 'Police', team: 'police' },
    due: none,
    refs: [national('6.19–6.21', '§6.20–6.21, 003 L3426–3428')],
  },
  SENIOR_OVERSIGHT: {
    action: (ctx) =>
      'Tell counter-terrorism police or the probation National Security Division about the national security ' +
      'dimension: Level 3 cases with that dimension need their senior oversight, and they are allocated in line ' +
      'with their own case allocation policies.' +
      (C4(ctx) ? ' Only they can identify the person as discretionary Category 4.' : ''),
    owner: leadAgencyOwner,
    due: none,
    refs: [national('7.6', '003 L3594')],
  },
  RECALL_REVIEW: {
    action:
      'If the person is recalled to prison, review the MAPPA level: on a fixed-term recall before release; on a ' +
      'standard recall before the 28-day Parole Board review, 6 months before any later Parole Board review (or as ' +
      'soon as possible with less notice), and before any executive re-release.',
    owner: leadAgencyOwner,
    due: stated('on recall'),
    refs: [national('7.27–7.28', '003 L3680–3688')],
  },
  CHILDREN_INFORM: {
    // 001 §5.1 L420 is about prisoners: a patient detained under a hospital order is not one.
    action: (ctx) =>
      "Before release, tell Children's Social Care where the person will live." +
      (inHospital(ctx)
        ? ''
        : " For a prisoner convicted of offences against a child, the prison probation officer must inform the " +
          "director of Children's Social Care and the chief probation officer before the release date."),
    owner: (ctx) =>
      inHospital(ctx)
        ? leadAgencyOwner(ctx)
        : { role: 'Prison probation officer', agency: 'Prison and probation', team: 'probation' },
    due: stated('before release (prior to the release date)'),
    refs: [
      riskToChildren('5.1', '001 L420'),
      riskToChildren('5.3', '001 L426'),
      westMidlands("Local Authority Children's Services Department", '004 L581'),
    ],
  },
  CHILDREN_REFERRAL: {
    action:
      "Refer the children's situation to Children's Social Care as a child protection referral and tell them what " +
      "your agency's risk assessment shows. Children's Social Care decides whether there is reasonable cause to " +
      'suspect that a child is suffering, or is likely to suffer, significant harm, and so whether to make Section 47 ' +
      'enquiries; that decision is not yours. The local child protection procedures set the timescale.',
    owner: (ctx, outcomeId) =>
      ['NOT_MAPPA', 'NOT_MAPPA_NO_DISPOSAL', 'CHECK_RECORDS', 'AWAIT_SENTENCE'].includes(outcomeId)
        ? yourAgency('You')
        : leadAgencyOwner(ctx),
    due: none,
    refs: [
      riskToChildren('6.2', '001 L475–479'),
      riskToChildren('5.2', '001 L421'),
      riskToChildren('5.11', '001 L434'),
      westMidlands("Local Authority Children's Services Department", '004 L581, L586–588'),
    ],
  },
  CHILDREN_SOCIAL_WORKER: {
    action:
      "Invite Children's Services to every Level 2 or 3 meeting: the child's lead social worker where there is a risk " +
      "to an identified child (with their manager if they cannot commit the local authority). A child in need or a " +
      'looked-after child must have the local authority represented.',
    owner: (ctx) => inLeadAgency(ctx, 'Lead agency referrer and the MAPPA Co-ordinator'),
    due: none,
    refs: [
      national('13a.21', '003 L4528'),
      westMidlands("Local Authority Children's Services Department", '004 L594'),
      riskToChildren('6.13', '001 L525'),
    ],
  },
  CHILDREN_DISCLOSURE: {
    action:
      'Consider disclosure to the parent or new partner to protect the children. At Level 1 the lead agency decides and ' +
      'records it; at Level 2 or 3 the MAPPA meeting decides, with all agencies agreeing. For a child sex offender ' +
      'this consideration is a legal duty (section 327A of the Criminal Justice Act 2003).',
    owner: (ctx) => inLeadAgency(ctx, 'Lead agency at Level 1; the MAPPA meeting at Level 2 or 3'),
    due: stated('at each review'),
    refs: [
      national('10.3', '003 L3951'),
      national('10.5', '003 L3958'),
      national('10.7', '003 L3964'),
      national('10.11', '003 L4030'),
      westMidlands('Disclosure', '004 L1004'),
    ],
  },
  REFER_NOW: {
    action: 'Screen the case, set the level and, if Level 2 or 3 is indicated, send the MAPPA A now.',
    owner: leadAgencyOwner,
    due: { kind: 'immediately' },
    refs: [national('15.16', '003 L5260'), national('23.19', '003 L6106')],
  },
};

const LEVELLED = ['CAT1', 'CAT1_PROVISIONAL', 'CAT2', 'CAT4'];
export const CATEGORY_OUTCOMES = [...LEVELLED, 'CAT3_CANDIDATE', 'CAT4_CONFIRM', 'CAT4_DISCRETIONARY_CANDIDATE'];

const isOneOf = (values: readonly string[], value: string | undefined) => values.includes(value ?? '');
const referral = (ctx: Ctx, o: string) => (isOneOf(LEVELLED, o) && multiAgencyLevel(ctx)) || o === 'CAT3_CANDIDATE';

/** The "Applies to" column of spec §6, in step order. */
const appliesTo: [string, (ctx: Ctx, outcomeId: string) => boolean][] = [
  ['N1', (c, o) => isOneOf([...LEVELLED, 'CAT4_CONFIRM'], o) && whereNow(c) !== 'awaiting_sentence'],
  ['N2', (_c, o) => o === 'CAT1'],
  ['N3', (_c, o) => o === 'CAT1_PROVISIONAL'],
  ['N4', (c, o) => isOneOf(LEVELLED, o) && c.answers.release_date !== undefined],
  ['N5', referral],
  ['N6', referral],
  ['N7', (c, o) => isOneOf(LEVELLED, o) && LEVEL(c) === 1],
  ['N8', (c, o) => isOneOf([...LEVELLED, 'CAT3_CANDIDATE'], o) && multiAgencyLevel(c)],
  ['N8_INVITES', (c, o) => isOneOf([...LEVELLED, 'CAT3_CANDIDATE'], o) && multiAgencyLevel(c)],
  ['N8_MAPPA_F', (c, o) => isOneOf([...LEVELLED, 'CAT3_CANDIDATE'], o) && multiAgencyLevel(c) && whereNow(c) === 'custody'],
  ['N8_VISOR', (c, o) => isOneOf([...LEVELLED, 'CAT3_CANDIDATE'], o) && multiAgencyLevel(c)],
  ['N9', (_c, o) => isOneOf([...LEVELLED, 'CAT3_CANDIDATE'], o)],
  ['N10', (_c, o) => o === 'CAT2'],
  // Audit E5: victim contact for Category 1 and 4 too (004 L414; 003 §2.13); a caution has no sentence.
  [
    'N11',
    (c, o) =>
      (o === 'CAT2' && victimContactSentence(c)) ||
      (isOneOf(['CAT1', 'CAT4'], o) &&
        disposal(c) !== 'cautioned' &&
        (victimContactSentence(c) ||
          (sentenceType(c) === undefined && (detained(c) || whereNow(c) === 'community_supervised')))),
  ],
  ['N12', (c, o) => isOneOf(CATEGORY_OUTCOMES, o) && isOneOf(MENTAL_HEALTH_SETTINGS, whereNow(c))],
  ['N13', (_c, o) => o === 'CAT4'],
  // Recall to prison is from a licence (003 §7.27–7.28): not from a suspended sentence or a community order, and never
  // after a caution or an insanity or unfitness finding, which bring no prison sentence.
  [
    'RECALL_REVIEW',
    (c, o) =>
      isOneOf(LEVELLED, o) &&
      whereNow(c) === 'community_supervised' &&
      !isOneOf(['suspended', 'other'], sentenceType(c)) &&
      isOneOf(['convicted', 'convicted_abroad'], disposal(c)),
  ],
  ['N14', (_c, o) => o === 'CAT4_CONFIRM'],
  ['N15', (_c, o) => o === 'CAT4_DISCRETIONARY_CANDIDATE'],
  ['N16', (_c, o) => o === 'CAT3_CANDIDATE'],
  ['N17', (_c, o) => o === 'NOT_MAPPA'],
  ['N18', (_c, o) => o === 'NOT_MAPPA_NO_DISPOSAL'],
  ['N19', (c, o) => o === 'CHECK_RECORDS' && disposal(c) === 'unknown'],
  ['N20', (c, o) => o === 'CHECK_RECORDS' && disposal(c) !== 'unknown'],
  ['N21', (_c, o) => o === 'AWAIT_SENTENCE'],
];

export const outcomeSteps = (ctx: Ctx, outcomeId: string): string[] =>
  appliesTo.filter(([, applies]) => applies(ctx, outcomeId)).map(([id]) => id);
