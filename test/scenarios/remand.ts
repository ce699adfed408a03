import type { ExpectedStep, Scenario } from './types';

/**
 * The public scenarios of shared/specs/remand.md §8, all with the default settings, each with its exact ordered
 * steps typed from the spec's step tables as amended by issue 13 (never read back from the flow).
 *
 * Changes made by issue 13 (the audit shared/specs/audits/remand-code-vs-seed.md), scenario by scenario:
 * - every scenario: `now` is the time of the situation (E1: who to contact now follows `now`, not the time typed
 *   in), so the routing flags the spec gives still hold; the law-now steps (L1, L3, L7 for police custody; L4, L7
 *   after a remand to local authority accommodation; L2, L7 after a youth detention remand; L5 when youth detention
 *   is sought) and the missing duties (§4.3, §16, §17 after charge; §4.2.2 after a remand; §12 and §10's record of
 *   nights in youth detention) are added; every owner has a role and an agency (E10).
 * - police custody after charge (01, 02, 15): the YOS warns of and phones about a possible remand (E6, l. 324, 326).
 * - the AA flags (01, 02, 03, 15): the AA's role at the station (App 1 l. 825–827).
 * - remands (05–10, 17): the first monthly review is no longer dated (the protocol gives no first date).
 * - 07 and 08: the placement plan of a child already looked after and remanded to local authority accommodation is
 *   `placement_plan_remlaa`, due within 5 working days (the law now: reg 9), not the 10-day youth detention rule.
 * - 08 (status not known): the "if looked after before" steps are kept (E7).
 * - 09: asked at 19:45 when the placement is confirmed, so out of hours now (E1); the §10.8 placement plan step
 *   for a child newly looked after (E5).
 * - 10 (youth detention): the court support step gives the secure escorts to the Youth Custody Service (E4).
 *
 * Changes made by issue 16 (steps the answers rule out are left off):
 * - 03: `sexual_offence_notification` is due within 2 working days, not straight away: the straight-away exchange
 *   of §4.3 l. 117 is for a Looked After Child, and the answers say the child is not open to CSC; l. 115 still
 *   applies should the child be charged and bailed.
 */

const NOW = 'immediately';
const NONE = 'none';
const STATED = 'stated';

const CSC = "Children's social care (CSC)";
const OOH_AGENCY = "Children's social care (CSC) Out of Hours team";
const YOS = 'Youth offending service (YOS)';
const ASKER = "Youth offending service (YOS) or children's social care (CSC)";
const CONTACTING = 'Youth offending service (YOS), or the police for a child in police custody';
const JOINT = "Youth offending service (YOS) and children's social care (CSC)";
const POLICE = 'Police';
const COURT = 'The court';
const MASH = 'MASH (Multi-Agency Safeguarding Hub)';
const PLACEMENT = "Children's Placement Service";
const OOH = 'CSC Out of Hours team';

type Owner = ExpectedStep['owner'];
const o = (role: string, agency: string): Owner => ({ role, agency });
const s = (id: string, owner: Owner, due: string): ExpectedStep => ({ id, owner, due });

const yos = o('YOS', YOS);
const sw = o('Allocated social worker', CSC);
const courtDuty = o('YOS court duty officer', YOS);
const dutyManager = o('Duty manager', ASKER);
const custody = o('Custody officer', POLICE);
const sinOwner = o('YOS or CSC manager (they agree who leads)', JOINT);

/** Duties after charge (§4.3, §17, §16). */
const afterCharge = [
  s('sexual_offence_notification', yos, STATED),
  s('serious_incident_notification', sinOwner, STATED),
  s('modern_slavery_referral', yos, NOW),
];

const contactInHours = s('contact_in_hours', o('The person asking (YOS duty worker, AA or duty manager)', CONTACTING), NOW);
const contactOoh = s('contact_ooh', o('The person asking (YOS duty worker, custody officer or duty manager)', CONTACTING), NOW);
const contactBoth = s('contact_both', o('YOS duty worker', YOS), NOW);
const weekendRota = s('weekend_rota', o('Duty YOS worker on the rota', YOS), NONE);
const aaWhoCannot = s('aa_who_cannot', o('Custody sergeant; YOS or CSC duty worker', "Police, with the youth offending service (YOS) or children's social care (CSC)"), NONE);
const aaChecks = s('aa_checks', o('YOS or CSC duty worker; the AA', ASKER), NONE);

/** A police custody transfer (spec §6, as amended): `cscNow` acts for CSC now, `aa` is the appropriate adult. */
const paceSteps = (cscNow: Owner, aa: Owner, secure: ExpectedStep[] = []): ExpectedStep[] => [
  s('pace_refer_request', o('Custody officer or the AA', POLICE), NOW),
  ...secure,
  s('pace_non_secure_duty', cscNow, NOW),
  s('law_now_pace_certificate', custody, NONE),
  s('law_now_pace_looked_after', cscNow, NONE),
  s('yos_notify_possible_remlaa', yos, NOW),
  s('yos_phone_bail_assessment', yos, NOW),
  s('aa_watch_transfer_and_bail', aa, NOW),
  s('aa_report_back', aa, NONE),
  s('yos_court_from_custody', courtDuty, NONE),
  s('yos_record_detention', yos, NONE),
  s('law_now_girls_in_custody', custody, NONE),
  ...afterCharge,
  s('guidance_not_in_file', dutyManager, NONE),
];

/** A remand to local authority accommodation: `agency` completes CSC's duties (l. 334); `ipm` the meeting's date. */
const remlaaSteps = (agency: string, ipm: string, iro: boolean): ExpectedStep[] => [
  s('remlaa_status', o('CSC, the lead agency', agency), NOW),
  s('csc_placement_decision', o('CSC (decides)', agency), NOW),
  s('yos_info_warrant_remlaa', o('YOS (gives the information to CSC)', YOS), NOW),
  s('law_now_designation', o('The court (decides); the YOS checks the warrant', COURT), NONE),
  s('yos_tells_court_placement', courtDuty, NOW),
  s('csc_transport_from_court', o('CSC (the YOS worker if transport is not confirmed)', agency), NOW),
  s('law_now_girls_in_custody', o('Whoever escorts the child (CSC arranges escorts)', CSC), NONE),
  s('court_outcome_to_sw', yos, STATED),
  s('missing_risk_assessment', o('Allocated social worker (out of hours: CSC Out of Hours team)', CSC), NOW),
  s('placement_change_to_yos', o('CSC', CSC), NOW),
  ...(iro ? [s('iro_allocation_remlaa', o(`${PLACEMENT} or allocated social worker`, CSC), NONE)] : []),
  s('initial_placement_meeting', o('CSC (chairs); the YOS attends', CSC), ipm),
  s('monthly_remand_review', o('YOS (holds); CSC attends', YOS), STATED),
  s('escorts_hearings', o('CSC', CSC), NONE),
  s('breach_abscond', o('CSC (tells the YOS, which tells the court)', CSC), NOW),
  s('remlaa_joint_funding', o('YOS and CSC', JOINT), NONE),
  ...afterCharge,
];

/** A remand to youth detention; `lac24` the paperwork's due. */
const ydaSteps = (lac24: string): ExpectedStep[] => [
  s('yda_status', o('CSC', CSC), NOW),
  s('law_now_yda_looked_after', o('The designated local authority (named on the warrant)', CSC), NONE),
  s('designated_la', o('The court (decides); the YOS checks', COURT), NONE),
  s('yos_ycs_placement', o('YOS with the Youth Custody Service', YOS), NOW),
  s('yos_inform_yda', yos, NOW),
  s('yos_warrant_yda', yos, NOW),
  s('ycs_risk_info', o('YOS case manager', YOS), NOW),
  s('court_outcome_to_sw', yos, STATED),
  s('law_now_girls_in_custody', o('Secure escort service', 'Youth Custody Service'), NONE),
  s('lac_paperwork_24h', o('CSC', CSC), lac24),
  s('iro_allocation', o(`${PLACEMENT} or allocated social worker (alerts the Manager of the IRO service)`, CSC), NONE),
  s('sw_duties_yda', sw, NONE),
  s('plans_in_tandem', o('YOS and allocated social worker', JOINT), NONE),
  s('monthly_remand_review', o('YOS (holds); CSC attends', YOS), STATED),
  s('s47_in_secure_estate', o("Children's social care where the establishment is", "The host area's children's social care (CSC)"), NONE),
  s('yos_record_detention', yos, NONE),
  s('yda_funding', o(`${PLACEMENT} manager`, CSC), NONE),
  ...afterCharge,
];

/** Before the court decides on a remand to local authority accommodation. */
const remlaaPossibleSteps: ExpectedStep[] = [
  s('yos_notify_possible_remlaa', yos, NOW),
  s('yos_phone_bail_assessment', yos, NOW),
  s('yos_court_from_custody', courtDuty, NONE),
  s('yos_bail_support', o('YOS (judgement)', YOS), NONE),
  s('court_decides_remand', o('The court (decides), advised by the YOS', COURT), NONE),
  s('rerun_after_decision', dutyManager, NONE),
  ...afterCharge,
];

/** Youth detention sought for a child aged 12 to 17. */
const ydaImminentSteps: ExpectedStep[] = [
  s('yos_inform_yda_imminent', yos, NOW),
  s('court_decides_yda', o('The court (decides)', COURT), NONE),
  s('law_now_yda_conditions', o('The court (decides)', COURT), NONE),
  s('designated_la', o('The court (decides); the YOS checks', COURT), NONE),
  s('yos_notify_possible_remlaa', yos, NOW),
  s('yos_bail_support', o('YOS (judgement)', YOS), NONE),
  s('yos_court_from_custody', courtDuty, NONE),
  s('rerun_after_decision', dutyManager, NONE),
  ...afterCharge,
];

const lacCourtSupport = s('lac_court_support', sw, NONE);
const tellLookingAfterLa = s('tell_looking_after_la', o('YOS duty worker or duty manager', YOS), NOW);
const tagSteps = (consent?: string): ExpectedStep[] => [
  s('tag_address_checks', courtDuty, NONE),
  ...(consent ? [s('tag_consent_24h', o(`${PLACEMENT} and allocated social worker`, CSC), consent)] : []),
  s('tag_dispute', o('YOS and CSC Heads of Service', JOINT), NONE),
  s('tag_contract_details', yos, NONE),
  s('tag_emergency_move', o('Named social worker; the YOS', JOINT), STATED),
];

const P = (section: string) => `bexley-yos-csc-protocol §${section}`;

const aaOoh = o(`The AA (${OOH})`, OOH_AGENCY);
const aaNominee = o('The AA (CSC nominee)', CSC);
const aaFamily = o('The AA (parent or family member)', 'Family');
const aaLaSteps = (provider: Owner, aa: Owner, twoHours: string): ExpectedStep[] => [
  s('aa_la_provider', provider, NOW),
  aaWhoCannot,
  aaChecks,
  s('aa_two_hours', aa, twoHours),
  s('aa_role', aa, NONE),
];

export const scenarios: Scenario[] = [
  {
    id: 'remand-01',
    title: '14-year-old charged and refused bail on a Tuesday evening; police ask for a bed; no family AA',
    answers: {
      child_age: 14,
      stage: 'police_custody_refused_bail',
      remand_or_request_at: '2026-03-10T22:00',
      csc_status: 'not_open',
      police_request: 'la_accommodation',
      aa_needed: 'yes_no_family',
      aa_requested_at: '2026-03-10T22:00',
    },
    now: '2026-03-10T22:00:00Z',
    expected: {
      outcome: 'PACE_TRANSFER_LA_ACCOMMODATION',
      flags: ['ROUTE_CSC_OUT_OF_HOURS', 'AA_LA_SERVICE'],
      decidedBy: 'CSC (type of accommodation)',
      orderedSteps: [
        ...paceSteps(o(OOH, OOH_AGENCY), aaOoh),
        contactOoh,
        ...aaLaSteps(o(OOH, OOH_AGENCY), aaOoh, '2026-03-11T00:00'),
      ],
      references: [P('6.1'), P('7.1'), P('4.2.1'), P('App 1'), 'pace-1984 §s.38(6)', 'children-act-1989 §s.21(2)(b)', 'cypa-1933 §s.31'],
    },
    conversation: true,
  },
  {
    id: 'remand-02',
    title: '15-year-old on a care order refused bail mid-morning on a working day; police want secure',
    answers: {
      child_age: 15,
      stage: 'police_custody_refused_bail',
      remand_or_request_at: '2026-06-17T11:30',
      csc_status: 'care_order',
      police_request: 'secure',
      aa_needed: 'yes_no_family',
      aa_requested_at: '2026-06-17T11:30',
    },
    now: '2026-06-17T10:30:00Z',
    expected: {
      outcome: 'PACE_SECURE_REQUESTED',
      flags: ['ROUTE_IN_HOURS', 'AA_CSC_NOMINATES'],
      decidedBy: 'CSC (s.25 criteria',
      orderedSteps: [
        ...paceSteps(o(PLACEMENT, CSC), aaNominee, [s('pace_s25_decision', o('CSC (decides)', CSC), NOW)]),
        contactInHours,
        s('aa_care_order', o('CSC (allocated social worker or team)', CSC), NOW),
        aaWhoCannot,
        aaChecks,
        s('aa_two_hours', aaNominee, '2026-06-17T13:30'),
        s('aa_role', aaNominee, NONE),
      ],
      references: [P('6.1'), P('6.3'), 'children-act-1989 §s.25', 'children-act-1989 §s.31', 'pace-code-c §1.7(a)', 'secure-accommodation-regulations-1991 §reg 4'],
    },
  },
  {
    id: 'remand-03',
    title: '16-year-old arrested for assaulting his mother, interviewed on a Thursday afternoon; father can attend',
    answers: {
      child_age: 16,
      stage: 'police_custody_other',
      remand_or_request_at: '2026-02-05T15:00',
      csc_status: 'not_open',
      aa_needed: 'yes_family',
      aa_requested_at: '2026-02-05T15:00',
    },
    now: '2026-02-05T15:00:00Z',
    expected: {
      outcome: 'POLICE_CUSTODY_NO_TRANSFER_YET',
      flags: ['ROUTE_IN_HOURS', 'AA_FAMILY_FIRST'],
      decidedBy: 'custody officer',
      orderedSteps: [
        s('no_transfer_duty_yet', dutyManager, NONE),
        s('aa_watch_transfer_and_bail', aaFamily, NOW),
        s('s20_if_cannot_go_home', o(`A Head of Service decides (the YOS AA alerts the ${MASH} or allocated social worker)`, CSC), NOW),
        s('aa_report_back', aaFamily, NONE),
        s('law_now_girls_in_custody', custody, NONE),
        // §4.3 for a child not looked after: only l. 115, should they be charged and bailed (2 working days).
        s('sexual_offence_notification', yos, STATED),
        s('modern_slavery_referral', yos, NOW),
        contactInHours,
        s('aa_family', o('Parent or family member; the allocated social worker advises', "Family, advised by children's social care (CSC)"), NONE),
        aaWhoCannot,
        s('aa_role', aaFamily, NONE),
      ],
      references: [P('6.1'), P('7.2'), P('6.2'), P('App 1'), P('4.3'), P('16')],
    },
  },
  {
    id: 'remand-04',
    title: 'Police ask about a 9-year-old',
    answers: { child_age: 9 },
    expected: {
      outcome: 'NOT_IN_SCOPE_AGE',
      flags: [],
      decidedBy: 'No decision',
      orderedSteps: [s('out_of_scope_age', o('The person asking', 'Your own service'), NONE)],
      references: [P('6.1'), P('App 1')],
    },
  },
  {
    id: 'remand-05',
    title: '15-year-old not known to CSC remanded to local authority accommodation at a Monday afternoon court',
    answers: {
      child_age: 15,
      stage: 'remanded_la',
      remand_or_request_at: '2026-03-09T14:00',
      csc_status: 'not_open',
      tagging_proposed: 'no',
    },
    now: '2026-03-09T14:00:00Z',
    expected: {
      outcome: 'REMLAA_LOOKED_AFTER',
      flags: ['ROUTE_IN_HOURS', 'LOOKED_AFTER_BY_REMAND_ONLY'],
      decidedBy: 'CSC (placement)',
      orderedSteps: [...remlaaSteps(CSC, '2026-03-12', true), contactInHours, s('care_plan_5wd', sw, '2026-03-16')],
      references: [P('10.2'), P('10.3'), P('10.4'), 'children-act-1989 §s.21', 'laspo-2012 §s.92', P('4.2.2'), P('17')],
    },
    conversation: true,
  },
  {
    id: 'remand-06',
    title: '13-year-old on a child protection plan remanded at a Wednesday evening court; a tag is proposed',
    answers: {
      child_age: 13,
      stage: 'remanded_la',
      remand_or_request_at: '2026-04-22T19:30',
      csc_status: 'open_not_looked_after',
      tagging_proposed: 'yes',
    },
    now: '2026-04-22T18:30:00Z',
    expected: {
      outcome: 'REMLAA_LOOKED_AFTER',
      flags: ['ROUTE_CSC_OUT_OF_HOURS', 'LOOKED_AFTER_BY_REMAND_ONLY', 'TAGGING_PROPOSED'],
      decidedBy: 'CSC (placement)',
      orderedSteps: [
        ...remlaaSteps(OOH_AGENCY, '2026-04-27', true),
        contactOoh,
        s('care_plan_5wd', sw, '2026-04-29'),
        ...tagSteps('2026-04-23T19:30'),
      ],
      references: [P('10.2'), P('10.3'), P('10.13'), 'bexley-em-consent-form §(whole form)'],
    },
  },
  {
    id: 'remand-07',
    title: '16-year-old accommodated under s.20 remanded at 17:30 on a Thursday',
    answers: {
      child_age: 16,
      stage: 'remanded_la',
      remand_or_request_at: '2026-07-16T17:30',
      csc_status: 'looked_after_other',
      tagging_proposed: 'no',
    },
    now: '2026-07-16T16:30:00Z',
    expected: {
      outcome: 'REMLAA_LOOKED_AFTER',
      flags: ['ROUTE_CHECK_BOTH', 'ALREADY_LOOKED_AFTER'],
      decidedBy: 'CSC (placement)',
      orderedSteps: [
        ...remlaaSteps(CSC, '2026-07-21', false),
        contactBoth,
        lacCourtSupport,
        tellLookingAfterLa,
        // Issue 13 (L6; the 10-day rule of l. 404 is for youth detention): 5 working days, the law now.
        s('placement_plan_remlaa', sw, '2026-07-23'),
        s('iro_told_of_remand', sw, NONE),
      ],
      references: [P('7.1'), P('10.2'), P('10.7'), P('9.3'), 'care-planning-regulations-2010 §reg 9'],
    },
  },
  {
    id: 'remand-08',
    title: '14-year-old remanded at a Saturday court on the rota; looked-after status not known',
    answers: {
      child_age: 14,
      stage: 'remanded_la',
      remand_or_request_at: '2026-10-10T13:00',
      csc_status: 'not_known',
      tagging_proposed: 'no',
    },
    now: '2026-10-10T12:00:00Z',
    expected: {
      outcome: 'REMLAA_LOOKED_AFTER',
      flags: ['ROUTE_CSC_OUT_OF_HOURS', 'WEEKEND_COURT_ROTA', 'CHECK_LEGAL_STATUS'],
      decidedBy: 'CSC (placement)',
      orderedSteps: [
        ...remlaaSteps(OOH_AGENCY, '2026-10-14', true),
        contactOoh,
        weekendRota,
        s('check_legal_status', o(`YOS, ${MASH} or allocated social worker (out of hours, the ${OOH})`, ASKER), NOW),
        s('care_plan_5wd', sw, '2026-10-16'),
        // Audit E7: the "if looked after before" steps are kept while the status is not known.
        lacCourtSupport,
        tellLookingAfterLa,
        s('placement_plan_remlaa', sw, '2026-10-16'),
        s('iro_told_of_remand', sw, NONE),
      ],
      references: [P('9'), P('10.2'), P('6.3'), P('10.7')],
    },
  },
  {
    id: 'remand-09',
    title: '15-year-old not known to CSC remanded to youth detention on a Tuesday afternoon; asked at 19:45 when the placement is confirmed',
    answers: {
      child_age: 15,
      stage: 'remanded_yda',
      remand_or_request_at: '2026-05-12T16:00',
      csc_status: 'not_open',
      yda_placement_confirmed: 'yes',
      placement_confirmed_at: '2026-05-12T19:45',
    },
    // Audit E1: asked at 19:45, so out of hours now (the spec's row routed on the 16:00 remand time).
    now: '2026-05-12T18:45:00Z',
    expected: {
      outcome: 'YDA_REMAND_LOOKED_AFTER',
      flags: ['ROUTE_CSC_OUT_OF_HOURS', 'LOOKED_AFTER_BY_REMAND_ONLY'],
      decidedBy: 'Youth Custody Service',
      orderedSteps: [
        ...ydaSteps('2026-05-13T19:45'),
        contactOoh,
        s('yda_newly_lac_care_planning', sw, NONE),
        // Audit E5: the §10.8 placement plan for a child newly looked after.
        s('yda_placement_plan', sw, NONE),
      ],
      references: [P('10.6'), P('10.4'), P('10.8'), P('12'), 'bexley-yos-risk-policy §3', 'care-planning-regulations-2010 §(as amended 2013)', 'laspo-2012 §s.104'],
    },
    conversation: true,
  },
  {
    id: 'remand-10',
    title: '16-year-old on a care order remanded to youth detention on a Friday afternoon; placement not yet confirmed',
    answers: {
      child_age: 16,
      stage: 'remanded_yda',
      remand_or_request_at: '2026-11-20T15:00',
      csc_status: 'care_order',
      yda_placement_confirmed: 'no',
    },
    now: '2026-11-20T15:00:00Z',
    expected: {
      outcome: 'YDA_REMAND_LOOKED_AFTER',
      flags: ['ROUTE_IN_HOURS', 'ALREADY_LOOKED_AFTER'],
      decidedBy: 'Youth Custody Service',
      orderedSteps: [
        ...ydaSteps(STATED),
        contactInHours,
        lacCourtSupport,
        tellLookingAfterLa,
        s('placement_plan_10wd', o('Allocated social worker (the YOS joins)', CSC), '2026-12-04'),
        s('iro_told_of_remand', sw, NONE),
        s('care_plan_to_governor', sw, NONE),
        s('health_assessment_conflict', o('CSC', CSC), NONE),
      ],
      references: [P('10.6'), P('10.7'), P('10.8')],
    },
  },
  {
    id: 'remand-11',
    title: 'The CPS will ask for youth detention for an 11-year-old at a Thursday morning court',
    answers: {
      child_age: 11,
      stage: 'court_yda_sought',
      remand_or_request_at: '2026-01-15T11:00',
      csc_status: 'not_open',
      tagging_proposed: 'no',
    },
    now: '2026-01-15T11:00:00Z',
    expected: {
      outcome: 'YDA_NOT_POSSIBLE_AGE_10_11',
      flags: ['ROUTE_IN_HOURS'],
      decidedBy: 'The court',
      orderedSteps: [
        s('yda_not_possible', o('YOS court duty officer; duty manager', YOS), NOW),
        s('yos_notify_possible_remlaa', yos, NOW),
        s('yos_phone_bail_assessment', yos, NOW),
        s('yos_bail_support', o('YOS (judgement)', YOS), NONE),
        s('court_decides_remand', o('The court (decides), advised by the YOS', COURT), NONE),
        s('rerun_after_decision', dutyManager, NONE),
        ...afterCharge,
        contactInHours,
      ],
      references: [P('10.6'), P('10.2')],
    },
  },
  {
    id: 'remand-12',
    title: '17-year-old on a child in need plan; the CPS is seeking youth detention at a Monday morning court',
    answers: {
      child_age: 17,
      stage: 'court_yda_sought',
      remand_or_request_at: '2026-02-23T10:30',
      csc_status: 'open_not_looked_after',
      tagging_proposed: 'no',
    },
    now: '2026-02-23T10:30:00Z',
    expected: {
      outcome: 'YDA_IMMINENT',
      flags: ['ROUTE_IN_HOURS', 'AGE_17_BAIL_PLACEMENT'],
      decidedBy: 'The court, after consulting the YOS',
      orderedSteps: [...ydaImminentSteps, contactInHours, s('bail_placement_17', o('CSC decides; the YOS raises it', CSC), NONE)],
      references: [P('10.6'), P('10.12'), 'laspo-2012 §(conditions)', 'laspo-2012 §s.98', 'pcsc-act-2022 §s.157'],
    },
  },
  {
    id: 'remand-13',
    title: '13-year-old on a care order due at a Friday midday court; a remand to LA accommodation is possible; tag proposed',
    answers: {
      child_age: 13,
      stage: 'court_remand_possible',
      remand_or_request_at: '2026-09-04T12:00',
      csc_status: 'care_order',
      tagging_proposed: 'yes',
    },
    now: '2026-09-04T11:00:00Z',
    expected: {
      outcome: 'REMLAA_POSSIBLE',
      flags: ['ROUTE_IN_HOURS', 'ALREADY_LOOKED_AFTER', 'TAGGING_PROPOSED'],
      decidedBy: 'The court (bail or remand)',
      orderedSteps: [...remlaaPossibleSteps, contactInHours, lacCourtSupport, tellLookingAfterLa, ...tagSteps('2026-09-05T12:00')],
      references: [P('10.2'), P('10.11'), P('9.3'), P('10.13')],
    },
  },
  {
    id: 'remand-14',
    title: '17-year-old not known to CSC at a bank-holiday Monday court; a remand to LA accommodation is possible',
    answers: {
      child_age: 17,
      stage: 'court_remand_possible',
      remand_or_request_at: '2026-05-04T10:00',
      csc_status: 'not_open',
      tagging_proposed: 'no',
    },
    now: '2026-05-04T09:00:00Z',
    expected: {
      outcome: 'REMLAA_POSSIBLE',
      flags: ['ROUTE_CSC_OUT_OF_HOURS', 'WEEKEND_COURT_ROTA', 'AGE_17_BAIL_PLACEMENT'],
      decidedBy: 'The court (bail or remand)',
      orderedSteps: [...remlaaPossibleSteps, contactOoh, weekendRota, s('bail_placement_17', o('CSC decides; the YOS raises it', CSC), NONE)],
      references: [P('9'), P('10.2'), P('10.12')],
    },
  },
  {
    id: 'remand-15',
    title: '13-year-old accommodated under s.20 refused bail at 03:00 on a Saturday; no bed asked for yet; foster carer offers to be AA',
    answers: {
      child_age: 13,
      stage: 'police_custody_refused_bail',
      remand_or_request_at: '2026-01-24T03:00',
      csc_status: 'looked_after_other',
      police_request: 'not_yet',
      aa_needed: 'yes_no_family',
      aa_requested_at: '2026-01-24T03:00',
    },
    now: '2026-01-24T03:00:00Z',
    expected: {
      outcome: 'PACE_TRANSFER_LA_ACCOMMODATION',
      flags: ['ROUTE_CSC_OUT_OF_HOURS', 'AA_LA_SERVICE'],
      decidedBy: 'CSC (type of accommodation)',
      orderedSteps: [...paceSteps(o(OOH, OOH_AGENCY), aaOoh), contactOoh, ...aaLaSteps(o(OOH, OOH_AGENCY), aaOoh, '2026-01-24T05:00')],
      references: [P('6.1'), P('6.3'), P('App 1')],
    },
  },
  {
    id: 'remand-16',
    title: '15-year-old arrested at exactly 17:00 on a Wednesday, not yet charged; AA already there; status not known',
    answers: {
      child_age: 15,
      stage: 'police_custody_other',
      remand_or_request_at: '2026-11-11T17:00',
      csc_status: 'not_known',
      aa_needed: 'no',
    },
    now: '2026-11-11T17:00:00Z',
    expected: {
      outcome: 'POLICE_CUSTODY_NO_TRANSFER_YET',
      flags: ['ROUTE_CSC_OUT_OF_HOURS', 'CHECK_LEGAL_STATUS'],
      decidedBy: 'custody officer',
      orderedSteps: [
        s('no_transfer_duty_yet', dutyManager, NONE),
        s('aa_watch_transfer_and_bail', o('The AA at the police station', 'Family, or the YOS or CSC AA service'), NOW),
        s('s20_if_cannot_go_home', o(`A Head of Service decides (the YOS AA alerts the ${MASH} or allocated social worker)`, CSC), NOW),
        s('aa_report_back', o('The AA at the police station', 'Family, or the YOS or CSC AA service'), NONE),
        s('law_now_girls_in_custody', custody, NONE),
        s('sexual_offence_notification', yos, NOW),
        s('modern_slavery_referral', yos, NOW),
        contactOoh,
        s('check_legal_status', o(`YOS, ${MASH} or allocated social worker (out of hours, the ${OOH})`, ASKER), NOW),
      ],
      references: [P('6.1'), P('6.3'), P('7.1')],
    },
  },
  {
    id: 'remand-17',
    title: '14-year-old not known to CSC remanded at 16:30 on the Friday before Christmas',
    answers: {
      child_age: 14,
      stage: 'remanded_la',
      remand_or_request_at: '2026-12-18T16:30',
      csc_status: 'not_open',
      tagging_proposed: 'no',
    },
    now: '2026-12-18T16:30:00Z',
    expected: {
      outcome: 'REMLAA_LOOKED_AFTER',
      flags: ['ROUTE_IN_HOURS', 'LOOKED_AFTER_BY_REMAND_ONLY'],
      decidedBy: 'CSC (placement)',
      orderedSteps: [...remlaaSteps(CSC, '2026-12-23', true), contactInHours, s('care_plan_5wd', sw, '2026-12-29')],
      references: [P('10.2'), P('10.3'), P('10.4')],
    },
  },
  {
    id: 'remand-18',
    title: '14-year-old accommodated under s.20; at 20:15 on a Monday the YOS learns the CPS will seek youth detention',
    answers: {
      child_age: 14,
      stage: 'court_yda_sought',
      remand_or_request_at: '2026-01-12T20:15',
      csc_status: 'looked_after_other',
      tagging_proposed: 'no',
    },
    now: '2026-01-12T20:15:00Z',
    expected: {
      outcome: 'YDA_IMMINENT',
      flags: ['ROUTE_CSC_OUT_OF_HOURS', 'ALREADY_LOOKED_AFTER'],
      decidedBy: 'The court, after consulting the YOS',
      orderedSteps: [...ydaImminentSteps, contactOoh, lacCourtSupport, tellLookingAfterLa],
      references: [P('10.6'), P('10.2'), P('13.3')],
    },
  },
  {
    id: 'remand-19',
    title: 'Invalid: placement confirmed but its time missing',
    answers: {
      child_age: 15,
      stage: 'remanded_yda',
      remand_or_request_at: '2026-05-12T16:00',
      csc_status: 'not_open',
      yda_placement_confirmed: 'yes',
    },
    expected: { errorQuestionIds: ['placement_confirmed_at'] },
  },
  {
    id: 'remand-20',
    title: 'Invalid: a stage that is not an option',
    answers: { child_age: 15, stage: 'bailed', remand_or_request_at: '2026-05-12T16:00', csc_status: 'not_open' },
    expected: { errorQuestionIds: ['stage'] },
  },
  {
    id: 'remand-21',
    title: 'Invalid: age not a whole number',
    answers: { child_age: 14.5 },
    expected: { errorQuestionIds: ['child_age'] },
  },
  {
    id: 'remand-22',
    title: '14-year-old on a care order in a children\'s home; at 11:00 on a Wednesday the CPS will seek youth detention; tag proposed',
    answers: {
      child_age: 14,
      stage: 'court_yda_sought',
      remand_or_request_at: '2026-10-14T11:00',
      csc_status: 'care_order',
      tagging_proposed: 'yes',
    },
    now: '2026-10-14T10:00:00Z',
    expected: {
      outcome: 'YDA_IMMINENT',
      flags: ['ROUTE_IN_HOURS', 'ALREADY_LOOKED_AFTER', 'TAGGING_PROPOSED'],
      decidedBy: 'The court, after consulting the YOS',
      orderedSteps: [...ydaImminentSteps, contactInHours, lacCourtSupport, tellLookingAfterLa, ...tagSteps('2026-10-15T11:00')],
      references: [P('10.6'), P('10.13'), P('9.3'), 'bexley-em-consent-form §(whole form)'],
    },
  },
];
