import type { ExpectedStep, Scenario } from './types';

/** The public scenarios of shared/specs/s42.md §8, with each outcome's steps typed from the spec's step table
 * (§6, flag steps §5) as amended by issue 14. Issue 14 changed: every step list (owners with their agency; closing
 * adds other support, l. 437; after the risk assessment, the plain Community Team Manager sign-off, E2; the
 * criteria outcome adds feedback to agencies; flags add the missing duties; one allocation step, E7); s42-02
 * (children's referral now, E9); s42-14's answers (DoLS option split, E5); s42-23 (E1) and s42-24 (Office of the
 * Public Guardian) are new. Issue 16 leaves off steps the answers rule out: the provider's 101 call where nothing
 * happened in a regulated or commissioned service (s42-03, -06, -07, -08, -09, -12, -15). Working-day deadlines are London dates with no time (the procedure
 * names no hour); a date before the scenario's `now` (1 Dec 2026 unless given) is overdue. */

const KCC = 'KCC Adult Social Care';
type Owner = ExpectedStep['owner'];
const dso: Owner = { role: 'DSO', agency: KCC };
const raiser: Owner = {
  role: 'The person raising the concern',
  agency: 'any agency, or a member of the public',
};
const triager: Owner = {
  role: 'Area Referral Service or community team',
  agency: KCC,
};
const riskAssessor: Owner = {
  role: 'DSO, with the Area Referral Service and the community team',
  agency: KCC,
};
const ctm: Owner = { role: 'DSO; Community Team Manager', agency: KCC };
const provider: Owner = {
  role: 'Service provider (registered manager or ward)',
  agency: 'The care or health service',
};
const allocator: Owner = {
  role: 'DSO (IO allocation); Community Team Managers jointly with the DSO for the resourcing exception',
  agency: KCC,
};
const daPractitioner: Owner = {
  role: 'Practitioner trained in domestic abuse, or the DSO',
  agency: 'their own agency; KCC Adult Social Care',
};

/** A deadline: 'none', 'immediately', or a London date (overdue when `past`). */
interface When {
  due: string;
  overdue?: true;
}
const none: When = { due: 'none' };
const on = (date: string, past: boolean): When => ({
  due: date,
  ...(past ? { overdue: true as const } : {}),
});
const st = (id: string, owner: Owner, when: When = none): ExpectedStep => ({
  id,
  owner,
  ...when,
});

/** t1: within 1 working day of receipt; t3: within 3 working days. */
interface Dates {
  t1: When;
  t3: When;
}
const dates = (t1: string, t3: string, past = true): Dates => ({
  t1: on(t1, past),
  t3: on(t3, past),
});

const triage = ({ t1 }: Dates): ExpectedStep[] => [
  st('raise_concern', raiser),
  st('triage', triager, t1),
  st('dso_triage_questions', dso, t1),
  st('decide_who_to_inform', dso, t1),
];
/** Closing at concern (App I): "if this is the arrangement in your area" sign-off, l. 1954; other support, l. 437. */
const closeAtConcern = ({ t1 }: Dates): ExpectedStep[] => [
  st('close_due_diligence', dso, t1),
  st('close_rationale', dso),
  st('other_support_when_closing', dso),
  st('feedback_not_met', dso),
  st('ctm_signoff', ctm),
];
const riskAssessment = ({ t3 }: Dates): ExpectedStep[] => [
  st('risk_assessment_strategy', riskAssessor, t3),
  st('notify_critical_risk', dso),
];

const outcomeSteps = {
  closeNotAbuse: (d: Dates) => [...triage(d), ...closeAtConcern(d)],
  noAbuse: (d: Dates) => [...triage(d), ...closeAtConcern(d)],
  noNeeds: (d: Dates) => [...triage(d), st('needs_not_obvious', dso), ...closeAtConcern(d)],
  /** E2: closing after the risk assessment always goes for sign-off (l. 2094). */
  canProtect: (d: Dates) => [
    ...triage(d),
    st('check_before_can_protect', dso),
    ...riskAssessment(d),
    st('close_at_risk_assessment', dso),
    st('other_support_when_closing', dso),
    st('feedback_not_met', dso),
    st('ctm_signoff_after_risk_assessment', ctm),
  ],
  criteria: (d: Dates) => [
    ...triage(d),
    ...riskAssessment(d),
    st('make_or_cause_enquiries', { role: 'DSO for the LA; IO', agency: KCC }),
    st('feedback_meets', dso),
    st('feedback_agencies', dso),
  ],
  gather: (d: Dates) => [...triage(d), ...riskAssessment(d)],
  nonStatutory: (d: Dates) => [
    ...triage(d),
    st('non_statutory_decision', dso, d.t1),
    ...riskAssessment(d),
    st('non_statutory_record', dso),
    st('feedback_non_statutory', dso),
  ],
};

/** Flag steps (§5). `ra`: the outcome has a risk assessment, so the risk-assessment steps are listed. */
const flagSteps = {
  /** `inService`: it happened in a regulated or commissioned service, so the provider's 101 call applies (issue 16:
   * "when an offence occurs in their establishment", l. 1077). */
  police: (d: Dates, ra: boolean, inService = false) => [
    st('police_decide_at_triage', dso, d.t1),
    st('police_copy_to_vit', dso),
    ...(inService ? [st('police_provider_101', provider)] : []),
    st('police_more_urgent', dso),
    ...(ra ? [st('crime_substantial_risk', dso, d.t3)] : []),
  ],
  children: (d: Dates, ra: boolean) => [
    st('children_consider_at_triage', dso, d.t1),
    ...(ra ? [st('children_in_risk_assessment', dso, d.t3)] : []),
  ],
  capacity: (d: Dates, ra: boolean) => [
    st('capacity_consider_at_triage', dso, d.t1),
    ...(ra ? [st('capacity_in_risk_assessment', dso, d.t3)] : []),
    st('independent_advocate', {
      role: 'DSO (ensures allocation)',
      agency: KCC,
    }),
    st('imca', dso),
    st('imha', dso),
  ],
  refusal: (withCapacity: boolean) => [
    st('refusal_not_closure_reason', dso),
    st('refusal_four_considerations', dso),
    ...(withCapacity ? [st('mca_best_interests', dso)] : []),
    st('inherent_jurisdiction', dso),
    st('share_without_consent', { role: 'DSO and IO', agency: KCC }),
  ],
  /** `imha` is left out when the capacity flag has listed it already. */
  regulator: (d: Dates, imha = true) => [
    st('regulator_decide_at_triage', dso, d.t1),
    st('regulator_send_form', dso),
    st('icb_exception', dso),
    st('dso_io_allocation', allocator),
    st('quality_or_safeguarding', dso),
    st('other_residents', dso),
    st('organisational_abuse_meeting', dso),
    st('adult_protection_sanction', dso),
    ...(imha ? [st('imha', dso)] : []),
    st('care_home_raiser', {
      role: 'Care home staff raising the concern',
      agency: 'The care home',
    }),
  ],
  pipot: () => [
    st('pipot_procedure', dso),
    st('staff_crime_vit', dso),
    st('employer_dbs_duty', {
      role: 'Employer, or the agency that supplied the worker',
      agency: 'The employer',
    }),
  ],
  carers: () => [st('carers_assessment', dso)],
  /** `dso_io_allocation` is left out when the regulator flag has listed it already. */
  marac: (allocation = true) => [
    st('start_marac_flow', daPractitioner),
    st('da_protocol', dso),
    ...(allocation ? [st('dso_io_allocation', allocator)] : []),
  ],
  selfNeglect: () => [
    st('sn_policy', dso),
    st('sn_hazard', dso),
    st('sn_handover', { role: 'Area Referral Service', agency: KCC }),
  ],
  dolsInPlace: (d: Dates) => [
    st('dols_decide_at_triage', dso, d.t1),
    st('dols_clipboard', {
      role: 'Worker completing the concern on Mosaic (DSO ensures)',
      agency: KCC,
    }),
  ],
  publicGuardian: () => [st('public_guardian', dso)],
};

const adult = { immediate_danger: 'no', age_18_plus: 'yes' } as const;

export const scenarios: Scenario[] = [
  {
    id: 's42-01',
    title: 'Carer finds the adult injured and being threatened now',
    answers: { immediate_danger: 'yes' },
    expected: {
      outcome: 'EMERGENCY',
      flags: [],
      decidedBy: 'No decision needed',
      orderedSteps: [
        st(
          'call_999',
          {
            role: 'Whoever is with the person; in a care or health setting, the service provider',
            agency: 'any agency, the public or the care provider',
          },
          { due: 'immediately' },
        ),
        st('raise_concern_after_emergency', raiser),
        st('rerun_after_emergency', {
          role: 'The person raising the concern, or the triager',
          agency: 'their own agency, or KCC Adult Social Care',
        }),
      ],
      references: ['kcc-asc-safeguarding-pg §7.8.1', 'kcc-asc-safeguarding-pg §9.7', 'nice-ng189 §1.6.2'],
    },
    conversation: true,
  },
  {
    id: 's42-02',
    title: 'Concern about a 17-year-old',
    answers: { immediate_danger: 'no', age_18_plus: 'no' },
    expected: {
      outcome: 'NOT_ADULT_SAFEGUARDING',
      flags: [],
      decidedBy: "Children's services",
      orderedSteps: [st('refer_childrens_safeguarding', raiser, { due: 'immediately' })],
      references: ['kcc-asc-safeguarding-pg §1.1.1', 'kcc-asc-safeguarding-pg §4.1.3'],
    },
  },
  {
    id: 's42-03',
    title: 'Older adult with dementia at home; relative taking money',
    answers: {
      ...adult,
      received_at: '2026-03-10T10:00',
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'yes',
      other_factors: ['crime_suspected', 'capacity_or_engagement_difficulty'],
    },
    expected: {
      outcome: 'S42_CRITERIA_INDICATED',
      flags: ['REPORT_TO_POLICE', 'CAPACITY_AND_ADVOCACY_CHECK'],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [
        ...outcomeSteps.criteria(d),
        ...flagSteps.police(d, true),
        ...flagSteps.capacity(d, true),
      ])(dates('2026-03-11', '2026-03-13')),
      references: [
        'kcc-asc-safeguarding-pg §1.1.1',
        'kcc-asc-safeguarding-pg §1.1.2',
        'kcc-asc-safeguarding-pg §6.2',
        'ocsw-dementia-safeguarding-enquiries §Part 1, Advocacy',
        'nice-ng189 §1.6.1',
      ],
    },
    conversation: true,
  },
  {
    id: 's42-04',
    title:
      'Care home: one resident hit another, no injury; the victim wants no action; received before the Spring bank holiday',
    answers: {
      ...adult,
      received_at: '2026-05-22T15:00',
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'yes',
      other_factors: ['crime_suspected', 'adult_refuses', 'regulated_or_commissioned_service'],
    },
    expected: {
      outcome: 'S42_CRITERIA_INDICATED',
      flags: ['REPORT_TO_POLICE', 'CONSENT_REFUSAL_NOT_GROUNDS_TO_CLOSE', 'NOTIFY_REGULATOR_AND_COMMISSIONER'],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [
        ...outcomeSteps.criteria(d),
        ...flagSteps.police(d, true, true),
        ...flagSteps.refusal(false),
        ...flagSteps.regulator(d),
      ])(dates('2026-05-26', '2026-05-28')),
      references: ['kcc-asc-safeguarding-pg §5.5', 'kcc-asc-safeguarding-pg §7.3', 'kcc-asc-safeguarding-pg §7.8'],
    },
  },
  {
    id: 's42-05',
    title: 'Neighbour reports an adult seen with unexplained bruises; nothing else known',
    answers: {
      ...adult,
      received_at: '2026-09-14T09:30',
      concern_relates: 'not_sure',
      care_support_needs: 'not_known_yet',
      abuse_or_risk: 'yes',
      unable_to_protect: 'not_known_yet',
      other_factors: ['none'],
    },
    expected: {
      outcome: 'S42_UNDETERMINED_GATHER_INFO',
      flags: [],
      decidedBy: 'DSO',
      orderedSteps: outcomeSteps.gather(dates('2026-09-15', '2026-09-17')),
      references: ['kcc-asc-safeguarding-pg §4.2', 'kcc-asc-safeguarding-pg §4.2.1'],
    },
  },
  {
    id: 's42-06',
    title:
      'Adult with a physical disability harassed by a neighbour; has capacity and support; does not want an enquiry',
    answers: {
      ...adult,
      received_at: '2026-10-02T12:00',
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'no',
      other_factors: ['crime_suspected', 'adult_refuses'],
    },
    expected: {
      outcome: 'S42_NOT_MET_CAN_PROTECT_SELF',
      flags: ['REPORT_TO_POLICE', 'CONSENT_REFUSAL_NOT_GROUNDS_TO_CLOSE'],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [...outcomeSteps.canProtect(d), ...flagSteps.police(d, true), ...flagSteps.refusal(false)])(
        dates('2026-10-05', '2026-10-07'),
      ),
      references: ['kcc-asc-safeguarding-pg §1.1.1', 'kcc-asc-safeguarding-pg §4.2.2', 'kcc-asc-safeguarding-pg §5.5'],
    },
  },
  {
    id: 's42-07',
    title: 'Mother cares for her adult son, who pushes and threatens her and takes money; no care needs of her own',
    answers: {
      ...adult,
      received_at: '2026-02-18T14:00',
      concern_relates: 'yes',
      care_support_needs: 'no',
      abuse_or_risk: 'yes',
      non_statutory_situation: 'carer_in_caring_role',
      other_factors: ['crime_suspected', 'domestic_abuse_possible'],
    },
    expected: {
      outcome: 'NON_STATUTORY_ENQUIRY_CARER',
      flags: ['REPORT_TO_POLICE', 'OFFER_CARERS_ASSESSMENT', 'RUN_MARAC_FLOW'],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [
        ...outcomeSteps.nonStatutory(d),
        ...flagSteps.police(d, true),
        ...flagSteps.carers(),
        ...flagSteps.marac(),
      ])(dates('2026-02-19', '2026-02-23')),
      references: [
        'kcc-asc-safeguarding-pg §1.1.3',
        'kcc-asc-safeguarding-pg §1.1.4',
        'care-act-2014 §s.10',
        'kmsab-da-protocol §(whole document)',
      ],
    },
    conversation: true,
  },
  {
    id: 's42-08',
    title:
      'Care leaver just 18, exploited and assaulted by peers; no care and support needs found; received after New Year',
    answers: {
      ...adult,
      received_at: '2026-01-02T11:00',
      concern_relates: 'yes',
      care_support_needs: 'no',
      abuse_or_risk: 'yes',
      non_statutory_situation: 'young_adult',
      other_factors: ['crime_suspected'],
    },
    expected: {
      outcome: 'NON_STATUTORY_ENQUIRY_YOUNG_ADULT',
      flags: ['REPORT_TO_POLICE'],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [
        ...outcomeSteps.nonStatutory(d),
        st('transitional_reading', { role: 'DSO and IO', agency: KCC }),
        ...flagSteps.police(d, true),
      ])(dates('2026-01-05', '2026-01-07')),
      references: ['kcc-asc-safeguarding-pg §1.1.3', 'transitional-safeguarding-bridging-the-gap §(whole document)'],
    },
  },
  {
    id: 's42-09',
    title: 'Adult with no health condition or disability, and not a carer, defrauded by a phone scam',
    answers: {
      ...adult,
      received_at: '2026-06-30T16:45',
      concern_relates: 'yes',
      care_support_needs: 'no',
      abuse_or_risk: 'yes',
      non_statutory_situation: 'neither',
      other_factors: ['crime_suspected'],
    },
    expected: {
      outcome: 'S42_NOT_MET_NO_CARE_SUPPORT_NEEDS',
      flags: ['REPORT_TO_POLICE'],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [...outcomeSteps.noNeeds(d), ...flagSteps.police(d, false)])(
        dates('2026-07-01', '2026-07-03'),
      ),
      references: ['kcc-asc-safeguarding-pg §1.1.1', 'kcc-asc-safeguarding-pg §App I'],
    },
  },
  {
    id: 's42-10',
    title: 'Frail tenant asking sheltered-housing staff for more help than they can give',
    answers: {
      ...adult,
      received_at: '2026-11-05T10:15',
      concern_relates: 'clearly_not',
      other_factors: ['none'],
    },
    expected: {
      outcome: 'CLOSE_AT_CONCERN_NOT_ABUSE',
      flags: [],
      decidedBy: 'DSO',
      orderedSteps: outcomeSteps.closeNotAbuse(dates('2026-11-06', '2026-11-10')),
      references: ['kcc-asc-safeguarding-pg §4.1.3', 'kcc-asc-safeguarding-pg §App I'],
    },
  },
  {
    id: 's42-11',
    title: 'Fall at home reported by a paramedic; no sign of abuse or neglect; received before the Summer bank holiday',
    answers: {
      ...adult,
      received_at: '2026-08-28T09:00',
      concern_relates: 'not_sure',
      care_support_needs: 'yes',
      abuse_or_risk: 'no',
      other_factors: ['none'],
    },
    expected: {
      outcome: 'S42_NOT_MET_NO_ABUSE_OR_RISK',
      flags: [],
      decidedBy: 'DSO',
      orderedSteps: outcomeSteps.noAbuse(dates('2026-09-01', '2026-09-03')),
      references: ['kcc-asc-safeguarding-pg §1.1.1', 'kcc-asc-safeguarding-pg §App I'],
    },
  },
  {
    id: 's42-12',
    title: 'Frail older woman hit by her husband; grandchildren stay weekly; she refuses help',
    answers: {
      ...adult,
      received_at: '2026-04-29T13:00',
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'not_known_yet',
      other_factors: ['crime_suspected', 'children_affected', 'adult_refuses', 'domestic_abuse_possible'],
    },
    expected: {
      outcome: 'S42_UNDETERMINED_GATHER_INFO',
      flags: [
        'REPORT_TO_POLICE',
        'CHILDRENS_SERVICES_REFERRAL',
        'CONSENT_REFUSAL_NOT_GROUNDS_TO_CLOSE',
        'RUN_MARAC_FLOW',
      ],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [
        ...outcomeSteps.gather(d),
        ...flagSteps.police(d, true),
        ...flagSteps.children(d, true),
        ...flagSteps.refusal(false),
        ...flagSteps.marac(),
      ])(dates('2026-04-30', '2026-05-05')),
      references: ['kcc-asc-safeguarding-pg §4.2.3', 'kcc-asc-safeguarding-pg §6.5', 'kcc-asc-safeguarding-pg §9.4'],
    },
  },
  {
    id: 's42-13',
    title: 'Adult with severe depression, home hoarded and unsafe, cannot manage without support',
    answers: {
      ...adult,
      received_at: '2026-07-15T10:00',
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'yes',
      other_factors: ['capacity_or_engagement_difficulty', 'self_neglect'],
    },
    expected: {
      outcome: 'S42_CRITERIA_INDICATED',
      flags: ['CAPACITY_AND_ADVOCACY_CHECK', 'SELF_NEGLECT_PATHWAY'],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [...outcomeSteps.criteria(d), ...flagSteps.capacity(d, true), ...flagSteps.selfNeglect()])(
        dates('2026-07-16', '2026-07-20'),
      ),
      references: ['kcc-asc-safeguarding-pg §6.4', 'kmsab-self-neglect-policy §(whole document)'],
    },
  },
  {
    id: 's42-14',
    title: 'Care home resident under a DoLS left in soiled clothing for long periods because of staff shortages',
    answers: {
      ...adult,
      received_at: '2026-12-21T09:00',
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'yes',
      // Issue 14 (E5): the DoLS option is split; this resident is under a DoLS.
      other_factors: ['regulated_or_commissioned_service', 'dols_in_place'],
    },
    now: '2026-12-21T10:00:00Z',
    expected: {
      outcome: 'S42_CRITERIA_INDICATED',
      flags: ['NOTIFY_REGULATOR_AND_COMMISSIONER', 'NOTIFY_DOLS_TEAM'],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [...outcomeSteps.criteria(d), ...flagSteps.regulator(d), ...flagSteps.dolsInPlace(d)])(
        dates('2026-12-22', '2026-12-24', false),
      ),
      references: ['kcc-asc-safeguarding-pg §7.3', 'kcc-asc-safeguarding-pg §7.7.4', 'kcc-asc-safeguarding-pg §App B'],
    },
  },
  {
    id: 's42-15',
    title: 'Adult with dementia targeted by a doorstep trader; the daughter who cares for them is struggling',
    answers: {
      ...adult,
      received_at: '2026-10-19T15:00',
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'yes',
      other_factors: ['crime_suspected', 'carer_identified'],
    },
    expected: {
      outcome: 'S42_CRITERIA_INDICATED',
      flags: ['REPORT_TO_POLICE', 'OFFER_CARERS_ASSESSMENT'],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [...outcomeSteps.criteria(d), ...flagSteps.police(d, true), ...flagSteps.carers()])(
        dates('2026-10-20', '2026-10-22'),
      ),
      references: ['kcc-asc-safeguarding-pg §1.1.4', 'care-act-2014 §s.10'],
    },
  },
  {
    id: 's42-16',
    title: 'Boundary: needs not yet known, but clear evidence the adult protects themselves (R8 before R10)',
    answers: {
      ...adult,
      received_at: '2026-03-31T17:30',
      concern_relates: 'yes',
      care_support_needs: 'not_known_yet',
      abuse_or_risk: 'yes',
      unable_to_protect: 'no',
      other_factors: ['none'],
    },
    expected: {
      outcome: 'S42_NOT_MET_CAN_PROTECT_SELF',
      flags: [],
      decidedBy: 'DSO',
      orderedSteps: outcomeSteps.canProtect(dates('2026-04-01', '2026-04-07')),
      references: ['kcc-asc-safeguarding-pg §1.1.1', 'kcc-asc-safeguarding-pg §4.2'],
    },
  },
  {
    id: 's42-17',
    title: 'Boundary: no care needs, abuse not yet known, neither non-statutory situation',
    answers: {
      ...adult,
      received_at: '2026-09-25T10:00',
      concern_relates: 'yes',
      care_support_needs: 'no',
      abuse_or_risk: 'not_known_yet',
      non_statutory_situation: 'neither',
      other_factors: ['none'],
    },
    expected: {
      outcome: 'S42_NOT_MET_NO_CARE_SUPPORT_NEEDS',
      flags: [],
      decidedBy: 'DSO',
      orderedSteps: outcomeSteps.noNeeds(dates('2026-09-28', '2026-09-30')),
      references: ['kcc-asc-safeguarding-pg §1.1.1'],
    },
  },
  {
    id: 's42-18',
    title: 'Boundary: referrer unsure it is abuse, but all three conditions suspected',
    answers: {
      ...adult,
      received_at: '2026-02-02T08:00',
      concern_relates: 'not_sure',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'yes',
      other_factors: ['none'],
    },
    expected: {
      outcome: 'S42_CRITERIA_INDICATED',
      flags: [],
      decidedBy: 'DSO',
      orderedSteps: outcomeSteps.criteria(dates('2026-02-03', '2026-02-05')),
      references: ['kcc-asc-safeguarding-pg §1.1.1'],
    },
  },
  {
    id: 's42-19',
    title: 'Invalid: none ticked with another option',
    answers: {
      ...adult,
      received_at: '2026-02-02T08:00',
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'yes',
      other_factors: ['none', 'crime_suspected'],
    },
    expected: { errorQuestionIds: ['other_factors'] },
  },
  {
    id: 's42-20',
    title: 'Invalid: receipt time missing on a path that needs it',
    answers: {
      ...adult,
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'yes',
      other_factors: ['none'],
    },
    expected: { errorQuestionIds: ['received_at'] },
  },
  {
    id: 's42-21',
    title:
      'Boundary: concern said to relate to possible abuse (Q4 yes) but no abuse or risk (Q6 no); care needs present (R4b)',
    answers: {
      ...adult,
      received_at: '2026-06-01T10:00',
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'no',
      other_factors: ['none'],
    },
    expected: {
      outcome: 'S42_UNDETERMINED_GATHER_INFO',
      flags: [],
      decidedBy: 'DSO',
      orderedSteps: outcomeSteps.gather(dates('2026-06-02', '2026-06-04')),
      references: ['kcc-asc-safeguarding-pg §4.1.3', 'kcc-asc-safeguarding-pg §4.2'],
    },
  },
  {
    id: 's42-22',
    title: 'Care home: a care worker is alleged to have slapped a resident who has dementia',
    answers: {
      ...adult,
      received_at: '2026-02-10T10:00',
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'yes',
      other_factors: ['crime_suspected', 'regulated_or_commissioned_service', 'staff_alleged'],
    },
    expected: {
      outcome: 'S42_CRITERIA_INDICATED',
      flags: ['REPORT_TO_POLICE', 'NOTIFY_REGULATOR_AND_COMMISSIONER', 'PIPOT_PROCEDURE'],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [
        ...outcomeSteps.criteria(d),
        ...flagSteps.police(d, true, true),
        ...flagSteps.regulator(d),
        ...flagSteps.pipot(),
      ])(dates('2026-02-11', '2026-02-13')),
      references: ['kcc-asc-safeguarding-pg §7.6', 'kcc-asc-safeguarding-pg §7.8.1'],
    },
  },
  {
    id: 's42-23',
    title:
      'Audit E1: "clearly not about abuse" with self-neglect and possible domestic abuse ticked: gather information',
    // Added by issue 14 (E1, the audit's repro): the answers contradict each other, so no closure at concern.
    answers: {
      ...adult,
      received_at: '2026-11-05T10:15',
      concern_relates: 'clearly_not',
      other_factors: ['self_neglect', 'domestic_abuse_possible'],
    },
    expected: {
      outcome: 'S42_UNDETERMINED_GATHER_INFO',
      flags: ['RUN_MARAC_FLOW', 'SELF_NEGLECT_PATHWAY'],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [...outcomeSteps.gather(d), ...flagSteps.marac(), ...flagSteps.selfNeglect()])(
        dates('2026-11-06', '2026-11-10'),
      ),
      references: ['kcc-asc-safeguarding-pg §4.1.2', 'kcc-asc-safeguarding-pg §4.2', 'kcc-asc-safeguarding-pg §6.4'],
    },
  },
  {
    id: 's42-24',
    title: "Son with power of attorney spending his mother's money on himself; received yesterday, triage due today",
    // Added by issue 14 (missing duty, l. 1173): the Office of the Public Guardian. Triage falls due on the day of
    // `now`, which has not ended, so nothing is overdue.
    answers: {
      ...adult,
      received_at: '2026-11-30T09:00',
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'yes',
      other_factors: ['attorney_or_deputy'],
    },
    expected: {
      outcome: 'S42_CRITERIA_INDICATED',
      flags: ['TELL_OFFICE_OF_PUBLIC_GUARDIAN'],
      decidedBy: 'DSO',
      orderedSteps: ((d) => [...outcomeSteps.criteria(d), ...flagSteps.publicGuardian()])(
        dates('2026-12-01', '2026-12-03', false),
      ),
      references: ['kcc-asc-safeguarding-pg §9.1'],
    },
  },
];
