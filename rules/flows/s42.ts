/**
 * Flow `s42`: Does this meet S.42? (shared/specs/s42.md). Seed lines in refs are
 * shared/seeds/003_969c98eab9c792cf.txt. The DSO decides whether S.42(1) is met (§4.1.1, l. 327): every
 * outcome but EMERGENCY and NOT_ADULT_SAFEGUARDING is indicative.
 */
import type { FlowContext, FlowDefinition, OutcomeDef, Owner, Predicate, Ref, StepDef } from '../model';
import { z } from 'zod';

type S42Settings = Record<string, never>;
type Ctx = FlowContext<S42Settings>;

const pg = (section: string, lines?: string): Ref => ({ doc: 'kcc-asc-safeguarding-pg', section, lines });
const nice = (section: string, lines: string): Ref => ({ doc: 'nice-ng189', section, lines });

const is =
  (questionId: string, ...values: string[]): Predicate<S42Settings> =>
  (ctx) =>
    values.includes(ctx.answers[questionId] as string);
const all =
  (...predicates: Predicate<S42Settings>[]): Predicate<S42Settings> =>
  (ctx) =>
    predicates.every((p) => p(ctx));
const ticked = (ctx: Ctx, option: string): boolean => {
  const factors = ctx.answers.other_factors;
  return Array.isArray(factors) && factors.includes(option);
};

/** Ticked factors that themselves point to possible abuse or neglect (self-neglect included, l. 364, 423), in
 * plain words for the card. */
const ABUSE_SIGNS: Record<string, string> = {
  self_neglect: 'self-neglect',
  domestic_abuse_possible: 'possible domestic abuse',
  staff_alleged: 'harm by someone who works or volunteers with adults',
  crime_suspected: 'a possible crime',
  children_affected: 'children affected by abuse',
};
const abuseSigns = (ctx: Ctx): string[] => Object.keys(ABUSE_SIGNS).filter((option) => ticked(ctx, option));
/** Answers that, on their own, would close at concern (R3, R4). */
const wouldCloseAtConcern: Predicate<S42Settings> = (ctx) =>
  is('concern_relates', 'clearly_not')(ctx) || all(is('concern_relates', 'not_sure'), is('abuse_or_risk', 'no'))(ctx);
const contradictsClosure: Predicate<S42Settings> = (ctx) => wouldCloseAtConcern(ctx) && abuseSigns(ctx).length > 0;
/** A possible crime in a regulated or commissioned service: the provider's own 101 call is on the card. */
const providerCallsPolice: Predicate<S42Settings> = (ctx) =>
  ticked(ctx, 'crime_suspected') && ticked(ctx, 'regulated_or_commissioned_service');

const KCC_ASC = 'KCC Adult Social Care';
/** An owner in KCC Adult Social Care (the DSO, the IO, the Area Referral Service, the community teams). */
const asc = (role: string): Owner => ({ role, agency: KCC_ASC, team: 'adult_social_care' });
const DSO_DECIDES: Owner = asc('Designated Senior Officer (DSO)');
const RAISE_WHATEVER = 'Raise the concern whatever this card shows.';
const IMMEDIATELY = { kind: 'immediately' } as const;
const NO_DEADLINE = { kind: 'none' } as const;
/** §4.1.3 (l. 404) and §4.2.1 (l. 553) give working days, no hour, and do not say whether the day of receipt counts:
 * the date shown does not count it and names no time (the card's note says this is the latest acceptable). */
const WITHIN_1_WD = { kind: 'workingDays', n: 1, from: 'receipt' } as const;
const WITHIN_3_WD = { kind: 'workingDays', n: 3, from: 'receipt' } as const;

const dso: Owner = asc('DSO');
/** Whoever raises the concern falls to the asker, whatever their service. */
const raiser: Owner = { role: 'The person raising the concern', agency: 'any agency, or a member of the public', team: 'asker' };
/** The care home, hospital ward or other service where it happened: no user of the bot acts for it. */
const provider: Owner = { role: 'Service provider (registered manager or ward)', agency: 'The care or health service' };

// ---- Questions (spec §2) ----

/** Conditions 1 and 2 of S.42(1) (Q5, Q6) are answered on a reasonable-cause-to-suspect basis. */
const yesNoNotKnown = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not_known_yet', label: 'Not known yet' },
];

const questions: FlowDefinition<S42Settings>['questions'] = [
  {
    id: 'immediate_danger',
    text: 'Is anyone in immediate danger and needing police or medical help right now?',
    type: 'yesno',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
    help: 'This includes the adult, other adults, carers and children. If yes, call 999 first.',
    refs: [pg('4.1.3', 'l. 413'), pg('7.8.1', 'l. 1091'), pg('9.7', 'l. 1226'), nice('1.6.2', 'l. 12068–12071')],
  },
  {
    id: 'age_18_plus',
    text: 'Is the person at risk aged 18 or over?',
    type: 'yesno',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
    askedWhen: is('immediate_danger', 'no'),
    help: "The S.42 duty is for adults. For anyone under 18, use children's safeguarding.",
    refs: [pg('1.1.1', 'l. 22'), pg('4.1.3', 'l. 414'), pg('1.1.3', 'l. 93')],
  },
  {
    id: 'received_at',
    text: 'When did adult social care receive this concern?',
    type: 'datetime',
    askedWhen: is('age_18_plus', 'yes'),
    help:
      'The triage and risk-assessment deadlines are counted from this date and time. ' +
      'If you have not sent the concern yet, give the time you send it.',
    refs: [pg('4.1.3', 'l. 404'), pg('4.2.1', 'l. 553')],
  },
  {
    id: 'concern_relates',
    text: 'Does the concern relate to possible abuse or neglect, including self-neglect?',
    type: 'choice',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'not_sure', label: 'Not sure yet' },
      {
        value: 'clearly_not',
        label:
          'No, it is clearly not about abuse or neglect, including self-neglect (for example only a request for more help)',
      },
    ],
    askedWhen: is('age_18_plus', 'yes'),
    help:
      'A concern is closed at this stage only if it is clearly not about abuse or neglect. ' +
      'These are not reasons to close: the concern seems already resolved; the police or another agency are ' +
      'investigating; the adult refused consent to the referral.',
    refs: [pg('4.1.2', 'l. 364, 373'), pg('4.1.3', 'l. 423–429, 435–437')],
  },
  {
    id: 'care_support_needs',
    text: 'Is there reasonable cause to suspect the adult has needs for care and support?',
    type: 'choice',
    options: yesNoNotKnown,
    askedWhen: is('concern_relates', 'yes', 'not_sure'),
    help:
      'Suspicion is enough. The needs do not have to be met or to meet the eligibility criteria. ' +
      'Needs may not be obvious at first (for example mental health or depression).',
    refs: [pg('1.1.1', 'l. 24, 32–33, 42'), pg('App F', 'l. 1789')],
  },
  {
    id: 'abuse_or_risk',
    text: 'Is there reasonable cause to suspect the adult is experiencing abuse or neglect, or is at risk of it?',
    type: 'choice',
    options: yesNoNotKnown,
    askedWhen: is('concern_relates', 'yes', 'not_sure'),
    help:
      'No firm evidence is needed: finding out is the purpose of the enquiry. ' +
      'Being at risk counts when there is clear evidence of the risk, even if nothing has happened yet. ' +
      'Self-neglect counts. ' +
      "If you answered 'Yes' to Q4, answer 'No' here only if checking has shown it is clearly not abuse or " +
      'neglect; then go back and change Q4. ' +
      'Do not answer No because the concern seems resolved or another agency is investigating.',
    refs: [pg('1.1.1', 'l. 25, 35–37'), pg('4.1.3', 'l. 423, 427–428, 439'), pg('4.2', 'l. 549')],
  },
  {
    id: 'unable_to_protect',
    text:
      'Is there reasonable cause to suspect that, because of those needs, the adult cannot protect themselves ' +
      'from the abuse or neglect, or the risk of it?',
    type: 'choice',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No, there is evidence they can protect themselves' },
      { value: 'not_known_yet', label: 'Not known yet' },
    ],
    askedWhen: all(is('care_support_needs', 'yes', 'not_known_yet'), is('abuse_or_risk', 'yes', 'not_known_yet')),
    help:
      'This is a professional judgement for the DSO. ' +
      'It includes adults targeted by abusers because of their needs (for example by scammers). ' +
      'For self-neglect, ask whether the adult can control their own behaviour without outside support. ' +
      'Do not assume. A "no" needs recorded evidence. ' +
      'Refusing help or an enquiry, or having capacity, does not on its own show that the adult can protect ' +
      'themselves. Consider coercion and control, fear of reprisals and dependence on the person causing harm.',
    refs: [pg('1.1.1', 'l. 26, 39–42'), pg('4.2.2', 'l. 582'), pg('5.5', 'l. 723–726'), pg('6.4', 'l. 805')],
  },
  {
    id: 'non_statutory_situation',
    text: 'The adult does not seem to have care and support needs. Does either of these apply?',
    type: 'choice',
    options: [
      {
        value: 'carer_in_caring_role',
        label:
          'They care for someone with care needs, are being harmed or are at risk from that person or from ' +
          'professionals or organisations involved, and cannot protect themselves because of their support ' +
          'needs as a carer',
      },
      {
        value: 'young_adult',
        label:
          'They are a young adult (for example a care leaver) who cannot protect themselves because of ' +
          'emotional immaturity, childhood trauma, being a care leaver or having few people to support them',
      },
      { value: 'neither', label: 'Neither' },
    ],
    askedWhen: all(is('care_support_needs', 'no'), is('abuse_or_risk', 'yes', 'not_known_yet')),
    help:
      'These are the two situations in which the guidance describes a non-statutory ("other") safeguarding ' +
      'enquiry. The criteria for S.42 are low, so such cases are limited. The DSO decides.',
    refs: [
      pg('1.1.3', 'l. 63–65, 77, 81, 93'),
      { doc: 'care-support-statutory-guidance', section: '14.45', lines: 'quoted at l. 65' },
    ],
  },
  {
    id: 'other_factors',
    text: 'Do any of these apply? Tick all that do.',
    type: 'multichoice',
    options: [
      { value: 'crime_suspected', label: 'A crime may have been committed, however minor' },
      {
        value: 'children_affected',
        label: 'Children are affected by the abuse or may be at risk (including children who see or hear it)',
      },
      {
        value: 'capacity_or_engagement_difficulty',
        label:
          'The adult may lack capacity about the concern, or may have substantial difficulty taking part in an enquiry',
      },
      {
        value: 'adult_refuses',
        label: 'The adult has refused consent to the referral or does not want an enquiry',
      },
      {
        value: 'regulated_or_commissioned_service',
        label:
          'It happened in a service regulated by CQC (or another regulator) or commissioned by the council or the NHS',
      },
      {
        value: 'staff_alleged',
        label:
          'The person alleged to have caused harm works or volunteers with adults with care and support needs, in any setting',
      },
      {
        value: 'carer_identified',
        label:
          'Another adult gives unpaid care to the adult at risk (for example family or a friend, not paid staff) ' +
          'and may need support in that role',
      },
      {
        value: 'domestic_abuse_possible',
        label:
          'The person causing harm is a partner, ex-partner or relative (both aged 16 or over) (possible domestic abuse)',
      },
      { value: 'self_neglect', label: 'The concern is self-neglect (including hoarding)' },
      { value: 'dols_in_place', label: 'The adult is subject to a DoLS authorisation' },
      {
        value: 'liberty_restricted_without_dols',
        label: 'The adult may be deprived of their liberty and has no DoLS authorisation',
      },
      {
        value: 'attorney_or_deputy',
        label:
          "Someone with power of attorney, or a deputy, may not be acting in the adult's best interests or managing " +
          'their affairs properly',
      },
      { value: 'none', label: 'None of these' },
    ],
    exclusiveOption: 'none',
    askedWhen: is('age_18_plus', 'yes'),
    help: 'Each ticked item adds actions that apply whatever the outcome.',
    refs: [
      pg('4.1.3', 'l. 413–416, 429'),
      pg('4.1.6', 'l. 541'),
      pg('1.1.4', 'l. 99'),
      pg('6.2', 'l. 777'),
      pg('6.4', 'l. 806, 814'),
      pg('6.5', 'l. 834–835'),
      pg('5.5', 'l. 724'),
      pg('9.4', 'l. 1202'),
      { doc: 'domestic-abuse-act-2021', section: 's.1', lines: 'quoted l. 6603' },
      pg('7.3', 'l. 905–906'),
      pg('7.5', 'l. 959–994'),
      pg('7.6', 'l. 997–1025'),
      pg('7.7.4', 'l. 1061–1062'),
      pg('9.1', 'l. 1166, 1173'),
    ],
  },
];

// ---- Rules (spec §4: first match wins) ----

const rules: FlowDefinition<S42Settings>['rules'] = [
  {
    id: 'R1',
    when: is('immediate_danger', 'yes'),
    outcome: 'EMERGENCY',
    refs: [pg('7.8.1', 'l. 1091'), pg('9.7', 'l. 1226'), nice('1.6.2', 'l. 12068–12071')],
  },
  {
    id: 'R2',
    when: is('age_18_plus', 'no'),
    outcome: 'NOT_ADULT_SAFEGUARDING',
    refs: [pg('1.1.1', 'l. 22'), pg('4.1.3', 'l. 414'), pg('1.1.3', 'l. 93')],
  },
  // "Clearly not about abuse" or "no abuse" next to a ticked sign of abuse or self-neglect: the answers contradict
  // each other, and closure at concern is allowed only when the concern is clearly not about abuse or neglect
  // including self-neglect (l. 364, 423), so the concern goes on to information gathering (l. 549).
  {
    id: 'R3a',
    when: contradictsClosure,
    outcome: 'S42_UNDETERMINED_GATHER_INFO',
    refs: [pg('4.1.2', 'l. 364'), pg('4.1.3', 'l. 423'), pg('4.2', 'l. 549')],
  },
  {
    id: 'R3',
    when: is('concern_relates', 'clearly_not'),
    outcome: 'CLOSE_AT_CONCERN_NOT_ABUSE',
    refs: [pg('4.1.3', 'l. 423, 439')],
  },
  {
    id: 'R4',
    when: all(is('abuse_or_risk', 'no'), is('concern_relates', 'not_sure')),
    outcome: 'S42_NOT_MET_NO_ABUSE_OR_RISK',
    refs: [pg('1.1.1', 'l. 25'), pg('4.1.3', 'l. 444'), pg('App I', 'l. 1966')],
  },
  // Q4 yes with Q6 no contradict each other; closure at concern needs "clearly not" abuse (l. 423, 439),
  // so the contradiction is not resolved towards closure.
  {
    id: 'R4b',
    when: all(is('concern_relates', 'yes'), is('abuse_or_risk', 'no')),
    outcome: 'S42_UNDETERMINED_GATHER_INFO',
    refs: [pg('4.1.3', 'l. 423, 439'), pg('4.2', 'l. 549')],
  },
  {
    id: 'R5',
    when: all(is('care_support_needs', 'no'), is('non_statutory_situation', 'carer_in_caring_role')),
    outcome: 'NON_STATUTORY_ENQUIRY_CARER',
    refs: [pg('1.1.3', 'l. 63–77')],
  },
  {
    id: 'R6',
    when: all(is('care_support_needs', 'no'), is('non_statutory_situation', 'young_adult')),
    outcome: 'NON_STATUTORY_ENQUIRY_YOUNG_ADULT',
    refs: [pg('1.1.3', 'l. 81–95')],
  },
  {
    id: 'R7',
    when: is('care_support_needs', 'no'),
    outcome: 'S42_NOT_MET_NO_CARE_SUPPORT_NEEDS',
    refs: [pg('1.1.1', 'l. 24'), pg('4.1.3', 'l. 444')],
  },
  // Before R10: a definite "can protect themselves" settles the indication even when needs are not yet known.
  {
    id: 'R8',
    when: is('unable_to_protect', 'no'),
    outcome: 'S42_NOT_MET_CAN_PROTECT_SELF',
    refs: [pg('1.1.1', 'l. 39–42'), pg('4.2', 'l. 549'), pg('4.2.2', 'l. 608')],
  },
  {
    id: 'R9',
    when: all(is('care_support_needs', 'yes'), is('abuse_or_risk', 'yes'), is('unable_to_protect', 'yes')),
    outcome: 'S42_CRITERIA_INDICATED',
    refs: [pg('1.1.1', 'l. 20–26'), pg('1.1.2', 'l. 48')],
  },
  {
    id: 'R10',
    when: () => true,
    outcome: 'S42_UNDETERMINED_GATHER_INFO',
    refs: [pg('1.1.1', 'l. 32–37'), pg('4.1.3', 'l. 423'), pg('4.2', 'l. 549')],
  },
];

// ---- Outcomes (spec §3) and their steps (spec §6) ----

const TRIAGE = ['raise_concern', 'triage', 'dso_triage_questions', 'decide_who_to_inform'];
const CLOSE_AT_CONCERN = [
  'close_due_diligence',
  'close_rationale',
  'other_support_when_closing',
  'feedback_not_met',
  'ctm_signoff',
];

/** The working-day convention is the bot's reading of §4.1.3 (l. 404) and §4.2.1 (l. 553), said so on the card. */
const DEADLINE_READING =
  'The triage and risk-assessment dates shown are the latest acceptable. The procedure gives working days but no ' +
  'time of day, and does not say whether the day the concern arrives counts; the dates shown do not count it. ' +
  'The DSO should see the concern at once.';

/** Sources of the notes every indicative card carries (spec §3, under the outcomes table; §4.1.3 for the dates). */
const NOTE_REFS: Ref[] = [
  pg('4.1.1', 'l. 327'),
  pg('4.1.2', 'l. 362, 364'),
  nice('1.6.1', 'l. 12064–12066'),
  pg('4.1.3', 'l. 404'),
  pg('4.2.1', 'l. 553'),
];

/** An outcome the DSO decides: the spec's references, then those of the notes, each section once. */
const indicative = (
  outcome: Pick<OutcomeDef<S42Settings>, 'label' | 'tone' | 'summary' | 'refs' | 'steps'>,
  moreNotes: (ctx: Ctx) => string[] = () => [],
): OutcomeDef<S42Settings> => ({
  ...outcome,
  refs: [...outcome.refs, ...NOTE_REFS.filter((n) => !outcome.refs.some((r) => r.doc === n.doc && r.section === n.section))],
  decidedBy: DSO_DECIDES,
  indicative: true,
  agency: KCC_ASC,
  notes: (ctx) => [RAISE_WHATEVER, ...moreNotes(ctx), DEADLINE_READING],
});

/** "a, b and c" */
const listed = (items: string[]): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const contradictionNote = (ctx: Ctx): string[] =>
  contradictsClosure(ctx)
    ? [
        `Your answers do not fit together: you said there is no sign of abuse or neglect, but you ticked ` +
          `${listed(abuseSigns(ctx).map((option) => ABUSE_SIGNS[option]))}. That points to possible abuse or neglect ` +
          '(self-neglect included), so the concern must not be closed at this stage. Check your answers; the DSO ' +
          'gathers information and decides.',
      ]
    : [];

/** Outcomes after which a S.42 enquiry may still follow: the public-task basis for sharing applies (l. 763). */
const ENQUIRY_MAY_FOLLOW = ['S42_CRITERIA_INDICATED', 'S42_UNDETERMINED_GATHER_INFO', 'S42_NOT_MET_CAN_PROTECT_SELF'];

const outcomes: FlowDefinition<S42Settings>['outcomes'] = {
  EMERGENCY: {
    label: 'Call 999 now',
    tone: 'urgent',
    summary:
      'Someone is in immediate danger, so emergency services come first. ' +
      'Raise the safeguarding concern once help is on its way.',
    decidedBy: {
      role: 'No decision needed: the person with the adult calls 999 (in a care setting, the provider)',
      agency: 'any agency, the public or the care provider',
      team: 'asker',
    },
    indicative: false,
    agency: 'Emergency services (999)',
    refs: [pg('7.8.1', 'l. 1091'), pg('9.7', 'l. 1226'), nice('1.6.2', 'l. 12068–12071')],
    steps: ['call_999', 'raise_concern_after_emergency', 'rerun_after_emergency'],
  },
  NOT_ADULT_SAFEGUARDING: {
    label: "Not adult safeguarding: use children's safeguarding",
    tone: 'attention',
    summary: 'The person at risk is under 18, so the adult safeguarding procedure does not apply.',
    decidedBy: {
      role: "Children's services (outside this procedure)",
      agency: "Children's services",
      team: 'childrens_social_care',
    },
    indicative: false,
    agency: "Children's services (in Kent, Integrated Children's Services)",
    refs: [pg('1.1.1', 'l. 22'), pg('4.1.3', 'l. 414'), pg('1.1.3', 'l. 93')],
    steps: ['refer_childrens_safeguarding'],
  },
  CLOSE_AT_CONCERN_NOT_ABUSE: indicative({
    label: 'Closure at concern indicated: not about abuse or neglect (DSO decides)',
    tone: 'info',
    summary:
      'The concern is clearly not about abuse or neglect. The DSO may close it at concern after due diligence, ' +
      'with the reasons recorded and fed back.',
    refs: [pg('4.1.3', 'l. 423, 437–449'), pg('App I', 'Closing at Concern, l. 1908–1966')],
    steps: [...TRIAGE, ...CLOSE_AT_CONCERN],
  }),
  S42_NOT_MET_NO_ABUSE_OR_RISK: indicative({
    label: 'S.42 not indicated: no suspected abuse, neglect or risk (DSO decides)',
    tone: 'info',
    summary:
      'There is no reasonable cause to suspect abuse or neglect or a risk of it, so condition 2 of S.42(1) is ' +
      'not indicated. The DSO decides and records why.',
    refs: [pg('1.1.1', 'l. 20–25, 35–37'), pg('4.1.3', 'l. 439–449'), pg('App I', 'l. 1948, 1966')],
    steps: [...TRIAGE, ...CLOSE_AT_CONCERN],
  }),
  NON_STATUTORY_ENQUIRY_CARER: indicative({
    label: 'Non-statutory enquiry indicated: carer at risk (DSO decides)',
    tone: 'attention',
    summary:
      'S.42 is not met (no care and support needs), but the adult is a carer harmed or at risk in the caring ' +
      'role and unable to protect themselves because of their support needs as a carer. The guidance supports ' +
      'a non-statutory enquiry.',
    refs: [pg('1.1.3', 'l. 63–77'), pg('4.2.5', 'l. 640–641')],
    steps: [
      ...TRIAGE,
      'non_statutory_decision',
      'risk_assessment_strategy',
      'notify_critical_risk',
      'non_statutory_record',
      'feedback_non_statutory',
    ],
  }),
  NON_STATUTORY_ENQUIRY_YOUNG_ADULT: indicative({
    label: 'Non-statutory enquiry indicated: young adult at risk (DSO decides)',
    tone: 'attention',
    summary:
      'S.42 is not met (no care and support needs), but the adult is a young adult who cannot protect ' +
      'themselves because of emotional immaturity, childhood trauma, care-leaver status or limited support. ' +
      'The guidance supports a non-statutory enquiry.',
    refs: [pg('1.1.3', 'l. 81–95'), pg('4.2.5', 'l. 640–641')],
    steps: [
      ...TRIAGE,
      'non_statutory_decision',
      'risk_assessment_strategy',
      'notify_critical_risk',
      'non_statutory_record',
      'feedback_non_statutory',
      'transitional_reading',
    ],
  }),
  S42_NOT_MET_NO_CARE_SUPPORT_NEEDS: indicative(
    {
    label: 'S.42 not indicated: no care and support needs (DSO decides)',
    tone: 'info',
    summary:
      'There is no reasonable cause to suspect care and support needs, and neither non-statutory situation ' +
      'applies. The DSO decides, after checking that needs have not been missed. The DSO may still decide on a ' +
      'non-statutory enquiry in other circumstances.',
    refs: [pg('1.1.1', 'l. 24, 33, 42'), pg('1.1.3', 'l. 63'), pg('4.1.3', 'l. 439–449')],
    steps: [...TRIAGE, 'needs_not_obvious', ...CLOSE_AT_CONCERN],
    },
    () => [
      'The procedure does not say in so many words that a concern is closed because there are no care and support ' +
        'needs; this follows from the first S.42 condition. Check the practice with your local safeguarding lead ' +
        'before closing.',
    ],
  ),
  S42_NOT_MET_CAN_PROTECT_SELF: indicative({
    label:
      'S.42 may not be met: adult may be able to protect themselves. Complete the risk assessment before any ' +
      'closure (DSO judgement)',
    tone: 'warning',
    summary:
      'Condition 3 appears not to be met. Do not close at concern: with possible care needs and abuse or risk, ' +
      'the DSO must progress to risk assessment and strategy discussion, where condition 3 is judged. If the DSO ' +
      'then closes on this basis, the evidence must be recorded.',
    refs: [
      pg('1.1.1', 'l. 39–42'),
      pg('4.2', 'l. 549'),
      pg('4.2.1', 'l. 558'),
      pg('4.2.2', 'l. 582, 608'),
      pg('5.5', 'l. 723–726'),
      pg('App I', 'Closing at Risk Assessment, l. 1976–1998'),
    ],
    steps: [
      ...TRIAGE,
      'check_before_can_protect',
      'risk_assessment_strategy',
      'notify_critical_risk',
      'close_at_risk_assessment',
      'other_support_when_closing',
      'feedback_not_met',
      'ctm_signoff_after_risk_assessment',
    ],
  }),
  S42_CRITERIA_INDICATED: indicative({
    label: 'S.42 criteria indicated (DSO decides)',
    tone: 'attention',
    summary:
      'All three S.42(1) conditions are indicated on a reasonable-cause-to-suspect basis. If the DSO confirms ' +
      'this, the LA must make enquiries or cause others to.',
    refs: [pg('1.1.1', 'l. 20–26'), pg('1.1.2', 'l. 48'), pg('4.1.1', 'l. 327'), pg('4.2', 'l. 549')],
    steps: [
      ...TRIAGE,
      'risk_assessment_strategy',
      'notify_critical_risk',
      'make_or_cause_enquiries',
      'feedback_meets',
      'feedback_agencies',
    ],
  }),
  // The closing steps are deliberately not listed (spec §6); the summary names the checklists instead.
  S42_UNDETERMINED_GATHER_INFO: indicative(
    {
    label: 'Not yet known if S.42 is met: gather information, do not close (DSO decides)',
    tone: 'warning',
    summary:
      'Some conditions are not yet known and none is ruled out, or Q4 says the concern relates to possible ' +
      'abuse while Q6 says no. The threshold is reasonable cause to suspect, so the concern ' +
      'must not be closed for lack of information. The DSO gathers what is missing within the triage and ' +
      'risk-assessment timescales, then decides. If the DSO then finds S.42 not met, the closing steps apply: ' +
      "at concern if decided at triage (App I, Closing at Concern); after the risk assessment, the 'Closing at " +
      "Risk Assessment' checklist.",
    refs: [
      pg('1.1.1', 'l. 32–37'),
      pg('1.1.3', 'l. 63'),
      pg('4.1.3', 'l. 404, 423'),
      pg('4.2', 'l. 549'),
      pg('4.2.1', 'l. 553, 558'),
      pg('4.2.4', 'l. 624'),
      pg('App I', 'l. 1908–1966, 1976–2106'),
    ],
    steps: [...TRIAGE, 'risk_assessment_strategy', 'notify_critical_risk'],
    },
    contradictionNote,
  ),
};

// ---- Additional actions (spec §5, in output order) ----

/** `children_in_risk_assessment` and `capacity_in_risk_assessment` belong to the risk assessment, so a flag
 * lists them only when the outcome's steps include `risk_assessment_strategy` (spec §5; §4.2 l. 549). */
const RISK_ASSESSMENT_ONLY = ['children_in_risk_assessment', 'capacity_in_risk_assessment', 'crime_substantial_risk'];
const flagSteps =
  (ids: string[]) =>
  (_ctx: Ctx, outcomeId: string): string[] => {
    const outcomeSteps = outcomes[outcomeId]?.steps;
    const riskAssessed = Array.isArray(outcomeSteps) && outcomeSteps.includes('risk_assessment_strategy');
    return riskAssessed ? ids : ids.filter((id) => !RISK_ASSESSMENT_ONLY.includes(id));
  };

const flags: FlowDefinition<S42Settings>['flags'] = [
  {
    id: 'REPORT_TO_POLICE',
    label: 'Report to the police',
    text:
      'Report a suspected crime to the police. This applies however minor it seems, whatever the capacity of ' +
      'those involved, and whether or not the adult agrees. The adult’s views are passed on and shape any ' +
      'further police action.',
    when: (ctx) => ticked(ctx, 'crime_suspected'),
    steps: flagSteps([
      'police_decide_at_triage',
      'police_copy_to_vit',
      'police_provider_101',
      'police_more_urgent',
      'crime_substantial_risk',
    ]),
    refs: [pg('6.2', 'l. 768–777'), pg('7.8', 'l. 1073'), pg('9.7', 'l. 1225'), pg('4.2.3', 'l. 616')],
  },
  {
    id: 'CHILDRENS_SERVICES_REFERRAL',
    label: "Children's services referral",
    text:
      "If you think a child is at risk of harm, refer to children's services now (in Kent, Integrated " +
      "Children's Services); do not wait for the DSO. Children are affected. The DSO decides what action is " +
      "needed for them, such as a referral to Integrated Children's Services.",
    when: (ctx) => ticked(ctx, 'children_affected'),
    steps: flagSteps(['children_consider_at_triage', 'children_in_risk_assessment']),
    refs: [pg('4.1.3', 'l. 414'), pg('9.4', 'l. 1202')],
  },
  {
    id: 'CAPACITY_AND_ADVOCACY_CHECK',
    label: 'Check capacity and advocacy',
    text:
      'Check capacity and advocacy. If the adult has substantial difficulty taking part and no appropriate ' +
      'person to support them, the LA has a duty to arrange an independent advocate.',
    when: (ctx) => ticked(ctx, 'capacity_or_engagement_difficulty'),
    steps: flagSteps(['capacity_consider_at_triage', 'capacity_in_risk_assessment', 'independent_advocate', 'imca', 'imha']),
    refs: [
      pg('4.1.3', 'l. 416'),
      pg('5.4', 'l. 717'),
      { doc: 'ocsw-dementia-safeguarding-enquiries', section: 'Part 1, Advocacy', lines: 'l. 9948–9951' },
    ],
  },
  {
    id: 'CONSENT_REFUSAL_NOT_GROUNDS_TO_CLOSE',
    label: 'Refusal of consent is not a reason to close',
    text:
      'Refusal of consent is not a reason to close at concern. Before closing any concern or enquiry because ' +
      'the adult does not consent, the DSO must evidence that four things were considered: capacity; other ' +
      'adults or children at risk; a possible crime; coercive control or undue influence.',
    when: (ctx) => ticked(ctx, 'adult_refuses'),
    steps: (ctx) => [
      'refusal_not_closure_reason',
      'refusal_four_considerations',
      ...(ticked(ctx, 'capacity_or_engagement_difficulty') ? ['mca_best_interests'] : []),
      'inherent_jurisdiction',
      'share_without_consent',
    ],
    refs: [pg('4.1.3', 'l. 425–429'), pg('5.5', 'l. 721–728'), pg('9.6', 'l. 1214–1221'), pg('10.4', 'l. 1255')],
  },
  {
    id: 'NOTIFY_REGULATOR_AND_COMMISSIONER',
    label: 'Inform the regulator and the commissioner',
    text:
      'Inform CQC (or the other regulator) and the commissioner of the service. The ICB is informed only in ' +
      'two listed situations.',
    when: (ctx) => ticked(ctx, 'regulated_or_commissioned_service'),
    steps: [
      'regulator_decide_at_triage',
      'regulator_send_form',
      'icb_exception',
      'dso_io_allocation',
      'quality_or_safeguarding',
      'other_residents',
      'organisational_abuse_meeting',
      'adult_protection_sanction',
      'imha',
      'care_home_raiser',
    ],
    refs: [
      pg('4.1.6', 'l. 541, 545'),
      pg('7.3', 'l. 905–913'),
      pg('7.1.4', 'l. 885–887'),
      pg('6.6', 'l. 846'),
      pg('7.4', 'l. 944–950'),
      nice('1.6.9', 'l. 12127–12131'),
    ],
  },
  {
    id: 'PIPOT_PROCEDURE',
    label: 'People in Positions of Trust',
    text:
      'Follow the People in Positions of Trust guidance; consider DBS and professional-regulator referral, and ' +
      'whether what was done may be a crime.',
    when: (ctx) => ticked(ctx, 'staff_alleged'),
    steps: ['pipot_procedure', 'staff_crime_vit', 'employer_dbs_duty'],
    refs: [pg('7.6', 'l. 997–1025'), pg('7.8', 'l. 1074')],
  },
  // For NON_STATUTORY_ENQUIRY_CARER the carer is the adult at risk, not a carer of them (§1.1.4 l. 99): an
  // interpretation resting on "support needs in her role as carer" (l. 77) and the App I checklist (l. 2070).
  {
    id: 'OFFER_CARERS_ASSESSMENT',
    label: "Offer a carer's assessment",
    text: "A carer who may need support must be offered a carer's assessment (Care Act s.10).",
    when: (ctx, outcomeId) => ticked(ctx, 'carer_identified') || outcomeId === 'NON_STATUTORY_ENQUIRY_CARER',
    steps: ['carers_assessment'],
    refs: [
      pg('1.1.4', 'l. 99–101'),
      pg('1.1.3', 'l. 77'),
      pg('App I', 'l. 2070'),
      { doc: 'care-act-2014', section: 's.10' },
    ],
  },
  {
    id: 'RUN_MARAC_FLOW',
    label: 'Possible domestic abuse: check whether it goes to MARAC',
    text:
      'Possible domestic abuse: run "Does this go to MARAC?" (DASH, MARAC referral) and follow the Kent and Medway ' +
      'domestic abuse protocol.',
    when: (ctx) => ticked(ctx, 'domestic_abuse_possible'),
    steps: ['start_marac_flow', 'da_protocol', 'dso_io_allocation'],
    refs: [
      pg('6.5', 'l. 834–835'),
      pg('9.4', 'l. 1202, 1204'),
      pg('9.5', 'l. 1208'),
      { doc: 'kmsab-da-protocol', section: '(whole document)', lines: 'l. 835' },
    ],
    startsFlow: 'marac',
  },
  {
    id: 'SELF_NEGLECT_PATHWAY',
    label: 'Self-neglect pathway',
    text:
      'Follow the Kent and Medway multi-agency self-neglect and hoarding policy, whether this is managed under ' +
      'S.42 or through case management.',
    when: (ctx) => ticked(ctx, 'self_neglect'),
    steps: ['sn_policy', 'sn_hazard', 'sn_handover'],
    refs: [
      pg('6.4', 'l. 803–814'),
      { doc: 'kmsab-self-neglect-policy', section: '(whole document)', lines: 'l. 807' },
      pg('App D', 'l. 1655–1671'),
    ],
  },
  // §7.7.4 separates an adult already under a DoLS (notify the DoLS office, l. 1061) from one whose liberty may be
  // restricted without authorisation (escalate, l. 1062).
  {
    id: 'NOTIFY_DOLS_TEAM',
    label: 'Tell the DoLS Team',
    text: (ctx) =>
      [
        ticked(ctx, 'dols_in_place') ? 'The adult is subject to a DoLS: tell the DoLS Team about the safeguarding concern.' : '',
        ticked(ctx, 'liberty_restricted_without_dols')
          ? 'The adult may be deprived of their liberty without authorisation: the DSO escalates to the responsible team.'
          : '',
      ]
        .filter((t) => t !== '')
        .join(' '),
    when: (ctx) => ticked(ctx, 'dols_in_place') || ticked(ctx, 'liberty_restricted_without_dols'),
    steps: (ctx) => [
      'dols_decide_at_triage',
      ...(ticked(ctx, 'dols_in_place') ? ['dols_clipboard'] : []),
      ...(ticked(ctx, 'liberty_restricted_without_dols') ? ['dols_escalate'] : []),
    ],
    refs: [pg('7.7.4', 'l. 1061–1062'), pg('App B', 'l. 1306–1312')],
  },
  {
    id: 'TELL_OFFICE_OF_PUBLIC_GUARDIAN',
    label: 'Tell the Office of the Public Guardian',
    text:
      "Someone with power of attorney, or a deputy, may not be acting in the adult's best interests: contact the " +
      'Office of the Public Guardian safeguarding unit.',
    when: (ctx) => ticked(ctx, 'attorney_or_deputy'),
    steps: ['public_guardian'],
    refs: [pg('9.1', 'l. 1166, 1173')],
  },
];

// ---- Step catalogue: outcome steps (spec §6), then flag steps (spec §5) ----

const steps: Record<string, StepDef<S42Settings>> = {
  call_999: {
    action: 'Call 999 now. Where you can, stay with the person at risk until help arrives.',
    owner: {
      role: 'Whoever is with the person; in a care or health setting, the service provider',
      agency: 'any agency, the public or the care provider',
      team: 'asker',
    },
    due: IMMEDIATELY,
    refs: [pg('7.8.1', 'l. 1091'), pg('9.7', 'l. 1226'), nice('1.6.2', 'l. 12068–12071')],
  },
  raise_concern_after_emergency: {
    action:
      'Once help is on its way, raise the safeguarding concern with adult social care. The concern is triaged ' +
      'within 1 working day of its receipt.',
    owner: raiser,
    due: NO_DEADLINE,
    refs: [pg('4.1.2', 'l. 362–364'), pg('4.1.3', 'l. 404')],
  },
  rerun_after_emergency: {
    action:
      'Once help is on its way, run "Does this meet S.42?" again, answering \'No\' to the first question, to triage ' +
      'the concern and check S.42.',
    owner: {
      role: 'The person raising the concern, or the triager',
      agency: 'their own agency, or KCC Adult Social Care',
      team: 'asker',
    },
    due: NO_DEADLINE,
    refs: [pg('4.1.3', 'l. 404, 413')],
  },
  // The KCC guidance is silent on under-18s; children's safeguarding is inferred (spec Notes N4). "Now": the
  // concern is about a child at risk of harm (l. 414).
  refer_childrens_safeguarding: {
    action:
      "The adult procedure does not apply to a person under 18. Refer to children's safeguarding now (in Kent, " +
      "Integrated Children's Services). The adult procedure does not say this; it follows from the duty being for " +
      'adults.',
    owner: raiser,
    due: IMMEDIATELY,
    refs: [pg('4.1.3', 'l. 414'), pg('1.1.3', 'l. 93')],
  },
  raise_concern: {
    action:
      'If you have not yet raised this concern, send it to adult social care now: the online KASC form, or ' +
      'their own form for Police, SECAMB, CQC and KFRS. Only the DSO can decide that S.42 is not met. If the adult ' +
      'lives in Medway, Medway Council is a separate council: contact the Medway Safeguarding Team.',
    owner: raiser,
    due: NO_DEADLINE,
    refs: [pg('4.1.2', 'l. 362, 364'), pg('4.1.1', 'l. 327'), pg('9.8', 'l. 1228–1230')],
  },
  triage: {
    action:
      'Triage the concern. The Area Referral Service does it if the adult is not open to adult social care; ' +
      'otherwise the community team the adult is open to. A DSO screens it. A professional who raises a concern ' +
      'should not expect to stay anonymous, except in exceptional circumstances such as a risk of harm to them or ' +
      'others. If a member of the public asks to stay anonymous, discuss their reasons with them at triage; ' +
      'anonymity cannot be guaranteed.',
    owner: asc('Area Referral Service or community team'),
    due: WITHIN_1_WD,
    refs: [pg('4.1.2', 'l. 364'), pg('4.1.3', 'l. 386–395, 404'), pg('4.1.5', 'l. 526–536')],
  },
  dso_triage_questions: {
    action:
      'The DSO decides whether the concern progresses, and considers four questions: immediate risk to the ' +
      'adult or others (including carers) and what to do about it; children affected; the adult’s views, ' +
      'wishes and consent; indicators of lack of capacity or substantial difficulty.',
    owner: dso,
    due: WITHIN_1_WD,
    refs: [pg('4.1.1', 'l. 327'), pg('4.1.3', 'l. 404, 409–416')],
  },
  // When the police, regulator and DoLS flags have each added their own "decide at triage" step, this one only
  // repeats them (§4.1.6, l. 541).
  decide_who_to_inform: {
    action: 'Decide whether the police, commissioners, regulators (CQC) and the DoLS Team must be informed.',
    appliesWhen: (ctx) =>
      !(
        ticked(ctx, 'crime_suspected') &&
        ticked(ctx, 'regulated_or_commissioned_service') &&
        (ticked(ctx, 'dols_in_place') || ticked(ctx, 'liberty_restricted_without_dols'))
      ),
    owner: dso,
    due: WITHIN_1_WD,
    refs: [pg('4.1.6', 'l. 541'), pg('4.1.3', 'l. 404')],
  },
  // The seed does not say whether the 3 working days run from receipt or from the triage decision (l. 553);
  // counting from receipt is the earliest reading (spec Notes N2).
  risk_assessment_strategy: {
    action:
      'Gather information. Complete the initial risk assessment: vulnerability, impact and likelihood, each ' +
      'rated low, moderate, substantial or critical. Hold the strategy discussion. Decide whether to progress ' +
      'to a full enquiry and, if so, set the terms of reference. Where the Area Referral Service triaged, it ' +
      'completes initial contacts, presenting risks, immediate actions and MCA concerns; the community team ' +
      'completes the risk evaluation, the strategy discussion, MCA and MSP.',
    owner: asc('DSO, with the Area Referral Service and the community team'),
    due: WITHIN_3_WD,
    refs: [pg('4.2', 'l. 549'), pg('4.2.1', 'l. 553–559'), pg('4.2.2', 'l. 586–592'), pg('4.2.5', 'l. 640–653')],
  },
  notify_critical_risk: {
    action:
      'If the overall risk is critical, notify the Community Team Manager and the Assistant Director. ' +
      'Summarise the concerns, the risk level and the DSO’s plan, including other agencies’ responses.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('4.2.4', 'l. 624')],
  },
  make_or_cause_enquiries: {
    action:
      'If the DSO confirms that S.42(1) is met, the LA must make enquiries or cause others to. The LA stays ' +
      'responsible, and Making Safeguarding Personal stays with a KCC Inquiry Officer.',
    owner: asc('DSO for the LA; IO'),
    due: NO_DEADLINE,
    refs: [pg('1.1.2', 'l. 48, 54'), pg('5.6', 'l. 737'), pg('5.3', 'l. 710')],
  },
  feedback_meets: {
    action: 'Tell the referrer that the concern meets S.42, using the App F letter (its rationale field is mandatory).',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('8.3', 'l. 1154'), pg('App F', 'l. 1799, 1805–1807')],
  },
  non_statutory_decision: {
    action:
      'The DSO decides whether to proceed with a non-statutory enquiry. If so, the case progresses to risk ' +
      'assessment as for S.42.',
    owner: dso,
    due: WITHIN_1_WD,
    refs: [pg('1.1.3', 'l. 63, 93'), pg('4.2.5', 'l. 640–641'), pg('4.1.3', 'l. 404')],
  },
  feedback_non_statutory: {
    action:
      'Tell the referrer that S.42 is not met but a non-statutory enquiry is being made, and record the feedback ' +
      'in Mosaic. The procedure has no letter for a non-statutory enquiry.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('4.1.3', 'l. 449'), pg('8.3', 'l. 1154–1155'), pg('App I', 'l. 2076')],
  },
  non_statutory_record: {
    action: 'Record how the statutory criteria were not met, and that a non-statutory enquiry is being made.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('App I', 'l. 2076')],
  },
  transitional_reading: {
    action:
      'For practice with young adults in transition, see "Bridging the gap – Transitional safeguarding and the ' +
      'role of social work with adults".',
    owner: asc('DSO and IO'),
    due: NO_DEADLINE,
    refs: [pg('1.1.3', 'l. 83–85'), { doc: 'transitional-safeguarding-bridging-the-gap', section: '(whole document)' }],
  },
  needs_not_obvious: {
    action:
      'Before deciding there are no care and support needs, check none have been missed. Needs may not be ' +
      'obvious at first (for example mental health or depression). It does not matter whether they are met or ' +
      'eligible.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('1.1.1', 'l. 33, 42')],
  },
  check_before_can_protect: {
    action:
      'Before deciding the adult can protect themselves, check two things: what is known about their capacity, ' +
      'and anything affecting their decisions (coercion and control, fear of reprisals, dependence on the ' +
      'person causing harm). If closing on this basis, clearly record the evidence.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('1.1.1', 'l. 39–42'), pg('4.2.2', 'l. 582'), pg('5.5', 'l. 723–726')],
  },
  close_due_diligence: {
    action:
      'Before closing at concern, do due diligence. Speak to the referrer and review the records, to be sure no ' +
      'information pointing to abuse or neglect is missing.',
    owner: dso,
    due: WITHIN_1_WD,
    refs: [pg('4.1.3', 'l. 404, 439')],
  },
  close_rationale: {
    action:
      "Record in Mosaic why the concern does not meet S.42: the DSO closure rationale, with evidence. Select the " +
      "outcome 'concern' (allowed only when S.42 is not met).",
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('4.1.3', 'l. 444'), pg('App I', 'l. 1948, 1966')],
  },
  feedback_not_met: {
    action:
      'Feed back the reasons to the referrer with the App G letter (its rationale and signposting field is ' +
      'mandatory). Feed back to the person where appropriate. Record the feedback in Mosaic.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('4.1.3', 'l. 449'), pg('8.3', 'l. 1155'), pg('App G', 'l. 1848, 1854–1856'), pg('App I', 'l. 1942')],
  },
  close_at_risk_assessment: {
    action:
      "If after the risk assessment and strategy discussion the DSO decides no further action under " +
      "safeguarding, record 'No Further Action following Initial Risk Assessment' (sections 2d and 2e). " +
      'Document how the statutory criteria were not met, with the evidence that the adult can protect ' +
      'themselves, and select the outcome.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('App I', 'Closing at Risk Assessment, l. 1976–1998, 2076, 2094'), pg('4.2.1', 'l. 558'), pg('1.1.1', 'l. 42')],
  },
  other_support_when_closing: {
    action:
      'When closing, consider what other support the adult or their carer needs, for example a care needs ' +
      "assessment (Care Act s.9) or a carer's assessment (s.10), and refer or signpost to it.",
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('4.1.3', 'l. 437'), pg('8.2', 'l. 1119–1122'), { doc: 'care-act-2014', section: 's.10' }],
  },
  // The condition "if this is the arrangement in your area" is on closing at concern only (l. 1954).
  ctm_signoff: {
    action: 'Send to the Community Team Manager for sign-off, if that is the arrangement in your area.',
    owner: asc('DSO; Community Team Manager'),
    due: NO_DEADLINE,
    refs: [pg('App I', 'l. 1954')],
  },
  // Closing after the risk assessment always goes for sign-off (l. 2094).
  ctm_signoff_after_risk_assessment: {
    action: 'Send the closure to the Community Team Manager for sign-off.',
    owner: asc('DSO; Community Team Manager'),
    due: NO_DEADLINE,
    refs: [pg('App I', 'Closing at Risk Assessment, l. 2094')],
  },

  // REPORT_TO_POLICE
  police_decide_at_triage: {
    action: 'Decide at triage how the police will be told. A suspected crime must be reported.',
    owner: dso,
    due: WITHIN_1_WD,
    refs: [pg('4.1.6', 'l. 541'), pg('4.1.3', 'l. 404'), pg('6.2', 'l. 777')],
  },
  crime_substantial_risk: {
    action: 'In the risk assessment, rate a crime as substantial risk.',
    owner: dso,
    due: WITHIN_3_WD,
    refs: [pg('4.2.3', 'l. 616'), pg('4.2.1', 'l. 553')],
  },
  police_copy_to_vit: {
    action:
      'Send a copy of the concern to the local Kent Police Vulnerable Investigation Team (VIT). Say whether the ' +
      'adult consents and what they want, and ask the police to share relevant information (for example ' +
      'earlier domestic abuse reports). Share at an early stage so that the enquiry does not contaminate evidence.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [
      pg('6.2', 'l. 768–777'),
      pg('9.7', 'l. 1225'),
      { doc: 'kmsab-mappg', section: 'P.12', lines: 'quoted l. 768–770' },
      { doc: 'kmsab-mappg', section: 'Pr.1', lines: 'quoted l. 768–770' },
    ],
  },
  // The provider's 101 call is for an offence in its establishment (§7.8.1, l. 1077); the flow takes "it happened in a
  // regulated or commissioned service" as the establishment, as `dso_io_allocation` does (§4.1.4, l. 463).
  police_provider_101: {
    appliesWhen: (ctx) => ticked(ctx, 'regulated_or_commissioned_service'),
    action:
      'If the offence happened in an establishment, the provider phones 101 to report it and get a crime ' +
      'number. A mental health ward reports via 101 or online to the Mental Health Police Liaison Team. The ' +
      'provider must not start its own investigation of allegations against staff until it has liaised with ' +
      'the police.',
    owner: provider,
    due: NO_DEADLINE,
    refs: [pg('7.8', 'l. 1073'), pg('7.8.1', 'l. 1077–1085')],
  },
  police_more_urgent: {
    action:
      'If a more immediate police response is needed (short of 999), send the concern to Kent Police Force ' +
      'Control. Call 999 in an emergency.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('9.7', 'l. 1226')],
  },

  // CHILDRENS_SERVICES_REFERRAL
  children_consider_at_triage: {
    action:
      "Consider what action is needed for the affected children, such as a referral to Integrated Children's " +
      'Services.',
    owner: dso,
    due: WITHIN_1_WD,
    refs: [pg('4.1.3', 'l. 404, 411, 414')],
  },
  children_in_risk_assessment: {
    action: 'Include the impact on the children in the risk assessment.',
    owner: dso,
    due: WITHIN_3_WD,
    refs: [pg('4.2.3', 'l. 614'), pg('4.2.1', 'l. 553')],
  },

  // CAPACITY_AND_ADVOCACY_CHECK
  capacity_consider_at_triage: {
    action:
      'Consider the indicators that the adult may lack capacity about the concern or may have substantial ' +
      'difficulty engaging.',
    owner: dso,
    due: WITHIN_1_WD,
    refs: [pg('4.1.3', 'l. 404, 416')],
  },
  // Where the answers say the adult can protect themselves, `check_before_can_protect` already asks for the same
  // record from the same line (l. 582).
  capacity_in_risk_assessment: {
    appliesWhen: (ctx) => !is('unable_to_protect', 'no')(ctx),
    action:
      'Record what is known about capacity. Record other factors affecting the adult’s decisions: coercion and ' +
      'control, fear of reprisals, dependence on the person causing harm.',
    owner: dso,
    due: WITHIN_3_WD,
    refs: [pg('4.2.2', 'l. 582'), pg('4.2.1', 'l. 553')],
  },
  // §5.4 says an advocate "should be allocated" (l. 717); App L calls it a duty (l. 9948–9951): the duty wording
  // is followed. Neither gives the section number; s.68 is the catalogue's, with its caveat (spec Notes N5).
  independent_advocate: {
    action:
      'Consider whether the adult has substantial difficulty: understanding, retaining, using or weighing ' +
      'information, or communicating views. Where they do and no appropriate person can support them, the LA ' +
      'has a duty to arrange an independent advocate (Care Act 2014; the procedure does not give the section ' +
      'number). Also consider an advocate for other reasons, such as anxiety or ambivalence when the person ' +
      'causing harm is family. Tell any agency caused to make enquiries who the advocate is.',
    owner: asc('DSO (ensures allocation)'),
    due: NO_DEADLINE,
    refs: [
      { doc: 'ocsw-dementia-safeguarding-enquiries', section: 'Part 1, Advocacy', lines: 'l. 9948–9961' },
      pg('4.1.1', 'l. 335'),
      pg('5.4', 'l. 717'),
      pg('5.3', 'l. 699'),
      { doc: 'care-act-2014', section: 's.68' },
    ],
  },
  imca: {
    action:
      'If the adult lacks capacity for one or more relevant decisions once safeguarding has started, an IMCA ' +
      'may be used, whether or not family or friends could support them.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [
      { doc: 'ocsw-dementia-safeguarding-enquiries', section: 'Part 1, Advocacy', lines: 'l. 9963–9967' },
      pg('7.7.2', 'l. 1046'),
    ],
  },
  imha: {
    action:
      'If the adult, or the person alleged to have caused harm, is detained under the Mental Health Act 1983, they ' +
      'have the right to an IMHA as well as any Care Act advocate. Make sure one is offered.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('7.7.1', 'l. 1038–1041')],
  },

  // CONSENT_REFUSAL_NOT_GROUNDS_TO_CLOSE
  refusal_not_closure_reason: {
    action: 'Do not close at concern because the adult refused consent to the referral.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('4.1.3', 'l. 425–429')],
  },
  refusal_four_considerations: {
    action:
      'Before closing any concern or enquiry because the adult does not consent, evidence that four things were ' +
      'considered: capacity about the abuse; other adults or children at risk; a possible crime; coercive ' +
      'control or undue influence.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('5.5', 'l. 721–728')],
  },
  mca_best_interests: {
    action:
      'If the adult may lack capacity about the decision to refuse, assess their capacity for it (Mental Capacity ' +
      'Act 2005). If they lack it, make the decision in their best interests.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('5.5', 'l. 723'), pg('8.2', 'l. 1123'), pg('9.6', 'l. 1218')],
  },
  inherent_jurisdiction: {
    action:
      'If the adult has capacity but coercion and control or undue influence may be affecting their decisions, ' +
      "seek legal advice on the High Court's inherent jurisdiction.",
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('5.5', 'l. 726'), pg('9.6', 'l. 1221'), pg('10.4', 'l. 1255')],
  },
  // The public-task basis rests on the statutory enquiry (l. 763): stated only where an S.42 enquiry may follow.
  share_without_consent: {
    action: (_ctx, outcomeId) =>
      ENQUIRY_MAY_FOLLOW.includes(outcomeId)
        ? 'Once an S.42 enquiry is under way, information can be shared without consent (UK GDPR public task).'
        : 'There is no S.42 enquiry here, so sharing needs the adult’s consent unless another lawful basis applies. ' +
          'Record the basis you rely on.',
    owner: asc('DSO and IO'),
    due: NO_DEADLINE,
    refs: [pg('6.1', 'l. 763')],
  },

  // NOTIFY_REGULATOR_AND_COMMISSIONER
  regulator_decide_at_triage: {
    action:
      'Decide at triage which regulators and commissioners must be told. CQC (or another regulator) must be ' +
      'informed for a regulated setting. The commissioner is informed for a commissioned service.',
    owner: dso,
    due: WITHIN_1_WD,
    refs: [pg('4.1.6', 'l. 541, 545'), pg('7.3', 'l. 905–906'), pg('4.1.3', 'l. 404')],
  },
  regulator_send_form: {
    action:
      'E-mail the CQC/Adults Commissioning referral form from Mosaic ("Forms and letter"). The copy to CQC is ' +
      'anonymised. Resend it at the end of the enquiry with the outcome section completed. Mosaic does not ' +
      'send it for you.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('7.3', 'l. 931, 937'), pg('App I', 'l. 1930')],
  },
  icb_exception: {
    action:
      'For ICB-commissioned health services, write to the NHS Trust safeguarding lead or to All Age Continuing ' +
      'Healthcare, not the ICB. Inform the ICB safeguarding lead only in two situations: engagement ' +
      'difficulties or an unresolved dispute with the provider, or multiple concerns about one provider.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('7.3', 'l. 911–913')],
  },
  // One allocation rule (§4.1.4): where the adult lives (l. 457), except abuse in an establishment or service
  // (l. 463–465). The domestic abuse example (l. 494–498) follows the rule; DA services are where the adult lives (l. 500).
  dso_io_allocation: {
    action: (ctx) =>
      ticked(ctx, 'regulated_or_commissioned_service')
        ? 'The abuse happened in an establishment or service: the DSO comes from the team covering its locality. ' +
          'The IO is, where possible, from the team where the person lives.'
        : 'The DSO and the IO come from the community team where the adult lives, even if the abuse happened in ' +
          'another area.',
    owner: {
      role: 'DSO (IO allocation); Community Team Managers jointly with the DSO for the resourcing exception',
      agency: KCC_ASC,
      team: 'adult_social_care',
    },
    due: NO_DEADLINE,
    refs: [pg('4.1.1', 'l. 332'), pg('4.1.4', 'l. 457, 463–473, 491–498')],
  },
  quality_or_safeguarding: {
    action:
      'DSO judgement: safeguarding or quality-in-care response. Consider harm or potential serious harm, ' +
      'systemic factors, pattern, negligence, preventability. Do not normalise apparently minor incidents.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('7.1.3', 'l. 878–880'), pg('7.1.4', 'l. 881–888'), pg('7.5', 'l. 959–994')],
  },
  other_residents: {
    action:
      'Consider the impact on, and the risk to, other people in the service, including anyone who saw the ' +
      'incident, and any similar incidents that may show organisational causes.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('7.1.4', 'l. 885–887')],
  },
  organisational_abuse_meeting: {
    action:
      'Where organisational abuse is suspected, or many people may be at risk, hold a multi-agency meeting chaired ' +
      'by the DSO, with accurate minutes. The adult should be able to attend, with an advocate where appropriate.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('6.6', 'l. 846–847')],
  },
  adult_protection_sanction: {
    action:
      'For a KCC-commissioned service with serious safeguarding concerns, the DSO decides whether to place an ' +
      'Adult Protection sanction (level 1, 2 or 3), with an evidence-based rationale and an action plan. Level 3 ' +
      'needs Assistant Director approval. Send the sanction template to adult commissioning.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('7.4', 'l. 944–950')],
  },
  care_home_raiser: {
    action:
      'If you work in the care home: do not contact the alleged abuser yourself unless it is essential (for example ' +
      'a manager suspending staff at once); do not investigate yourself; preserve physical evidence; do not ' +
      'promise to keep secrets.',
    owner: { role: 'Care home staff raising the concern', agency: 'The care home' },
    due: NO_DEADLINE,
    refs: [nice('1.6.9', 'l. 12127–12131'), nice('1.6.10', 'l. 12133–12136'), nice('1.6.12', 'l. 12153–12154')],
  },

  // PIPOT_PROCEDURE
  // The last sentence (l. 1079) is left to `police_provider_101` when that step is on the card.
  pipot_procedure: {
    action: (ctx) =>
      'Follow the People in Positions of Trust guidance: the person alleged to have caused harm works with adults ' +
      'with care and support needs, paid or as a volunteer, in any setting. Consider whether a professional regulator ' +
      '(for example GMC, NMC, Social Work England, HCPC) must be informed, and whether a DBS referral is needed.' +
      (providerCallsPolice(ctx)
        ? ''
        : ' The provider must not start its own investigation of allegations against staff until it has liaised with ' +
          'the police.'),
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('7.6', 'l. 997–1025'), pg('7.8.1', 'l. 1079')],
  },
  staff_crime_vit: {
    action:
      'Consider whether what the worker or the provider did may be a crime (for example unlawful restraint, ' +
      'criminal or wilful neglect, fraud or theft). If so, discuss it with the police VIT.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('7.8', 'l. 1074'), pg('6.2', 'l. 777')],
  },
  employer_dbs_duty: {
    action:
      'The employer, or the agency that supplied the worker, must refer to the DBS if it stops the person working ' +
      'in regulated activity, or moves them out of it, because their conduct harmed or endangered adults or ' +
      'children. The council can also refer.',
    owner: { role: 'Employer, or the agency that supplied the worker', agency: 'The employer' },
    due: NO_DEADLINE,
    refs: [pg('7.6', 'l. 1019–1025')],
  },

  // OFFER_CARERS_ASSESSMENT
  carers_assessment: {
    action:
      'Make sure the carer is identified and offered a carer’s assessment (Care Act s.10). Record in Mosaic ' +
      'what was done. At closure, get confirmation from the team that it will be followed up.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('1.1.4', 'l. 99–101'), pg('8.2', 'l. 1122'), pg('App I', 'l. 2070'), { doc: 'care-act-2014', section: 's.10' }],
  },

  // RUN_MARAC_FLOW
  start_marac_flow: {
    action:
      'Run "Does this go to MARAC?". A practitioner who has done the Domestic Abuse Training completes the DASH, and the ' +
      'case is referred to MARAC if the risk is high.',
    // Whoever asks runs the check (the DSO where the asker is not trained in domestic abuse).
    owner: {
      role: 'Practitioner trained in domestic abuse, or the DSO',
      agency: 'their own agency; KCC Adult Social Care',
      team: 'asker',
    },
    due: NO_DEADLINE,
    refs: [pg('9.4', 'l. 1202, 1204'), pg('9.5', 'l. 1208')],
  },
  da_protocol: {
    action:
      'Follow the KMSAB multi-agency protocol for domestic abuse. Offer specialist support through KIDAS, ' +
      'including IDVA support. Domestic abuse services and MARAC are always where the adult lives.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('6.5', 'l. 834–840'), pg('4.1.4', 'l. 494–500'), { doc: 'kmsab-da-protocol', section: '(whole document)' }],
  },

  // SELF_NEGLECT_PATHWAY
  sn_policy: {
    action:
      'Manage the concern under the KMSAB self-neglect and hoarding policy, whether it is dealt with under S.42 ' +
      'or through case management. Whether a safeguarding response is needed depends on the adult’s ability to ' +
      'protect themselves by controlling their own behaviour (DSO judgement).',
    owner: dso,
    due: NO_DEADLINE,
    refs: [
      pg('6.4', 'l. 803–807'),
      { doc: 'care-support-statutory-guidance', section: '14.17', lines: 'quoted l. 805' },
      { doc: 'kmsab-self-neglect-policy', section: '(whole document)' },
    ],
  },
  sn_hazard: {
    action:
      'If the DSO closes to the community team under the self-neglect pathway, the DSO MUST place a ' +
      'self-neglect hazard on Mosaic and allocate it to the receiving team. The hazard stays open until the ' +
      'risks are mitigated and a manager signs it off.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('6.4', 'l. 814'), pg('App I', 'l. 1960, 2100'), pg('App D', 'l. 1681–1683')],
  },
  sn_handover: {
    action:
      'If the Area Referral Service triaged, pass the self-neglect concern to the receiving community team on the ' +
      'Contact Assessment Referral Form: say so in "Agreed recommendations and outcomes", and in "Actions Taken" ' +
      'assign the next action to the team, noting the concern to be considered for hazard recording.',
    owner: asc('Area Referral Service'),
    due: NO_DEADLINE,
    refs: [pg('App D', 'l. 1655–1671')],
  },

  // NOTIFY_DOLS_TEAM
  dols_decide_at_triage: {
    action:
      'Decide at triage whether the DoLS Team must be told. It must be told if the adult is subject to a DoLS; if ' +
      'their liberty may be restricted without one, the DSO escalates.',
    owner: dso,
    due: WITHIN_1_WD,
    refs: [pg('4.1.6', 'l. 541'), pg('4.1.3', 'l. 404')],
  },
  // App B calls the Mosaic request not mandatory (l. 1312) while §7.7.4 says the DoLS office "will need to be
  // notified" (l. 1061): the notification is treated as expected (spec Notes N10).
  dols_clipboard: {
    action: 'Notify the DoLS Team with the Mosaic clipboard request "Notify DoLS Team of safeguarding concerns".',
    owner: asc('Worker completing the concern on Mosaic (DSO ensures)'),
    due: NO_DEADLINE,
    refs: [pg('7.7.4', 'l. 1061'), pg('App B', 'l. 1306–1312'), pg('App I', 'l. 1936')],
  },
  // The seed's "interim authorisation" (l. 1062) is not the legal term; the MCA 2005 Schedule A1 terms are
  // used, and hospitals are added on that basis (spec Notes N10).
  dols_escalate: {
    action:
      'The adult may be deprived of liberty, probably lacks capacity about their care arrangements, and has no ' +
      'DoLS. The DSO escalates to the responsible team. In a registered care home or hospital, the setting puts ' +
      "an urgent authorisation in place and requests a standard authorisation (the procedure says 'interim " +
      "authorisation'). In a setting that is not registered (for example supported living), the responsible " +
      'team applies urgently to the Court of Protection for an interim order. DoLS applies only if the adult ' +
      'lacks capacity about their care arrangements and the acid test is met.',
    owner: asc('DSO; responsible team'),
    due: NO_DEADLINE,
    refs: [pg('7.7.4', 'l. 1062, 1067'), { doc: 'kmsab-mappg', section: 'G.8', lines: 'quoted l. 1067' }],
  },
  // l. 1173 names attorneys; the procedure does not say who to tell about a deputy.
  public_guardian: {
    action:
      "If someone with lasting or enduring power of attorney may not be acting in the adult's best interests, or " +
      'may be mismanaging their affairs, contact the Office of the Public Guardian safeguarding unit. For a deputy ' +
      'appointed by the Court of Protection the procedure does not say; the Office of the Public Guardian also ' +
      'supervises deputies.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('9.1', 'l. 1166, 1173')],
  },
  feedback_agencies: {
    action:
      'At the end of the enquiry, feed back to the agencies involved: CQC or any other regulator, adult ' +
      'commissioning or any other commissioner, health providers and the police.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('8.3', 'l. 1144–1150')],
  },
};

export const s42: FlowDefinition<S42Settings> = {
  id: 's42',
  title: 'Does this meet S.42?',
  description: 'Whether a concern indicates a Care Act S.42 enquiry, with triage and risk-assessment deadlines.',
  triggers: [
    'does this meet s.42',
    'does this meet section 42',
    'is this a safeguarding',
    'is this a safeguarding concern',
    'does this meet the safeguarding threshold',
    'can i close this at concern',
    'should this be a non-statutory enquiry',
    'other enquiry',
    's42',
    's.42',
    'section 42',
    'adult safeguarding',
  ],
  rulesVersion: 's42-2026.12.3',
  maxQuestions: 8,
  defaultSettings: {},
  settingsSchema: z.object({}).strict(),
  questions,
  outcomes,
  rules,
  flags,
  steps,
  anchors: {
    receipt: {
      label: 'receipt',
      resolve: (ctx) => (typeof ctx.answers.received_at === 'string' ? ctx.answers.received_at : undefined),
    },
  },
};
