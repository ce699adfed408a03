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

const KCC_ASC = 'KCC Adult Social Care';
const DSO_DECIDES: Owner = { role: 'Designated Senior Officer (DSO)', agency: KCC_ASC };
const RAISE_WHATEVER = 'Raise the concern whatever this card shows.';
const IMMEDIATELY = { kind: 'immediately' } as const;
const NO_DEADLINE = { kind: 'none' } as const;
const WITHIN_1_WD = { kind: 'workingDays', n: 1, from: 'receipt', endsAtClose: true } as const;
const WITHIN_3_WD = { kind: 'workingDays', n: 3, from: 'receipt', endsAtClose: true } as const;

const dso: Owner = { role: 'DSO' };
const dsoKcc: Owner = { role: 'DSO', agency: KCC_ASC };
const raiser: Owner = { role: 'The person raising the concern' };

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
        label: 'No, it is clearly not about abuse or neglect (for example only a request for more help)',
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
      { value: 'staff_alleged', label: 'The person alleged to have caused harm is paid staff or a volunteer' },
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
      {
        value: 'dols_or_liberty',
        label: 'The adult is subject to a DoLS authorisation, or their liberty may be restricted without one',
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
const CLOSE_AT_CONCERN = ['close_due_diligence', 'close_rationale', 'feedback_not_met', 'ctm_signoff'];

/** Sources of the note every indicative card carries (spec §3, under the outcomes table). */
const RAISE_WHATEVER_REFS: Ref[] = [pg('4.1.1', 'l. 327'), pg('4.1.2', 'l. 362, 364'), nice('1.6.1', 'l. 12064–12066')];

/** An outcome the DSO decides: the spec's references, then those of the note, each section once. */
const indicative = (
  outcome: Pick<OutcomeDef<S42Settings>, 'label' | 'tone' | 'summary' | 'refs' | 'steps'>,
): OutcomeDef<S42Settings> => ({
  ...outcome,
  refs: [
    ...outcome.refs,
    ...RAISE_WHATEVER_REFS.filter((n) => !outcome.refs.some((r) => r.doc === n.doc && r.section === n.section)),
  ],
  decidedBy: DSO_DECIDES,
  indicative: true,
  agency: KCC_ASC,
  notes: [RAISE_WHATEVER],
});

const outcomes: FlowDefinition<S42Settings>['outcomes'] = {
  EMERGENCY: {
    label: 'Call 999 now',
    tone: 'urgent',
    summary:
      'Someone is in immediate danger, so emergency services come first. ' +
      'Raise the safeguarding concern once help is on its way.',
    decidedBy: {
      role: 'No decision needed: the person with the adult calls 999 (in a care setting, the provider)',
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
    decidedBy: { role: "Children's services (outside this procedure)" },
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
  S42_NOT_MET_NO_CARE_SUPPORT_NEEDS: indicative({
    label: 'S.42 not indicated: no care and support needs (DSO decides)',
    tone: 'info',
    summary:
      'There is no reasonable cause to suspect care and support needs, and neither non-statutory situation ' +
      'applies. The DSO decides, after checking that needs have not been missed. The DSO may still decide on a ' +
      'non-statutory enquiry in other circumstances.',
    refs: [pg('1.1.1', 'l. 24, 33, 42'), pg('1.1.3', 'l. 63'), pg('4.1.3', 'l. 439–449')],
    steps: [...TRIAGE, 'needs_not_obvious', ...CLOSE_AT_CONCERN],
  }),
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
      'feedback_not_met',
      'ctm_signoff',
    ],
  }),
  S42_CRITERIA_INDICATED: indicative({
    label: 'S.42 criteria indicated (DSO decides)',
    tone: 'attention',
    summary:
      'All three S.42(1) conditions are indicated on a reasonable-cause-to-suspect basis. If the DSO confirms ' +
      'this, the LA must make enquiries or cause others to.',
    refs: [pg('1.1.1', 'l. 20–26'), pg('1.1.2', 'l. 48'), pg('4.1.1', 'l. 327'), pg('4.2', 'l. 549')],
    steps: [...TRIAGE, 'risk_assessment_strategy', 'notify_critical_risk', 'make_or_cause_enquiries', 'feedback_meets'],
  }),
  // The closing steps are deliberately not listed (spec §6); the summary names the checklists instead.
  S42_UNDETERMINED_GATHER_INFO: indicative({
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
  }),
};

// ---- Additional actions (spec §5, in output order) ----

/** `children_in_risk_assessment` and `capacity_in_risk_assessment` belong to the risk assessment, so a flag
 * lists them only when the outcome's steps include `risk_assessment_strategy` (spec §5; §4.2 l. 549). */
const RISK_ASSESSMENT_ONLY = ['children_in_risk_assessment', 'capacity_in_risk_assessment'];
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
    steps: ['police_decide_at_triage', 'police_copy_to_vit', 'police_provider_101', 'police_more_urgent'],
    refs: [pg('6.2', 'l. 768–777'), pg('7.8', 'l. 1073'), pg('9.7', 'l. 1225')],
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
    steps: flagSteps(['capacity_consider_at_triage', 'capacity_in_risk_assessment', 'independent_advocate', 'imca']),
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
    steps: ['refusal_not_closure_reason', 'refusal_four_considerations', 'share_without_consent'],
    refs: [pg('4.1.3', 'l. 425–429'), pg('5.5', 'l. 721–728')],
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
      'establishment_allocation',
      'quality_or_safeguarding',
    ],
    refs: [pg('4.1.6', 'l. 541, 545'), pg('7.3', 'l. 905–913')],
  },
  {
    id: 'PIPOT_PROCEDURE',
    label: 'People in Positions of Trust',
    text:
      'Follow the People in Positions of Trust guidance; consider DBS and professional-regulator referral.',
    when: (ctx) => ticked(ctx, 'staff_alleged'),
    steps: ['pipot_procedure'],
    refs: [pg('7.6', 'l. 997–1025')],
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
    label: 'Possible domestic abuse: run the MARAC flow',
    text:
      'Possible domestic abuse: run the MARAC flow (DASH, MARAC referral) and follow the Kent and Medway ' +
      'domestic abuse protocol.',
    when: (ctx) => ticked(ctx, 'domestic_abuse_possible'),
    steps: ['start_marac_flow', 'da_protocol'],
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
    steps: ['sn_policy', 'sn_hazard'],
    refs: [pg('6.4', 'l. 803–814'), { doc: 'kmsab-self-neglect-policy', section: '(whole document)', lines: 'l. 807' }],
  },
  {
    id: 'NOTIFY_DOLS_TEAM',
    label: 'Tell the DoLS Team',
    text:
      'Tell the DoLS Team about the safeguarding concern. Escalate if liberty may be restricted without ' +
      'authorisation.',
    when: (ctx) => ticked(ctx, 'dols_or_liberty'),
    steps: ['dols_decide_at_triage', 'dols_clipboard', 'dols_escalate'],
    refs: [pg('7.7.4', 'l. 1061–1062'), pg('App B', 'l. 1306–1312')],
  },
];

// ---- Step catalogue: outcome steps (spec §6), then flag steps (spec §5) ----

const steps: Record<string, StepDef<S42Settings>> = {
  call_999: {
    action: 'Call 999 now. Where you can, stay with the person at risk until help arrives.',
    owner: { role: 'Whoever is with the person; in a care or health setting, the service provider' },
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
    action: "Once help is on its way, run this flow again, answering 'No' to Q1, to triage the concern and check S.42.",
    owner: { role: 'The person raising the concern, or the triager' },
    due: NO_DEADLINE,
    refs: [pg('4.1.3', 'l. 404, 413')],
  },
  // The KCC guidance is silent on under-18s; children's safeguarding is inferred (spec Notes N4).
  refer_childrens_safeguarding: {
    action:
      "The adult procedure does not apply to a person under 18. Refer to children's safeguarding (in Kent, " +
      "Integrated Children's Services).",
    owner: raiser,
    due: NO_DEADLINE,
    refs: [pg('4.1.3', 'l. 414'), pg('1.1.3', 'l. 93')],
  },
  raise_concern: {
    action:
      'If you have not yet raised this concern, send it to adult social care now: the online KASC form, or ' +
      'their own form for Police, SECAMB, CQC and KFRS. Only the DSO can decide that S.42 is not met.',
    owner: raiser,
    due: NO_DEADLINE,
    refs: [pg('4.1.2', 'l. 362, 364'), pg('4.1.1', 'l. 327')],
  },
  triage: {
    action:
      'Triage the concern. The Area Referral Service does it if the adult is not open to adult social care; ' +
      'otherwise the community team the adult is open to. A DSO screens it.',
    owner: { role: 'Area Referral Service or community team', agency: KCC_ASC },
    due: WITHIN_1_WD,
    refs: [pg('4.1.2', 'l. 364'), pg('4.1.3', 'l. 386–395, 404')],
  },
  dso_triage_questions: {
    action:
      'The DSO decides whether the concern progresses, and considers four questions: immediate risk to the ' +
      'adult or others (including carers) and what to do about it; children affected; the adult’s views, ' +
      'wishes and consent; indicators of lack of capacity or substantial difficulty.',
    owner: dsoKcc,
    due: WITHIN_1_WD,
    refs: [pg('4.1.1', 'l. 327'), pg('4.1.3', 'l. 404, 409–416')],
  },
  decide_who_to_inform: {
    action: 'Decide whether the police, commissioners, regulators (CQC) and the DoLS Team must be informed.',
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
    owner: { role: 'DSO, with the Area Referral Service and the community team' },
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
    owner: { role: 'DSO for the LA; IO' },
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
      'Tell the referrer that S.42 is not met but a non-statutory enquiry is being made; adapt the App F ' +
      'letter; do not send App G unamended.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('4.1.3', 'l. 449'), pg('8.3', 'l. 1154–1155'), pg('App F', 'l. 1799'), pg('App G', 'l. 1848'), pg('App I', 'l. 2076')],
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
    owner: { role: 'DSO and IO' },
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
  ctm_signoff: {
    action: 'Send to the Community Team Manager for sign-off, if that is the arrangement in your area.',
    owner: { role: 'DSO; Community Team Manager' },
    due: NO_DEADLINE,
    refs: [pg('App I', 'l. 1954')],
  },

  // REPORT_TO_POLICE
  police_decide_at_triage: {
    action: 'Decide at triage how the police will be told. A suspected crime must be reported.',
    owner: dsoKcc,
    due: WITHIN_1_WD,
    refs: [pg('4.1.6', 'l. 541'), pg('4.1.3', 'l. 404'), pg('6.2', 'l. 777')],
  },
  police_copy_to_vit: {
    action:
      'Send a copy of the concern to the local Kent Police Vulnerable Investigation Team (VIT). Say whether the ' +
      'adult consents and what they want, and ask the police to share relevant information (for example ' +
      'earlier domestic abuse reports). Share at an early stage so that the enquiry does not contaminate evidence.',
    owner: dsoKcc,
    due: NO_DEADLINE,
    refs: [
      pg('6.2', 'l. 768–777'),
      pg('9.7', 'l. 1225'),
      { doc: 'kmsab-mappg', section: 'P.12', lines: 'quoted l. 768–770' },
      { doc: 'kmsab-mappg', section: 'Pr.1', lines: 'quoted l. 768–770' },
    ],
  },
  police_provider_101: {
    action:
      'If the offence happened in an establishment, the provider phones 101 to report it and get a crime ' +
      'number. A mental health ward reports via 101 or online to the Mental Health Police Liaison Team. The ' +
      'provider must not start its own investigation of allegations against staff until it has liaised with ' +
      'the police.',
    owner: { role: 'Service provider (registered manager / ward)' },
    due: NO_DEADLINE,
    refs: [pg('7.8', 'l. 1073'), pg('7.8.1', 'l. 1077–1085')],
  },
  police_more_urgent: {
    action:
      'If a more immediate police response is needed (short of 999), send the concern to Kent Police Force ' +
      'Control. Call 999 in an emergency.',
    owner: dsoKcc,
    due: NO_DEADLINE,
    refs: [pg('9.7', 'l. 1226')],
  },

  // CHILDRENS_SERVICES_REFERRAL
  children_consider_at_triage: {
    action:
      "Consider what action is needed for the affected children, such as a referral to Integrated Children's " +
      'Services.',
    owner: dsoKcc,
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
  capacity_in_risk_assessment: {
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
      'has a duty to arrange an independent advocate (Care Act 2014; the seed does not give the section ' +
      'number). Also consider an advocate for other reasons, such as anxiety or ambivalence when the person ' +
      'causing harm is family. Tell any agency caused to make enquiries who the advocate is.',
    owner: { role: 'DSO (ensures allocation)' },
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
  share_without_consent: {
    action: 'Information can be shared without consent for the S.42 enquiry (UK GDPR public task).',
    owner: { role: 'DSO and IO' },
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
  establishment_allocation: {
    action:
      'The DSO comes from the team covering the establishment’s locality. The IO is, where possible, from the ' +
      'team where the person lives.',
    owner: {
      role: 'DSO (IO allocation); Community Team Managers jointly with the DSO for the resourcing exception',
      agency: KCC_ASC,
    },
    due: NO_DEADLINE,
    refs: [pg('4.1.1', 'l. 332'), pg('4.1.4', 'l. 463–473, 491')],
  },
  quality_or_safeguarding: {
    action:
      'DSO judgement: safeguarding or quality-in-care response. Consider harm or potential serious harm, ' +
      'systemic factors, pattern, negligence, preventability. Do not normalise apparently minor incidents.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('7.1.3', 'l. 878–880'), pg('7.1.4', 'l. 881–888'), pg('7.5', 'l. 959–994')],
  },

  // PIPOT_PROCEDURE
  pipot_procedure: {
    action:
      'Follow the People in Positions of Trust guidance when the person alleged to have caused harm works with ' +
      'adults in a paid or voluntary position. Consider whether a professional regulator (for example GMC, ' +
      'NMC, Social Work England, HCPC) must be informed, and whether a DBS referral is needed. The provider ' +
      'must not start its own investigation of allegations against staff until it has liaised with the police.',
    owner: dso,
    due: NO_DEADLINE,
    refs: [pg('7.6', 'l. 997–1025'), pg('7.8.1', 'l. 1079')],
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
      'Run the MARAC flow. A practitioner who has done the Domestic Abuse Training completes the DASH, and the ' +
      'case is referred to MARAC if the risk is high.',
    owner: { role: 'Practitioner / DSO' },
    due: NO_DEADLINE,
    refs: [pg('9.4', 'l. 1202, 1204'), pg('9.5', 'l. 1208')],
  },
  da_protocol: {
    action:
      'Follow the KMSAB multi-agency protocol for domestic abuse. Offer specialist support through KIDAS, ' +
      'including IDVA support. Domestic abuse services and MARAC are always where the adult lives. The DSO and ' +
      'IO come from the team where the adult lives.',
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

  // NOTIFY_DOLS_TEAM
  dols_decide_at_triage: {
    action:
      'Decide at triage whether the DoLS Team must be told. It must be told if the adult is subject to DoLS, or ' +
      'if their liberty may be restricted without a DoLS application.',
    owner: dso,
    due: WITHIN_1_WD,
    refs: [pg('4.1.6', 'l. 541'), pg('4.1.3', 'l. 404')],
  },
  // App B calls the Mosaic request not mandatory (l. 1312) while §7.7.4 says the DoLS office "will need to be
  // notified" (l. 1061): the notification is treated as expected (spec Notes N10).
  dols_clipboard: {
    action: 'Notify the DoLS Team with the Mosaic clipboard request "Notify DoLS Team of safeguarding concerns".',
    owner: { role: 'Worker completing the concern on Mosaic (DSO ensures)' },
    due: NO_DEADLINE,
    refs: [pg('7.7.4', 'l. 1061'), pg('App B', 'l. 1306–1312'), pg('App I', 'l. 1936')],
  },
  // The seed's "interim authorisation" (l. 1062) is not the legal term; the MCA 2005 Schedule A1 terms are
  // used, and hospitals are added on that basis (spec Notes N10).
  dols_escalate: {
    action:
      'The adult may be deprived of liberty, probably lacks capacity about their care arrangements, and has no ' +
      'DoLS. The DSO escalates to the responsible team. In a registered care home or hospital, the setting puts ' +
      "an urgent authorisation in place and requests a standard authorisation (the seed says 'interim " +
      "authorisation'). In a setting that is not registered (for example supported living), the responsible " +
      'team applies urgently to the Court of Protection for an interim order. DoLS applies only if the adult ' +
      'lacks capacity about their care arrangements and the acid test is met.',
    owner: { role: 'DSO; responsible team' },
    due: NO_DEADLINE,
    refs: [pg('7.7.4', 'l. 1062, 1067'), { doc: 'kmsab-mappg', section: 'G.8', lines: 'quoted l. 1067' }],
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
  rulesVersion: 's42-2026.12.1',
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
