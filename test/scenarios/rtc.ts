import type { ExpectedStep, Scenario } from './types';

/** The public scenarios of shared/specs/rtc.md §8, as issue 15 amends them. Every one is evaluated at the spec's
 * `now`. Answers are listed in the order the questions are asked (issue 15 asks about release before the link to
 * children, audit E4). Steps R1–R16 are the spec's step ids (R15–R16 added by audit E13); 'none' covers the spec's "no deadline given" with or without its qualifier
 * ("throughout", "during the enquiry", "the local child protection procedures set the timescale"). */

const now = '2025-05-12T09:00:00Z';

const CSC = "Children's Social Care";
const R9: ExpectedStep = { id: 'R9', owner: { role: 'All agencies involved', agency: 'Every agency involved' }, due: 'none' };
const CSC_REFERRAL: ExpectedStep[] = [
  { id: 'R5', owner: { role: "Children's Social Care (team/group manager)", agency: CSC }, due: 'none' },
  { id: 'R6', owner: { role: 'Social worker', agency: CSC }, due: 'none' },
  { id: 'R7', owner: { role: 'Social worker / team manager', agency: CSC }, due: 'none' },
  { id: 'R8', owner: { role: CSC, agency: CSC }, due: 'none' },
];
const HOLDER = "The practitioner who holds the information; Children's Social Care attends MAPPA";
const MAPPA_DECIDES = {
  role: 'The MAPPA lead agency decides at Level 1; all agencies at the MAPPA meeting agree at Level 2 or 3',
  agency: 'MAPPA lead agency (police, probation or youth offending team)',
};
const POLICE_AND_YOT = 'Police and youth offending team';
const YP_POLICE_AND_YOT = (id: string): ExpectedStep => ({
  id,
  owner: { role: 'The police and the YOT worker', agency: POLICE_AND_YOT },
  due: 'none',
});
const YP_NOTIFY: ExpectedStep = { id: 'yp_notify', owner: { role: 'Police and YOT worker', agency: POLICE_AND_YOT }, due: 'none' };
const YP_IMMEDIATE: ExpectedStep = {
  id: 'yp_immediate_action',
  owner: { role: "Children's Social Care team/group manager", agency: CSC },
  due: 'none',
};
const YP_ASSESSMENT: ExpectedStep = {
  id: 'yp_assessment_decision',
  owner: { role: "Children's Social Care team/group manager; service manager", agency: CSC },
  due: 'none',
};
const RELEASE_CHECKS: ExpectedStep = { id: 'release_address_checks', owner: { role: 'Probation staff', agency: 'Probation' }, due: 'none' };
const RELEASE_ASSESSMENT: ExpectedStep = { id: 'release_risk_assessment', owner: { role: 'Social worker', agency: CSC }, due: 'none' };
const RELEASE_REPORT: ExpectedStep = {
  id: 'release_report_shared',
  owner: { role: 'Local probation officer', agency: 'Probation' },
  due: 'none',
};


export const scenarios: Scenario[] = [
  {
    id: 'rtc-01',
    title: 'Child in immediate danger',
    now,
    answers: { immediate_risk: 'yes' },
    expected: {
      outcome: 'IMMEDIATE_ACTION',
      flags: [],
      decidedBy: "Children's Social Care team/group manager",
      orderedSteps: [
        { id: 'R1', owner: { role: 'You', agency: 'Your agency' }, due: 'immediately' },
        { id: 'R2', owner: { role: "You; Children's Social Care team/group manager decides", agency: 'Your agency' }, due: 'immediately' },
      ],
      references: ['rtc-procedure-1-4-15 §5.14', 'rtc-procedure-1-4-15 §5.15'],
    },
  },
  {
    id: 'rtc-02',
    title: 'Health visitor; man convicted of offences against a child has moved in with a partner and three children',
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'health',
      basis: ['risk_to_children_offender'],
      custody_release: 'no',
      children_link: ['lives_with_children'],
      under_18: 'no',
      mappa_offender: 'not_known',
      disclosure: 'no',
    },
    expected: {
      outcome: 'CP_REFERRAL_S47',
      flags: [],
      decidedBy: "Children's Social Care",
      orderedSteps: [
        { id: 'R3', owner: { role: 'You (the referring practitioner)', agency: 'Health' }, due: 'none' },
        { id: 'R4', owner: { role: 'You', agency: 'Health' }, due: 'none' },
        R9,
      ],
      references: ['rtc-procedure-1-4-15 §6.2', 'mappa-memorandum-west-midlands §Local Authority Children\'s Services Department'],
    },
  },
  {
    id: 'rtc-03',
    title: "Children's Social Care told by probation about an offender against adults who lives with children",
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'childrens_social_care',
      basis: ['adult_offender_notified'],
      custody_release: 'no',
      children_link: ['lives_with_children', 'contact_with_children'],
      under_18: 'no',
      mappa_offender: 'no',
      disclosure: 'no',
    },
    expected: {
      outcome: 'CP_REFERRAL_S47',
      flags: [],
      decidedBy: "Children's Social Care",
      orderedSteps: [...CSC_REFERRAL, R9],
      references: [
        'rtc-procedure-1-4-15 §6.2',
        'rtc-procedure-1-4-15 §6.3',
        'rtc-procedure-1-4-15 §6.4',
        'rtc-procedure-1-4-15 §6.5',
      ],
    },
  },
  {
    id: 'rtc-04',
    title: 'Police; a MAPPA offender is suspected of targeting children near a school',
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'police',
      basis: ['mappa_attention'],
      custody_release: 'no',
      children_link: ['risk_in_area'],
      under_18: 'no',
      disclosure: 'no',
    },
    expected: {
      outcome: 'CP_REFERRAL_S47',
      flags: ['MAPPA_OFFENDER'],
      decidedBy: "Children's Social Care",
      orderedSteps: [
        { id: 'R3', owner: { role: 'You (the referring practitioner)', agency: 'Police' }, due: 'none' },
        { id: 'R4', owner: { role: 'You', agency: 'Police' }, due: 'none' },
        R9,
        { id: 'tell_mappa_lead_agency', owner: { role: HOLDER, agency: 'Police' }, due: 'none' },
      ],
      references: ['rtc-procedure-1-4-15 §6.2', 'rtc-procedure-1-4-15 §6.13', "mappa-memorandum-west-midlands §Local Authority Children's Services Department"],
    },
  },
  {
    id: 'rtc-05',
    title: "School; a parent's new partner has admitted abusing a child in the past, contact not yet known",
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'education',
      basis: ['admitted_abuse'],
      custody_release: 'no',
      children_link: ['not_known'],
      under_18: 'no',
      mappa_offender: 'no',
      disclosure: 'no',
    },
    expected: {
      outcome: 'CHECK_AND_REFER',
      flags: [],
      decidedBy: "Children's Social Care",
      orderedSteps: [{ id: 'R11', owner: { role: 'You', agency: 'School or education' }, due: 'none' }],
      references: ['rtc-procedure-1-4-15 §6.3', 'rtc-procedure-1-4-15 §6.2'],
    },
  },
  {
    id: 'rtc-06',
    title: "Children's Social Care; earlier Section 47 found abuse, current household not known",
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'childrens_social_care',
      basis: ['previous_s47_abuse'],
      custody_release: 'no',
      children_link: ['not_known'],
      under_18: 'no',
      mappa_offender: 'not_known',
      disclosure: 'no',
    },
    expected: {
      outcome: 'CHECK_AND_REFER',
      flags: [],
      decidedBy: "Children's Social Care",
      orderedSteps: [{ id: 'R10', owner: { role: 'Social worker / team manager', agency: CSC }, due: 'none' }],
      references: ['rtc-procedure-1-4-15 §6.3'],
    },
  },
  {
    id: 'rtc-07',
    title: 'Housing; worry about a tenant but none of the indicators applies',
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'housing',
      basis: ['none'],
      custody_release: 'no',
      under_18: 'no',
      mappa_offender: 'no',
      disclosure: 'no',
    },
    expected: {
      outcome: 'PROFESSIONAL_JUDGEMENT',
      flags: [],
      decidedBy: 'The practitioner, with their manager',
      orderedSteps: [{ id: 'R12', owner: { role: 'You and your manager', agency: 'Housing' }, due: 'none' }],
      references: ['rtc-procedure-1-4-15 §1.3', 'rtc-procedure-1-4-15 §1.4'],
    },
  },
  {
    id: 'rtc-08',
    title: 'Probation; earlier civil finding, no current link to children',
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'probation_prison',
      basis: ['civil_finding'],
      custody_release: 'no',
      children_link: ['none'],
      under_18: 'no',
      mappa_offender: 'no',
      disclosure: 'no',
    },
    expected: {
      outcome: 'PROFESSIONAL_JUDGEMENT',
      flags: [],
      decidedBy: 'The practitioner, with their manager',
      orderedSteps: [{ id: 'R12', owner: { role: 'You and your manager', agency: 'Probation or prison' }, due: 'none' }],
      references: ['rtc-procedure-1-4-15 §1.3', 'rtc-procedure-1-4-15 §1.4', 'rtc-procedure-1-4-15 §6.2'],
    },
  },
  {
    id: 'rtc-09',
    title: 'YOT; 14-year-old convicted on Mon 12 May 2025 of a sexual assault on a younger cousin he still sees',
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'yot',
      basis: ['risk_to_children_offender'],
      custody_release: 'no',
      children_link: ['contact_with_children'],
      under_18: 'yes',
      yp_status: 'convicted',
      yp_conviction_date: '2025-05-12',
      mappa_offender: 'not_known',
      disclosure: 'no',
    },
    expected: {
      outcome: 'YP_NOTIFY_CSC',
      flags: ['YOUNG_PERSON'],
      decidedBy: "Children's Social Care team/group manager",
      orderedSteps: [
        YP_POLICE_AND_YOT('R13'),
        YP_NOTIFY,
        YP_IMMEDIATE,
        // Mon 26 May 2025 is a bank holiday; "within 10 working days" names no hour, so only the date is given.
        { id: 'yot_report', owner: { role: 'YOT worker', agency: 'Youth offending team' }, due: '2025-05-27' },
        YP_ASSESSMENT,
      ],
      references: ['rtc-procedure-1-4-15 §5.14', 'rtc-procedure-1-4-15 §5.16', 'rtc-procedure-1-4-15 §5.17'],
    },
    conversation: true,
  },
  {
    id: 'rtc-10',
    title: "Children's Social Care; man acquitted of child abuse has moved in with a mother of two, and CSC is considering telling her",
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'childrens_social_care',
      basis: ['other_behaviour'],
      custody_release: 'no',
      children_link: ['lives_with_children'],
      under_18: 'no',
      mappa_offender: 'no',
      disclosure: 'yes',
    },
    expected: {
      outcome: 'CP_REFERRAL_S47',
      flags: ['DISCLOSURE_DECISION'],
      decidedBy: "Children's Social Care",
      orderedSteps: [
        ...CSC_REFERRAL,
        R9,
        {
          id: 'disclosure_decision',
          owner: {
            role:
              "Children's Social Care service manager (decision); child protection manager and legal department " +
              '(consulted); police and probation (strategy meeting)',
            agency: CSC,
          },
          due: 'none',
        },
      ],
      references: ['rtc-procedure-1-4-15 §6.9', 'rtc-procedure-1-4-15 §6.10', 'rtc-procedure-1-4-15 §6.7', 'rtc-procedure-1-4-15 §6.18'],
    },
  },
  {
    id: 'rtc-11',
    title: 'Probation; a MAPPA-managed man convicted of offences against children volunteers at a youth club, and disclosure to the club is being considered',
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'probation_prison',
      basis: ['risk_to_children_offender', 'mappa_attention'],
      custody_release: 'no',
      children_link: ['contact_with_children'],
      under_18: 'no',
      disclosure: 'yes',
    },
    expected: {
      outcome: 'CP_REFERRAL_S47',
      flags: ['MAPPA_OFFENDER', 'DISCLOSURE_DECISION'],
      decidedBy: "Children's Social Care",
      orderedSteps: [
        { id: 'R3', owner: { role: 'You (the referring practitioner)', agency: 'Probation or prison' }, due: 'none' },
        { id: 'R4', owner: { role: 'You', agency: 'Probation or prison' }, due: 'none' },
        R9,
        { id: 'tell_mappa_lead_agency', owner: { role: HOLDER, agency: 'Probation or prison' }, due: 'none' },
        // Audit E1 changes this owner: a MAPPA offender's disclosure is decided through MAPPA (003 §10.5, §10.7).
        { id: 'disclosure_decision', owner: MAPPA_DECIDES, due: 'none' },
      ],
      references: [
        'rtc-procedure-1-4-15 §6.3',
        'rtc-procedure-1-4-15 §6.18',
        'rtc-procedure-1-4-15 §6.10',
        'mappa-memorandum-west-midlands §Disclosure',
      ],
    },
    conversation: true,
  },
  {
    id: 'rtc-12',
    title: 'Police; 15-year-old accused (not convicted) of assaulting his younger sibling at home',
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'police',
      basis: ['other_behaviour'],
      custody_release: 'no',
      children_link: ['lives_with_children'],
      under_18: 'yes',
      yp_status: 'accused',
      mappa_offender: 'no',
      disclosure: 'no',
    },
    expected: {
      outcome: 'YP_NOTIFY_CSC',
      flags: ['YOUNG_PERSON'],
      decidedBy: "Children's Social Care team/group manager",
      orderedSteps: [YP_POLICE_AND_YOT('R13'), YP_NOTIFY, YP_IMMEDIATE, YP_ASSESSMENT],
      references: ['rtc-procedure-1-4-15 §5.14', 'rtc-procedure-1-4-15 §5.17'],
    },
  },
  {
    id: 'rtc-13',
    title: "Probation; man convicted of offences against a child is due for release at the end of his sentence to his partner's address, where there are children",
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'probation_prison',
      basis: ['risk_to_children_offender'],
      custody_release: 'release_end_of_sentence',
      children_link: ['release_address_children'],
      under_18: 'no',
      mappa_offender: 'not_known',
      disclosure: 'no',
    },
    expected: {
      outcome: 'CP_REFERRAL_S47',
      flags: ['PRISONER_RELEASE'],
      decidedBy: "Children's Social Care",
      orderedSteps: [
        { id: 'R3', owner: { role: 'You (the referring practitioner)', agency: 'Probation or prison' }, due: 'none' },
        { id: 'R4', owner: { role: 'You', agency: 'Probation or prison' }, due: 'none' },
        R9,
        { id: 'release_inform', owner: { role: 'Prison probation officer', agency: 'Prison and probation' }, due: 'stated' },
        RELEASE_CHECKS,
        RELEASE_ASSESSMENT,
        RELEASE_REPORT,
        { id: 'release_s47', owner: { role: CSC, agency: CSC }, due: 'none' },
      ],
      references: ['rtc-procedure-1-4-15 §5.1', 'rtc-procedure-1-4-15 §5.2', 'rtc-procedure-1-4-15 §5.11'],
    },
  },
  {
    // Added by issue 15 (audit E13): children who are only likely to visit the release address call for the social
    // worker's risk assessment (001 §5.8 L431); the Section 47 Enquiry is mandatory where children live (§5.11 L434).
    id: 'rtc-14',
    title: 'Probation; man convicted of offences against a child is due for release to an address his grandchildren are likely to visit',
    now,
    answers: {
      immediate_risk: 'no',
      agency: 'probation_prison',
      basis: ['risk_to_children_offender'],
      custody_release: 'release_end_of_sentence',
      children_link: ['release_address_visit'],
      under_18: 'no',
      mappa_offender: 'not_known',
      disclosure: 'no',
    },
    expected: {
      outcome: 'RELEASE_RISK_ASSESSMENT',
      flags: ['PRISONER_RELEASE'],
      decidedBy: "Children's Social Care",
      orderedSteps: [
        { id: 'R16', owner: { role: 'You', agency: 'Probation or prison' }, due: 'none' },
        RELEASE_ASSESSMENT,
        { id: 'R15', owner: { role: "Children's Social Care team/group manager", agency: CSC }, due: 'none' },
        R9,
        { id: 'release_inform', owner: { role: 'Prison probation officer', agency: 'Prison and probation' }, due: 'stated' },
        RELEASE_CHECKS,
        RELEASE_REPORT,
        // Issue 16: no release_s47 here. 001 §5.11 L434 (and §5.2 L421) call for the Section 47 Enquiry when the
        // address has children living there; the answers say the children are only likely to visit (§5.8 L431).
      ],
      references: ['rtc-procedure-1-4-15 §5.7', 'rtc-procedure-1-4-15 §5.8', 'rtc-procedure-1-4-15 §5.9'],
    },
  },
];
