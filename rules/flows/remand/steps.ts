/**
 * Spec §6 step catalogue, then the steps the flags add (§5), each with its owner, deadline and references.
 * Owners name the deployment's teams (settings.teamNames). Where the protocol gives no timing for an action
 * that has to happen at once, `immediately` is the spec's inference (spec §1 deadline convention, N7, N10).
 */
import type { DeadlineRule, Owner, StepDef } from '../../model';
import { isRemanded, statusNotKnown, type Ctx } from './context';
import { doc, protocol } from './refs';
import { aaRequestInOfficeHours } from './routing';
import { teams, type RemandSettings, type RemandTeamNames } from './settings';

const IMMEDIATELY: DeadlineRule = { kind: 'immediately' };
const NONE: DeadlineRule = { kind: 'none' };

const owner = (build: (t: RemandTeamNames) => Owner) => (ctx: Ctx) => build(teams(ctx.settings));

/** With CHECK_LEGAL_STATUS, a step that holds for only one of the two cases is marked "if"; otherwise the
 * action is shown as the spec writes it, as a sentence. */
const ifStatusUnknown = (condition: string, action: string) => (ctx: Ctx) =>
  statusNotKnown(ctx) ? `If ${condition}: ${action.charAt(0).toLowerCase()}${action.slice(1)}` : action;

/** The AA provider follows the time of the AA request, not of the bail refusal (App 1 l. 821, §6.1 l. 146). */
const aaProvider = (ctx: Ctx, t: RemandTeamNames): Owner =>
  aaRequestInOfficeHours(ctx) ? { role: `${t.yos} AA service`, agency: t.yos } : { role: t.outOfHours, agency: 'CSC' };

export const steps: Record<string, StepDef<RemandSettings>> = {
  out_of_scope_age: {
    action:
      "The protocol's appropriate adult, custody and remand duties are for children aged 10 to 17. Under 10: this flow does not apply; for a welfare concern contact children's social care (the MASH 09:00–17:00, otherwise the CSC Out of Hours team). 18 or over: the protocol has no procedure for adults; use the adult procedures.",
    owner: { role: 'The person asking' },
    due: NONE,
    refs: [protocol('6.1', 'l. 144'), protocol('App 1', 'l. 803'), protocol('7.1', 'l. 185')],
  },
  pace_refer_request: {
    action:
      "Refer the request for accommodation to the MASH, or the allocated social worker if the child has one, and to the Children's Placement Service, who are responsible for providing it. Outside office hours, to the CSC Out of Hours team.",
    owner: owner((t) => ({
      role: `Custody officer or AA → ${t.mash} / allocated social worker and ${t.placement} (out of hours: ${t.outOfHours})`,
      agency: 'CSC',
    })),
    due: IMMEDIATELY,
    refs: [protocol('6.1', 'l. 157'), protocol('4.2.1', 'l. 79'), protocol('7.1', 'l. 185')],
  },
  pace_non_secure_duty: {
    action:
      "The local authority must provide non-secure accommodation: the law does not recognise a local authority failing to do so. CSC decides the type of accommodation, bearing the custody officer's views in mind. CSC funds placement and transport costs.",
    owner: owner((t) => ({ role: `${t.placement} (out of hours: ${t.outOfHours})`, agency: 'CSC' })),
    due: IMMEDIATELY,
    refs: [protocol('6.1', 'l. 157'), protocol('18', 'l. 754')],
  },
  pace_s25_decision: {
    action:
      'The police have asked for secure accommodation. CSC considers whether the criteria for it under s.25 Children Act 1989 are met. The protocol does not set out the criteria, and the bot does not assess them. If CSC finds them not met, the duty to provide non-secure accommodation still applies.',
    owner: { role: 'CSC (decides)', agency: 'CSC' },
    due: IMMEDIATELY,
    refs: [protocol('6.1', 'l. 157'), doc('children-act-1989', 's.25', 'as named at l. 157')],
  },
  aa_watch_transfer_and_bail: {
    action:
      "The AA watches whether the police and the local authority carry out their duties on accommodation transfers, and tells them if they do not. The AA also looks for barriers to bail and tells the YOS and the MASH as soon as possible, so that the YOS can offer bail information or bail support and the MASH and Children's Placement Service can provide accommodation.",
    owner: { role: 'The AA' },
    // "As soon as possible" (l. 142).
    due: IMMEDIATELY,
    refs: [protocol('6.1', 'l. 142'), doc('yjb-bail-remand-case-management-guidance', '(whole document)', 'as named at l. 142')],
  },
  aa_report_back: {
    action:
      'After the police decision, the AA takes a copy of any charge sheet for YOS and CSC records, makes sure the child understands what has happened, any bail conditions and the next steps, and reports back risk or safeguarding issues, the interview outcome and any bail conditions.',
    owner: { role: 'The AA' },
    due: NONE,
    refs: [protocol('6.1', 'l. 158–162')],
  },
  yos_court_from_custody: {
    action:
      'At the next court the YOS discusses bail with the CPS and the legal adviser, asks the court to deal with children in custody as a priority, and interviews every child produced from police custody before the case is called (subject to judicial discretion).',
    owner: owner((t) => ({ role: `${t.yos} court duty officer`, agency: t.yos })),
    due: NONE,
    refs: [protocol('10.1', 'l. 311–312'), protocol('10.2', 'l. 324')],
  },
  yos_record_detention: {
    action:
      'Record the episode and the nights the child spends in police detention, and the outcome, for monitoring; the YOS reports the figures to the YOS Management Board at least annually.',
    owner: owner((t) => ({ role: t.yos, agency: t.yos })),
    due: NONE,
    refs: [protocol('10', 'l. 307')],
  },
  guidance_not_in_file: {
    action:
      'The full guidance on police custody transfers is in the Home Office Concordat on Children in Custody (October 2017) and the London Protocol for the provision of local authority accommodation for children held in police custody (July 2019). Neither is in the source; the card links to them and does not summarise them.',
    owner: { role: 'Duty manager' },
    due: NONE,
    refs: [
      protocol('6.1', 'l. 157'),
      protocol('1', 'l. 3'),
      doc('ho-concordat-children-in-custody-2017', '(whole document)', 'l. 3, 157'),
      doc('london-protocol-police-custody-accommodation-2019', '(whole document)', 'l. 3, 157'),
    ],
  },
  no_transfer_duty_yet: {
    action:
      'No accommodation transfer is due yet: the duty arises when the child is charged, refused bail and to be kept until the next court. If that happens, run this flow again.',
    owner: { role: 'Duty manager' },
    due: NONE,
    refs: [protocol('6.1', 'l. 157')],
  },
  s20_if_cannot_go_home: {
    action:
      'If the child cannot return home (for example after an arrest for assaulting a parent or sibling) and there is no suitable alternative, a request for accommodation under s.20 may be needed: to the MASH if the child is not known to CSC, otherwise to the allocated worker. CSC follows its s.20 procedures, including parental consent; for a 16- or 17-year-old whose parents have abrogated responsibility, CSC must follow them. A Head of Service decides; if the YOS and CSC disagree, the Deputy Director of CSC decides. A YOS AA alerts the MASH or allocated social worker as soon as this looks likely.',
    owner: owner((t) => ({ role: `${t.yos} AA → ${t.mash} or allocated social worker; a Head of Service decides`, agency: 'CSC' })),
    // "As soon as it transpires" (l. 155).
    due: IMMEDIATELY,
    refs: [protocol('6.1', 'l. 155'), protocol('7.2', 'l. 193'), doc('children-act-1989', 's.20', 'l. 155, 193')],
  },
  yos_notify_possible_remlaa: {
    action:
      "Tell the MASH (or the allocated social worker) and the Children's Placement Team so that CSC can start placement planning and assessments: on the day of notification if the YOS had notice of the court appearance; otherwise as soon as the YOS establishes that a remand to local authority accommodation is possible.",
    owner: owner((t) => ({ role: t.yos, agency: t.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 320–324')],
  },
  yos_phone_bail_assessment: {
    action:
      "As soon as the YOS knows accommodation is required, it phones the MASH and the Children's Placement Team with basic details and sends the completed AssetPlus bail assessment module.",
    owner: owner((t) => ({ role: t.yos, agency: t.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 326')],
  },
  yos_bail_support: {
    action:
      'Where appropriate, the YOS asks the court to remand the child on bail and, where necessary, offers a bail supervision and support programme, built around the placement identified (foster carers or residential workers may help) and any care plan. The package goes to the allocated social worker or the MASH before it is put to the court, where practicable. Extra family support or help with accommodation is discussed with CSC or another agency such as Housing.',
    owner: owner((t) => ({ role: `${t.yos} (judgement)`, agency: t.yos })),
    due: NONE,
    refs: [protocol('10.11', 'l. 458–464')],
  },
  court_decides_remand: {
    action:
      'The court decides bail or remand, subject to the CPS\'s representations; the YOS gives its assessment of the risk to the public if asked. The court is expected, subject to judicial discretion, not to impose a "reside as directed by the local authority" condition, or other conditions, without consulting the local authority or home YOS.',
    owner: owner((t) => ({ role: `The court (decides); ${t.yos}`, agency: 'Court' })),
    due: NONE,
    refs: [protocol('10', 'l. 305'), protocol('10.2', 'l. 318')],
  },
  rerun_after_decision: {
    action: 'When the court decides, run this flow again with the remand it made: the deadlines count from the remand.',
    owner: { role: 'Duty manager' },
    due: NONE,
    refs: [protocol('10.3', 'l. 348, 350'), protocol('10.7', 'l. 404')],
  },
  yos_inform_yda_imminent: {
    action:
      "At the earliest opportunity the YOS informs the allocated social worker if the child is open to CSC (otherwise the MASH Duty team manager) and the Children's Placement Service manager.",
    owner: owner((t) => ({ role: t.yos, agency: t.yos })),
    // "At the earliest opportunity" (l. 374).
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 374')],
  },
  court_decides_yda: {
    action:
      'The court consults the YOS before remanding to youth detention, and the decision is the court\'s. A remand to youth detention is possible only for a child aged 12 to 17 refused bail when the relevant criteria are met: LASPO 2012 has two sets of conditions, one of which must be satisfied (the seriousness of the offence; a real prospect of a custodial sentence and history conditions). The protocol does not set the conditions out, and the bot does not say whether they are met. Once the order is made, the local authority must comply.',
    owner: { role: 'The court (decides)', agency: 'Court' },
    due: NONE,
    refs: [protocol('10.6', 'l. 368–370, 380–383'), doc('laspo-2012', '(conditions)', 'l. 380–383, 392')],
  },
  designated_la: {
    action:
      'The court must designate a local authority for a youth detention remand: the authority already looking after the child, if any; otherwise either the authority where the child habitually lives or the one where the offence was committed (the court chooses). After a youth detention remand, check the warrant of commitment: which authority did the court designate? If it is not this authority, tell that authority now; the looked-after child duties that follow are its duties.',
    owner: owner((t) => ({ role: `The court (decides); the ${t.yos} checks`, agency: 'Court' })),
    due: NONE,
    refs: [protocol('10.6', 'l. 385–390')],
  },
  yda_not_possible: {
    action:
      "A child aged 10 or 11 can be remanded only to local authority accommodation, never to youth detention. If bail is refused, prepare for a remand to local authority accommodation. If you were told a youth detention remand was made, check the order (the warrant of commitment) with the YOS and the court's legal adviser at once; if it is a remand to local authority accommodation, run this flow again with that stage.",
    owner: owner((t) => ({ role: `${t.yos} court duty officer; duty manager`, agency: t.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 368')],
  },
  remlaa_status: {
    action:
      'The child is looked after: every child remanded to local authority accommodation is a Looked After Child, and the local authority has the duty to accommodate under s.21 Children Act 1989. CSC is the lead agency. It identifies an allocated social worker at the point of remand and follows the Children Act 1989 guidance and regulations, Volume 2. Looked-after child reviews follow the National Standards for Youth Justice.',
    owner: owner((t) => ({ role: `CSC (out of hours: ${t.outOfHours})`, agency: 'CSC' })),
    // "At the point of remand" (l. 328).
    due: IMMEDIATELY,
    refs: [
      protocol('10.2', 'l. 316, 328'),
      protocol('3.1', 'l. 35'),
      protocol('3.2', 'l. 51'),
      doc('children-act-1989', 's.21', 'l. 316'),
      doc('ca1989-guidance-vol2', '(whole volume)', 'l. 40, 328'),
      doc('national-standards-youth-justice', '(whole document)', 'l. 51'),
    ],
  },
  csc_placement_decision: {
    action:
      'CSC decides the most appropriate placement, which may be at home or with family. It respects any court direction on where the child must not live, and takes account of the YOS and police views on returning the child to the address where they lived at the time of the offence. CSC makes adequate provision for remands to its care.',
    owner: { role: 'CSC (decides)', agency: 'CSC' },
    // Spec inference: the child leaves court tonight.
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 330, 342')],
  },
  yos_info_warrant_remlaa: {
    action:
      'Check which local authority the warrant of commitment names; if it is another authority, tell it now. The YOS gives CSC all relevant information for its assessment and a copy of the warrant of commitment; CSC forwards it to the placement provider.',
    owner: owner((t) => ({ role: `${t.yos} → CSC`, agency: t.yos })),
    // Telling another named authority is a spec inference (N11); the protocol gives no timing.
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 330')],
  },
  yos_tells_court_placement: {
    action: 'The YOS tells the court where the child will be placed.',
    owner: owner((t) => ({ role: `${t.yos} court duty officer`, agency: t.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 344')],
  },
  csc_transport_from_court: {
    action: (ctx) =>
      `CSC arranges collection from court and transport to the placement. If CSC cannot confirm transport at once, the YOS worker takes the child to ${ctx.settings.handoverOffice}, where a CSC representative takes over supervision.`,
    owner: owner((t) => ({ role: `CSC; the ${t.yos} worker if transport is not confirmed`, agency: 'CSC' })),
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 338')],
  },
  missing_risk_assessment: {
    action:
      "At the point of placement the allocated social worker completes the missing-from-care risk assessment and shares it with the carers or residential home; if the child is placed out of area, notify that area's Children's Services at the point of placement. If the child goes missing, carers tell the police and the CSC Out of Hours team.",
    owner: owner((t) => ({ role: `Allocated social worker (out of hours: ${t.outOfHours})`, agency: 'CSC' })),
    // "At the point of placement" (l. 642).
    due: IMMEDIATELY,
    refs: [protocol('14', 'l. 642, 644, 646')],
  },
  placement_change_to_yos: {
    action: 'CSC tells the YOS of any change of placement at the earliest possible stage; the bail/remand address may need to be changed at court.',
    owner: { role: 'CSC', agency: 'CSC' },
    due: IMMEDIATELY,
    refs: [protocol('13.3', 'l. 562'), protocol('10.13', 'l. 481')],
  },
  iro_allocation_remlaa: {
    // l. 394 is written in the youth detention section; applying it to this remand is the spec's reading.
    action: ifStatusUnknown(
      'the child was not looked after before the remand',
      'Alert the Manager of the IRO service to allocate an IRO; looked-after child reviews apply to children remanded to local authority accommodation.',
    ),
    owner: owner((t) => ({ role: `${t.placement} or allocated social worker`, agency: 'CSC' })),
    due: NONE,
    refs: [protocol('3.2', 'l. 51'), protocol('10.6', 'l. 394')],
  },
  initial_placement_meeting: {
    action:
      'Hold an initial placement meeting within 3 working days of the remand, chaired by CSC, with the YOS, the CSC worker, family members and placement providers. It covers roles, responsibilities, information exchange, action on a breach of the remand, prospects and plans for a future bail application, and escorts.',
    owner: owner((t) => ({ role: `CSC (chairs); the ${t.yos} attends`, agency: 'CSC' })),
    due: { kind: 'workingDays', n: 3, from: 'remand', endsAtClose: true },
    refs: [protocol('10.3', 'l. 348')],
  },
  monthly_remand_review: {
    // The monthly frequency is in §10.4 only; applying it to youth detention is the spec's inference (N5).
    action:
      'Remand reviews are held monthly by the YOS, with CSC attending. For a youth detention remand the IRO also keeps the Detention Plan under review; the monthly frequency appears only in §10.4; the protocol does not say it for youth detention, and this follows from §10.4. This is the YOS remand review, not the statutory looked-after child review, whose timescale the protocol does not give.',
    owner: owner((t) => ({ role: `${t.yos} (holds); CSC attends`, agency: t.yos })),
    due: { kind: 'monthly', from: 'remand' },
    refs: [protocol('10.4', 'l. 356'), protocol('10.9', 'l. 444')],
  },
  escorts_hearings: {
    action:
      'CSC arranges and funds escorts for this and later hearings, in consultation with the YOS: the child reaches court on time, is accompanied in the courtroom and is taken back to the placement.',
    owner: { role: 'CSC', agency: 'CSC' },
    due: NONE,
    refs: [protocol('10.5', 'l. 360–362')],
  },
  breach_abscond: {
    action:
      'If the child fails to live where directed, CSC tells the YOS and the police: it is a breach of remand, the child can be arrested and brought before the court, and the social worker may have to give evidence. If the child absconds from the placement, CSC tells the YOS at once; the YOS tells the court at the earliest opportunity and explains any non-appearance at the hearing.',
    owner: owner((t) => ({ role: `CSC → ${t.yos} → court`, agency: 'CSC' })),
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 340'), protocol('10.5', 'l. 364')],
  },
  remlaa_joint_funding: {
    action:
      'A remand to local authority accommodation is a joint responsibility of the YOS and CSC. Where the YOS provides bail support, extra interventions during the remand are agreed jointly. CSC funds placement, remand and transport costs; the YOS tracks remand bed nights and funds the interventions in its plan.',
    owner: owner((t) => ({ role: `${t.yos} and CSC` })),
    due: NONE,
    refs: [protocol('10.2', 'l. 332, 342'), protocol('18', 'l. 754–758')],
  },
  yda_status: {
    action:
      'The child is looked after for the duration of the remand; if not looked after before, the remand gives that status. CSC is the lead agency, and looked-after child reviews follow the National Standards for Youth Justice. Otherwise care planning is as for all other looked-after children.',
    owner: { role: 'CSC', agency: 'CSC' },
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 368, 400'), protocol('3.1', 'l. 35'), protocol('3.2', 'l. 51')],
  },
  yos_ycs_placement: {
    action: 'The YOS makes all arrangements for the secure placement with the Youth Custody Service (HMPPS).',
    owner: owner((t) => ({ role: `${t.yos} with the Youth Custody Service`, agency: t.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 372')],
  },
  yos_inform_yda: {
    action:
      "If not already done, the YOS informs the allocated social worker (or the MASH Duty team manager if there is none) and the Children's Placement Service manager.",
    owner: owner((t) => ({ role: t.yos, agency: t.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 374')],
  },
  yos_warrant_yda: {
    action: 'The YOS gives CSC a copy of the warrant of commitment as soon as it receives it.',
    owner: owner((t) => ({ role: t.yos, agency: t.yos })),
    // "As soon as it is received" (l. 378).
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 378')],
  },
  ycs_risk_info: {
    action:
      'The YOS case manager records the risk of harm and safety and well-being information in full in the AssetPlus custody module and sends it to the Youth Custody Service immediately upon remand.',
    owner: owner((t) => ({ role: `${t.yos} case manager`, agency: t.yos })),
    due: IMMEDIATELY,
    refs: [doc('bexley-yos-risk-policy', '3', 'l. 20597')],
  },
  lac_paperwork_24h: {
    action:
      'CSC makes sure all looked-after child paperwork is completed within 24 hours of the placement being confirmed, and co-ordinates an initial health assessment and a looked-after child review (for a child looked after before, see the health assessment step).',
    owner: { role: 'CSC', agency: 'CSC' },
    due: (ctx) =>
      ctx.answers.yda_placement_confirmed === 'yes'
        ? { kind: 'hours', n: 24, from: 'placement_confirmed' }
        : { kind: 'stated', text: 'within 24 hours of the placement being confirmed (not yet confirmed)' },
    refs: [protocol('10.6', 'l. 376')],
  },
  iro_allocation: {
    action:
      "The Children's Placement Team or the allocated social worker alerts the Manager of the IRO service to allocate an IRO. CSC arranges for the child to be visited and appoints an IRO to keep the Detention Plan under review; the IRO can expect a private place to speak to the child in the secure establishment unless the child refuses.",
    owner: owner((t) => ({ role: `${t.placement} or allocated social worker → Manager of the ${t.iro}`, agency: 'CSC' })),
    due: NONE,
    refs: [protocol('10.6', 'l. 394'), protocol('10.9', 'l. 444–446')],
  },
  sw_duties_yda: {
    action:
      "The social worker makes sure the child is offered practical support (clothes, money, books) and that the child's wishes and feelings are ascertained and considered.",
    owner: { role: 'Allocated social worker', agency: 'CSC' },
    due: NONE,
    refs: [protocol('10.8', 'l. 432–435')],
  },
  plans_in_tandem: {
    action:
      'The YOS and the social worker complete the initial sentence planning plan and the Detention Plan in tandem, so that they fit together and plan resettlement.',
    owner: owner((t) => ({ role: `${t.yos} and allocated social worker` })),
    due: NONE,
    refs: [protocol('10.8', 'l. 440')],
  },
  yda_funding: {
    action:
      "The designated local authority (named on the warrant) pays for the youth detention remand: the Ministry of Justice invoices the full cost. Secure transport is also the local authority's cost: the Youth Custody Service arranges the escorts and invoices it. The Children's Placement Team manager monitors the costs.",
    owner: owner((t) => ({ role: `${t.placement} manager`, agency: 'CSC' })),
    due: NONE,
    refs: [protocol('10.6', 'l. 395–397'), protocol('18', 'l. 754')],
  },

  // ---- Steps the flags add (spec §5) ----

  contact_in_hours: {
    action:
      "Contact now, by role (contacts from configuration): for police custody, the MASH (or the allocated social worker) and the Children's Placement Service; at or after court, the MASH or allocated social worker and the Children's Placement Team; for a youth detention remand, the allocated social worker if the child is open to CSC, otherwise the MASH Duty team manager, and the Children's Placement Service manager.",
    owner: { role: 'The person asking (YOS duty worker, AA or duty manager)' },
    due: IMMEDIATELY,
    refs: [protocol('6.1', 'l. 157'), protocol('7.1', 'l. 185'), protocol('10.2', 'l. 320–326'), protocol('10.6', 'l. 374')],
  },
  contact_ooh: {
    // Sundays, weekday times before office hours and the youth detention out-of-hours route are spec inferences (N1, N16).
    action: (ctx) =>
      `Contact the CSC Out of Hours team now. For a remand to local authority accommodation after ${ctx.settings.remlaaOutOfHoursAfter} on a weekday, or at a Saturday or bank-holiday court, the YOS liaises with the CSC Out of Hours team, which completes CSC's responsibilities. For police custody and any other referral outside ${ctx.settings.officeOpens}–${ctx.settings.officeCloses}, the CSC Out of Hours team is the CSC contact. Sundays and weekday times before ${ctx.settings.officeOpens} are treated as out of hours. For a youth detention remand the protocol names only daytime roles: tell the CSC Out of Hours team now and the named roles at the start of the next working day.`,
    owner: owner((t) => ({ role: `${t.yos} duty worker or custody officer → ${t.outOfHours}`, agency: 'CSC' })),
    due: IMMEDIATELY,
    refs: [protocol('4.2.1', 'l. 79'), protocol('6.1', 'l. 146'), protocol('7.1', 'l. 185'), protocol('10.2', 'l. 334'), protocol('10.6', 'l. 374')],
  },
  contact_both: {
    action: (ctx) =>
      `Between ${ctx.settings.officeCloses} and ${ctx.settings.remlaaOutOfHoursAfter} on a working day (${ctx.settings.remlaaOutOfHoursAfter} exactly included) the protocol is unclear: referrals to the MASH stop at ${ctx.settings.officeCloses}, but the CSC Out of Hours team takes over a remand only "after 6pm". Contact both the MASH (or allocated social worker) and Children's Placement Team and the CSC Out of Hours team now, and agree and record who completes CSC's duties tonight.`,
    owner: owner((t) => ({
      role: `${t.yos} duty worker → ${t.mash} / allocated social worker, ${t.placement} and ${t.outOfHours}`,
      agency: 'CSC',
    })),
    due: IMMEDIATELY,
    refs: [protocol('7.1', 'l. 185'), protocol('10.2', 'l. 320–326, 334')],
  },
  weekend_rota: {
    action: (ctx) =>
      `Saturday and bank-holiday court duty is covered on a rota by the ${ctx.settings.weekendCourtRota}, so the liaison with the CSC Out of Hours team may be done by a duty worker from another YOS.`,
    owner: owner((t) => ({ role: `Duty ${t.yos} worker on the rota`, agency: t.yos })),
    due: NONE,
    refs: [protocol('9', 'l. 273'), protocol('10.2', 'l. 336')],
  },
  aa_family: {
    // "Not yet charged" is the spec's reading of when s.47(3) bail can help (l. 170).
    action:
      'The first choice of AA is a parent, carer or other responsible family member. If the child is looked after under s.20 (or already on remand), the parent keeps parental responsibility; the allocated social worker advises whether the parent is appropriate (for example if estranged, co-accused or restricted by a court order). If not, the social worker must attend, or, if unavailable, the YOS and CSC agree who provides the AA. If the parents can come only later (and the child is not yet charged), the police may be asked for s.47(3) bail until they can attend: usually possible for minor offences, not where the child may be a risk to the public or to themselves. The police decide.',
    owner: { role: 'Parent, carer or family member; the allocated social worker advises', agency: 'CSC' },
    due: NONE,
    refs: [
      protocol('App 1', 'l. 810'),
      protocol('6.2', 'l. 168–170'),
      protocol('6.3', 'l. 176–178'),
      doc('pace-1984', 's.47(3)', 'l. 170'),
      doc('children-act-1989', 's.20', 'l. 176'),
    ],
  },
  aa_who_cannot: {
    action:
      "Who cannot act as AA: a foster carer; staff of a care home when the looked-after child's alleged offence took place in that home (the social worker must attend); anyone known or suspected of involvement in the offence or its investigation, such as a parent who is the victim or a co-defendant.",
    owner: owner((t) => ({ role: `Custody sergeant; ${t.yos} or CSC duty worker` })),
    due: NONE,
    refs: [protocol('6.1', 'l. 148'), protocol('6.2', 'l. 168'), protocol('App 1', 'l. 810')],
  },
  aa_care_order: {
    action: (ctx) =>
      `The child is on a care order: the local authority shares parental responsibility and CSC nominates the AA; the parents are not the expected AA. The organisation providing the child's accommodation and day-to-day support, or the allocated social worker, should fill the role. If the AA request was made outside ${ctx.settings.officeOpens}–${ctx.settings.officeCloses} on a working day, the custody sergeant contacts the CSC Out of Hours team.`,
    owner: (ctx) =>
      aaRequestInOfficeHours(ctx)
        ? { role: 'CSC (allocated social worker or team)', agency: 'CSC' }
        : { role: teams(ctx.settings).outOfHours, agency: 'CSC' },
    due: IMMEDIATELY,
    refs: [
      protocol('6.1', 'l. 146, 148'),
      protocol('6.2', 'l. 168'),
      protocol('6.3', 'l. 174'),
      doc('children-act-1989', 's.31', 'l. 174'),
      doc('pace-code-c', '1.17(a)(i)', 'as quoted at l. 144'),
    ],
  },
  aa_checks: {
    action:
      'Before deciding to attend, the duty worker gets basic details from the custody sergeant (who the child is, the offence, who has already been asked to act as AA and why they were unsuitable) and checks CSC status, court orders, bail conditions, warrants, compliance and the nature of previous convictions. Self-harm or medical concerns go to the attending AA and the custody sergeant; physical or mental health concerns (including drugs or alcohol) mean asking for medical advice. Ask the custody sergeant to arrange a solicitor before attending. The AA must be present at charge, at decisions to extend detention or to bail, and for photographs, fingerprints, DNA, intimate or strip searches (same gender).',
    owner: owner((t) => ({ role: `${t.yos} or CSC duty worker; the AA` })),
    due: NONE,
    refs: [protocol('6.1', 'l. 150–151'), protocol('App 1', 'l. 829–834')],
  },
  aa_two_hours: {
    action:
      'Attend within 2 hours of the AA request whenever possible, provided legal representation is in place and any interpreter has been arranged. The AA should be told in advance of any risk, safeguarding, or speech, language and communication needs. If detention is long, the AA may be changed in consultation with the custody sergeant.',
    owner: (ctx) => {
      if (ctx.answers.csc_status === 'care_order') return { role: 'The AA (CSC nominee)', agency: 'CSC' };
      const provider = aaProvider(ctx, teams(ctx.settings));
      return { ...provider, role: `The AA (${provider.role})` };
    },
    due: { kind: 'hours', n: 2, from: 'aa_request' },
    refs: [protocol('App 1', 'l. 821, 823')],
  },
  aa_la_provider: {
    action: (ctx) =>
      `No suitable family member can attend, so the local authority must supply an AA; the service runs seven days a week. The YOS provides it ${ctx.settings.officeOpens}–${ctx.settings.officeCloses} Monday to Friday, excluding bank holidays; at other times the custody sergeant contacts the CSC Out of Hours team. The card names one provider, from the time of the AA request: the YOS on a working day from ${ctx.settings.officeOpens} until ${ctx.settings.officeCloses}, otherwise the CSC Out of Hours team. For a looked-after child (s.20 or on remand), the organisation providing the child's accommodation, or the allocated social worker, should act first, and the social worker must attend where the parent is inappropriate. For a child with another key worker (for example Early Help), that worker should act.`,
    owner: (ctx) => aaProvider(ctx, teams(ctx.settings)),
    due: IMMEDIATELY,
    refs: [
      protocol('6.1', 'l. 146, 148'),
      protocol('6.3', 'l. 178'),
      protocol('App 1', 'l. 803–804'),
      doc('pace-1984', '(whole Act)', 'as named at l. 803'),
      doc('pace-code-c', '1.17(a)(i)', 'as named at l. 144'),
    ],
  },
  care_plan_5wd: {
    action: ifStatusUnknown(
      'the child was not looked after before the remand',
      'The child is looked after only because of the remand: prepare the Care Plan and the Placement Plan within 5 working days of the remand. The Care Plan need not include a permanence plan unless the child needs to stay looked after when the remand ends, but it must consider what longer-term support or accommodation the child will need afterwards.',
    ),
    owner: { role: 'Allocated social worker', agency: 'CSC' },
    due: { kind: 'workingDays', n: 5, from: 'remand', endsAtClose: true },
    refs: [protocol('10.3', 'l. 350–352')],
  },
  yda_newly_lac_care_planning: {
    action:
      'The child was not looked after before: the remand gives looked-after status for its duration only. Care planning is otherwise as for other looked-after children, under the Care Planning Regulations as amended in 2013 and the April 2014 supplement. The protocol gives no separate placement plan timescale for this case.',
    owner: { role: 'Allocated social worker', agency: 'CSC' },
    due: NONE,
    refs: [
      protocol('10.6', 'l. 368, 398–400'),
      doc('care-planning-regulations-2010', '(as amended 2013)', 'l. 398'),
      doc('ca1989-vol2-youth-justice-supplement-2014', '(whole supplement)', 'l. 398'),
    ],
  },
  lac_court_support: {
    action:
      "For a looked-after child, CSC is responsible for the social worker's attendance and for escorts at planned hearings when parents are absent, and makes sure an appropriate adult attends court to support the child. The social worker speaks for the corporate parent on the child's well-being and plans.",
    owner: { role: 'Allocated social worker', agency: 'CSC' },
    due: NONE,
    refs: [protocol('9.3', 'l. 298–300')],
  },
  tell_looking_after_la: {
    // Which authority acts for a REMLAA of another authority's child is not stated (spec N11); timing inferred.
    action:
      'If another local authority looks after the child, tell it now. For a youth detention remand the court must designate the authority that already looks after the child. Looked-after children placed outside their home borough remain the home borough\'s responsibility. The protocol does not say which authority carries out the duties for a remand to local authority accommodation of another authority\'s child (probably the looking-after authority: confirm with it and the court).',
    owner: owner((t) => ({ role: `${t.yos} duty worker or duty manager`, agency: t.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 385'), protocol('13.3', 'l. 556')],
  },
  placement_plan_10wd: {
    // For a REMLAA the 10-day timescale (l. 404, written for youth detention) is the spec's outer limit (N3, J13).
    action: ifStatusUnknown(
      'the child was looked after immediately before the remand',
      'Prepare a placement plan within 10 working days of the remand, usually based on the assessment behind the current Care or Pathway Plan. This cannot be delegated to the YOS; the YOS seeks a joint meeting with the allocated social worker so that the placement plan and the YOS initial sentence plan are both completed. For youth detention, the plan sets out how the YDA will meet the child\'s needs, gives its address, is agreed and signed by its Governor, Director or Registered Manager, and covers the items in §10.8. For a remand to local authority accommodation this timescale is an outer limit only; CSC confirms the timescale.',
    ),
    owner: owner((t) => ({ role: `Allocated social worker (the ${t.yos} joins)`, agency: 'CSC' })),
    due: { kind: 'workingDays', n: 10, from: 'remand', endsAtClose: true },
    refs: [protocol('10.7', 'l. 404'), protocol('10.8', 'l. 410–430')],
  },
  iro_told_of_remand: {
    // l. 436 is in the youth detention part; for a REMLAA this is the spec's inference.
    action: 'The social worker makes sure the Independent Reviewing Officer is told of the remand.',
    owner: { role: 'Allocated social worker', agency: 'CSC' },
    due: NONE,
    refs: [protocol('10.8', 'l. 436')],
  },
  care_plan_to_governor: {
    action: "Give a copy of the Care or Pathway Plan to the YDA's Governor, Director or Registered Manager.",
    owner: { role: 'Allocated social worker', agency: 'CSC' },
    due: NONE,
    refs: [protocol('10.7', 'l. 406')],
  },
  health_assessment_conflict: {
    // Source conflict (spec N4): l. 376 and l. 408 disagree; CSC decides (J12).
    action:
      'Health assessment: §10.6 says CSC co-ordinates an initial health assessment, but §10.7 says the health assessment provisions do not apply where the child was looked after immediately before the remand. CSC decides which applies.',
    owner: { role: 'CSC', agency: 'CSC' },
    due: NONE,
    refs: [protocol('10.6', 'l. 376'), protocol('10.7', 'l. 408'), doc('bexley-health-lac-procedure', '(whole document)', 'l. 408')],
  },
  check_legal_status: {
    action:
      'Check the child\'s legal status now: care order, s.20, already on remand, open case or not known to CSC. Until it is confirmed, the steps and deadlines for both cases are shown, each marked "if".',
    owner: owner((t) => ({ role: `${t.yos}, ${t.mash} or allocated social worker (out of hours, the ${t.outOfHours})` })),
    due: IMMEDIATELY,
    refs: [protocol('6.3', 'l. 174')],
  },
  bail_placement_17: {
    action:
      'For a 17-year-old who may be remanded on bail, the local authority may decide to fund a placement while on bail. If it does, the search for a placement is discussed with the MASH, the relevant social care team, the young person and their parent or carer. This is the local authority\'s discretion.',
    owner: owner((t) => ({ role: `CSC decides; the ${t.yos} raises it`, agency: 'CSC' })),
    due: NONE,
    refs: [protocol('10.12', 'l. 470')],
  },
  tag_address_checks: {
    action:
      'The YOS court duty officer checks the police and CSC databases on whether the proposed bail or remand address is suitable; if that is not possible, contact the MASH.',
    owner: owner((t) => ({ role: `${t.yos} court duty officer`, agency: t.yos })),
    due: NONE,
    refs: [protocol('10.13', 'l. 474')],
  },
  tag_consent_24h: {
    // The protocol gives no start point for the 24 hours (l. 477): counted from the time given (spec N10, N17).
    action:
      "The child lives in local authority accommodation: consent to a tag at the proposed address is needed, where appropriate, from the parent or carer, the residential unit, the Children's Placement Service and the social worker. The Children's Placement Team and the social worker confirm their consent to the YOS in writing within 24 hours, on the electronic monitoring consent form. The start point is not stated: it is counted from the remand or request time given.",
    owner: owner((t) => ({ role: `${t.placement} and allocated social worker`, agency: 'CSC' })),
    due: (ctx) => ({ kind: 'hours', n: 24, from: isRemanded(ctx) ? 'remand' : 'request' }),
    refs: [protocol('10.13', 'l. 475–477'), doc('bexley-em-consent-form', '(whole form)', 'l. 477')],
  },
  tag_dispute: {
    action: 'If consent is not agreed, refer it to the YOS and CSC Heads of Service for a decision.',
    owner: owner((t) => ({ role: `${t.yos} and CSC Heads of Service` })),
    due: NONE,
    refs: [protocol('10.13', 'l. 477')],
  },
  tag_contract_details: {
    action: 'The YOS forwards the electronic monitoring contract details to the social worker and the placement.',
    owner: owner((t) => ({ role: t.yos, agency: t.yos })),
    due: NONE,
    refs: [protocol('10.13', 'l. 479')],
  },
  tag_emergency_move: {
    action:
      'If CSC or the Out of Hours team has to move the child in an emergency, the named social worker sends the new placement details to the YOS as soon as possible and within 24 hours of the move. The YOS tells the monitoring provider and the police. The bail address must be changed at court, and the social worker makes sure the child attends.',
    owner: owner((t) => ({ role: `Named social worker, CSC; ${t.yos}` })),
    // The bot does not know when a move happens, so the 24 hours are stated, not dated.
    due: { kind: 'stated', text: 'within 24 hours of the placement change' },
    refs: [protocol('10.13', 'l. 481')],
  },
};
