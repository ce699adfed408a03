/** Spec §3 (outcomes) with §6 "Steps per outcome", and §4 (rules, first match wins). */
import type { OutcomeDef, RuleDef } from '../../model';
import { NOT_LOOKED_AFTER, age, cscStatus, reportedYdaAt10Or11, stage, type Ctx } from './context';
import { doc, protocol } from './refs';
import type { RemandSettings } from './settings';

// Spec N13: the protocol is undated, and its review date (June 2020, l. 791) has passed.
const PROTOCOL_BANNER = 'Local protocol (about 2019; its review date has passed).';

/** Duties the protocol gives whatever the stage once a child is charged (audit: missing duties §4.3, §17, §16). */
const AFTER_CHARGE = ['sexual_offence_notification', 'serious_incident_notification', 'modern_slavery_referral'];

/** iro_allocation_remlaa is shown only when the child may be looked after by the remand alone. A youth detention
 * remand reported at 10 or 11 is read as the only remand possible at that age (l. 368, audit E2). */
const remlaaSteps = (ctx: Ctx) => [
  ...(reportedYdaAt10Or11(ctx) ? ['remand_10_11_check_warrant'] : []),
  'remlaa_status',
  'csc_placement_decision',
  'yos_info_warrant_remlaa',
  'law_now_designation',
  'yos_tells_court_placement',
  'csc_transport_from_court',
  'law_now_girls_in_custody',
  'court_outcome_to_sw',
  'missing_risk_assessment',
  'placement_change_to_yos',
  ...([...NOT_LOOKED_AFTER, 'not_known'].includes(cscStatus(ctx) ?? '') ? ['iro_allocation_remlaa'] : []),
  'initial_placement_meeting',
  'monthly_remand_review',
  'escorts_hearings',
  'breach_abscond',
  'remlaa_joint_funding',
  ...AFTER_CHARGE,
];

export const outcomes: Record<string, OutcomeDef<RemandSettings>> = {
  NOT_IN_SCOPE_AGE: {
    label: 'Outside these duties: the child is not aged 10 to 17',
    tone: 'info',
    summary: "The protocol's police custody, appropriate adult and remand duties are for children aged 10 to 17.",
    decidedBy: { role: 'No decision: the person asking uses other procedures', agency: 'None under this protocol' },
    indicative: false,
    agency: 'None under this protocol',
    refs: [protocol('6.1', 'l. 144'), protocol('App 1', 'l. 803')],
    steps: ['out_of_scope_age'],
    notes: [PROTOCOL_BANNER],
  },
  PACE_TRANSFER_LA_ACCOMMODATION: {
    label: 'Police custody transfer: the local authority must provide accommodation (CSC decides the type)',
    tone: 'urgent',
    summary:
      "The child has been charged, refused police bail and is to be kept until the next court. The request for accommodation goes to the MASH or allocated social worker and the Children's Placement Service (out of hours, the CSC Out of Hours team), who must provide it. The law does not recognise a local authority failing to provide non-secure accommodation. CSC decides the type, bearing the custody officer's views in mind. Once accommodated, the child is looked after (the law now; the protocol does not say).",
    decidedBy: { role: 'CSC (type of accommodation), for the local authority', agency: 'CSC', team: 'childrens_social_care' },
    indicative: true,
    agency: "Local authority: children's social care (CSC)",
    refs: [protocol('6.1', 'l. 142, 157'), protocol('7.1', 'l. 185'), protocol('4.2.1', 'l. 79')],
    steps: [
      'pace_refer_request',
      'pace_non_secure_duty',
      'law_now_pace_certificate',
      'law_now_pace_looked_after',
      'yos_notify_possible_remlaa',
      'yos_phone_bail_assessment',
      'aa_watch_transfer_and_bail',
      'aa_report_back',
      'yos_court_from_custody',
      'yos_record_detention',
      'law_now_girls_in_custody',
      ...AFTER_CHARGE,
      'guidance_not_in_file',
    ],
    notes: [PROTOCOL_BANNER],
  },
  PACE_SECURE_REQUESTED: {
    label: 'Police custody transfer, secure requested: CSC decides on the s.25 criteria; accommodation must be provided (at the least non-secure)',
    tone: 'urgent',
    summary:
      'As for a police custody transfer, but the police have asked for secure accommodation. CSC considers whether the s.25 Children Act 1989 criteria are met; the bot does not assess them. If CSC does not find them met, or no secure placement is provided, the local authority must still provide non-secure accommodation: it may not fail to provide accommodation.',
    decidedBy: { role: 'CSC (s.25 criteria and type of accommodation)', agency: 'CSC', team: 'childrens_social_care' },
    indicative: true,
    agency: "Local authority: children's social care (CSC)",
    refs: [protocol('6.1', 'l. 157'), doc('children-act-1989', 's.25', 'as named at l. 157')],
    steps: [
      'pace_refer_request',
      'pace_s25_decision',
      'pace_non_secure_duty',
      'law_now_pace_certificate',
      'law_now_pace_looked_after',
      'yos_notify_possible_remlaa',
      'yos_phone_bail_assessment',
      'aa_watch_transfer_and_bail',
      'aa_report_back',
      'yos_court_from_custody',
      'yos_record_detention',
      'law_now_girls_in_custody',
      ...AFTER_CHARGE,
      'guidance_not_in_file',
    ],
    notes: [PROTOCOL_BANNER],
  },
  POLICE_CUSTODY_NO_TRANSFER_YET: {
    label: 'In police custody: no accommodation transfer duty yet',
    tone: 'info',
    summary:
      'The accommodation transfer duty starts only when a child is charged, refused bail and to be kept until the next court. Until then the local authority\'s duties are the appropriate adult, watching for barriers to bail, and an s.20 request if the child cannot go home.',
    decidedBy: { role: 'The custody officer (charge and bail)', agency: 'Police', team: 'police' },
    indicative: false,
    agency: 'Police (custody); the local authority for the appropriate adult',
    refs: [protocol('6.1', 'l. 142, 155, 157'), protocol('7.2', 'l. 193')],
    steps: [
      'no_transfer_duty_yet',
      'aa_watch_transfer_and_bail',
      's20_if_cannot_go_home',
      'aa_report_back',
      'law_now_girls_in_custody',
      'sexual_offence_notification',
      'modern_slavery_referral',
    ],
    notes: [PROTOCOL_BANNER],
  },
  REMLAA_POSSIBLE: {
    label: 'Remand to local authority accommodation possible: prepare now (the court decides)',
    tone: 'attention',
    summary:
      'A remand to local authority accommodation is possible. The YOS tells the MASH or allocated social worker and the Children\'s Placement Team now so that placement planning can start, and puts any bail support package to the court. Children aged 10 or 11 can only be remanded to local authority accommodation.',
    decidedBy: { role: 'The court (bail or remand), after CPS and YOS representations', agency: 'Court' },
    indicative: true,
    agency: "YOS, with children's social care (CSC)",
    refs: [protocol('10', 'l. 305'), protocol('10.2', 'l. 320–326'), protocol('10.6', 'l. 368'), protocol('10.11', 'l. 458')],
    steps: [
      'yos_notify_possible_remlaa',
      'yos_phone_bail_assessment',
      'yos_court_from_custody',
      'yos_bail_support',
      'court_decides_remand',
      'rerun_after_decision',
      ...AFTER_CHARGE,
    ],
    notes: [PROTOCOL_BANNER],
  },
  YDA_IMMINENT: {
    label: 'Youth detention remand sought: inform CSC now (the court decides)',
    tone: 'attention',
    summary:
      "A remand to youth detention is sought for a child aged 12 to 17. The court consults the YOS and decides; LASPO 2012 conditions must be met, and the bot does not say whether they are. The YOS informs the allocated social worker (or the MASH Duty team manager) and the Children's Placement Service manager at the earliest opportunity. A remand to local authority accommodation remains possible.",
    decidedBy: { role: 'The court, after consulting the YOS', agency: 'Court' },
    indicative: true,
    agency: "YOS, with children's social care (CSC)",
    refs: [protocol('10.6', 'l. 368–374, 380–390'), protocol('10.11', 'l. 458')],
    // yos_notify_possible_remlaa is a spec inference: the court's other option is a REMLAA (l. 458).
    steps: [
      'yos_inform_yda_imminent',
      'court_decides_yda',
      'law_now_yda_conditions',
      'designated_la',
      'yos_notify_possible_remlaa',
      'yos_bail_support',
      'yos_court_from_custody',
      'rerun_after_decision',
      ...AFTER_CHARGE,
    ],
    notes: [PROTOCOL_BANNER],
  },
  YDA_NOT_POSSIBLE_AGE_10_11: {
    label: 'Youth detention is not possible at 10 or 11: only a remand to local authority accommodation',
    tone: 'warning',
    summary:
      'A child aged 10 or 11 can be remanded only to local authority accommodation. If bail is refused, prepare for a remand to local authority accommodation.',
    decidedBy: { role: 'The court (bail or a remand to local authority accommodation); the protocol rules out youth detention', agency: 'Court' },
    indicative: false,
    agency: "YOS, with children's social care (CSC)",
    refs: [protocol('10.6', 'l. 368')],
    steps: [
      'yda_not_possible',
      'yos_notify_possible_remlaa',
      'yos_phone_bail_assessment',
      'yos_bail_support',
      'court_decides_remand',
      'rerun_after_decision',
      ...AFTER_CHARGE,
    ],
    notes: [PROTOCOL_BANNER],
  },
  REMLAA_LOOKED_AFTER: {
    label: 'Remanded to local authority accommodation: the child is looked after (CSC decides the placement)',
    tone: 'urgent',
    summary:
      'The child is looked after: the local authority must accommodate under s.21 Children Act 1989. CSC identifies an allocated social worker now and decides the placement; the YOS tells the court where the child will be placed. Initial placement meeting within 3 working days; monthly remand reviews; plan deadlines depend on whether the child was looked after before.',
    decidedBy: { role: 'CSC (placement), for the local authority', agency: 'CSC', team: 'childrens_social_care' },
    indicative: true,
    agency: "Children's social care (CSC), the lead agency",
    refs: [protocol('10.2', 'l. 316, 328, 330, 344'), protocol('10.3', 'l. 348–350'), protocol('10.4', 'l. 356')],
    steps: remlaaSteps,
    notes: (ctx) => [
      ...(reportedYdaAt10Or11(ctx)
        ? [
            'You said the court remanded the child to youth detention. At 10 or 11 a remand can only be to local authority accommodation, so these are the duties of that remand. Check the warrant of commitment now.',
          ]
        : []),
      PROTOCOL_BANNER,
    ],
  },
  YDA_REMAND_LOOKED_AFTER: {
    label: 'Remanded to youth detention: the child is looked after for the remand',
    tone: 'urgent',
    summary:
      'The child is looked after for the duration of the remand (by virtue of the remand if not looked after before). The YOS arranges the secure placement with the Youth Custody Service; CSC completes the looked-after child paperwork within 24 hours of the placement being confirmed; an IRO is allocated; the designated local authority (named on the warrant) pays.',
    decidedBy: { role: 'The court has decided (the local authority must comply); the YOS and the Youth Custody Service arrange the placement', agency: 'Court' },
    indicative: false,
    agency: "Children's social care (CSC), the lead agency, with the YOS",
    refs: [protocol('10.6', 'l. 368–378, 394–397'), doc('bexley-yos-risk-policy', '3', 'l. 20597')],
    steps: [
      'yda_status',
      'law_now_yda_looked_after',
      'designated_la',
      'yos_ycs_placement',
      'yos_inform_yda',
      'yos_warrant_yda',
      'ycs_risk_info',
      'court_outcome_to_sw',
      'law_now_girls_in_custody',
      'lac_paperwork_24h',
      'iro_allocation',
      'sw_duties_yda',
      'plans_in_tandem',
      'monthly_remand_review',
      's47_in_secure_estate',
      'yos_record_detention',
      'yda_funding',
      ...AFTER_CHARGE,
    ],
    notes: [PROTOCOL_BANNER],
  },
};

const inYears = (ctx: Ctx, ...years: number[]) => years.includes(age(ctx) ?? -1);

export const rules: RuleDef<RemandSettings>[] = [
  {
    id: 'R1',
    when: (ctx) => (age(ctx) ?? 0) < 10 || (age(ctx) ?? 0) > 17,
    outcome: 'NOT_IN_SCOPE_AGE',
    refs: [protocol('6.1', 'l. 144'), protocol('App 1', 'l. 803')],
  },
  // Before R7 and R9, so that no youth detention duty or deadline is ever shown for a child of 10 or 11.
  {
    id: 'R2',
    when: (ctx) => stage(ctx) === 'court_yda_sought' && inYears(ctx, 10, 11),
    outcome: 'YDA_NOT_POSSIBLE_AGE_10_11',
    refs: [protocol('10.6', 'l. 368')],
  },
  // Audit E2: a remand reported as youth detention at 10 or 11 has been made, and can only be to local authority
  // accommodation (l. 368): its duties and deadlines apply (l. 316, 328, 338, 348–350), never "not remanded yet".
  {
    id: 'R2b',
    when: (ctx) => stage(ctx) === 'remanded_yda' && inYears(ctx, 10, 11),
    outcome: 'REMLAA_LOOKED_AFTER',
    refs: [protocol('10.6', 'l. 368'), protocol('10.2', 'l. 316, 328')],
  },
  {
    id: 'R3',
    when: (ctx) => stage(ctx) === 'police_custody_refused_bail' && ctx.answers.police_request === 'secure',
    outcome: 'PACE_SECURE_REQUESTED',
    refs: [protocol('6.1', 'l. 157')],
  },
  // police_request = not_yet lands here too: the duty arises from the refusal of bail, not the request (l. 157).
  { id: 'R4', when: (ctx) => stage(ctx) === 'police_custody_refused_bail', outcome: 'PACE_TRANSFER_LA_ACCOMMODATION', refs: [protocol('6.1', 'l. 157')] },
  { id: 'R5', when: (ctx) => stage(ctx) === 'police_custody_other', outcome: 'POLICE_CUSTODY_NO_TRANSFER_YET', refs: [protocol('6.1', 'l. 142, 155, 157')] },
  {
    id: 'R6',
    when: (ctx) => stage(ctx) === 'court_remand_possible',
    outcome: 'REMLAA_POSSIBLE',
    refs: [protocol('10.2', 'l. 320–326'), protocol('10.11', 'l. 458')],
  },
  { id: 'R7', when: (ctx) => stage(ctx) === 'court_yda_sought', outcome: 'YDA_IMMINENT', refs: [protocol('10.6', 'l. 368–374')] },
  { id: 'R8', when: (ctx) => stage(ctx) === 'remanded_la', outcome: 'REMLAA_LOOKED_AFTER', refs: [protocol('10.2', 'l. 316, 328')] },
  // As the spec writes it, not "otherwise": with valid answers remanded_yda is the only stage left, and a stage
  // the rules do not know must fail loudly rather than be read as a youth detention remand.
  { id: 'R9', when: (ctx) => stage(ctx) === 'remanded_yda', outcome: 'YDA_REMAND_LOOKED_AFTER', refs: [protocol('10.6', 'l. 368')] },
];
