/**
 * Spec §6 step catalogue, then the steps the flags add (§5), each with its owner, deadline and references.
 * Owners name the deployment's teams (settings.teamNames). Where the protocol gives no timing for an action
 * that has to happen at once, `immediately` is the spec's inference (spec §1 deadline convention, N7, N10).
 */
import type { DeadlineRule, Owner, StepDef } from '../../model';
import {
  COURT_ROUTED_OUTCOMES,
  aaNeeded,
  accommodatedByLa,
  isRemanded,
  lookedAfterBefore,
  mayBeAccommodatedByLa,
  notLookedAfterBefore,
  stage,
  statusNotKnown,
  type Ctx,
} from './context';
import { doc, law, protocol } from './refs';
import { aaRequestInOfficeHours, nextOpeningText, officesClosedSinceRemand, remlaaOwner, route } from './routing';
import { agencies, teams, type RemandAgencies, type RemandSettings, type RemandTeamNames, type ServiceOwner } from './settings';

/** The outcomes whose cards carry designated_la or law_now_designation (which authority the court designates). */
const DESIGNATION_ON_CARD = ['YDA_IMMINENT', 'REMLAA_LOOKED_AFTER', 'YDA_REMAND_LOOKED_AFTER'];

/** The outcomes of a child in police custody, whose CSC contact is the MASH or social worker and placements (l. 157). */
const POLICE_OUTCOMES = ['PACE_TRANSFER_LA_ACCOMMODATION', 'PACE_SECURE_REQUESTED', 'POLICE_CUSTODY_NO_TRANSFER_YET'];

const IMMEDIATELY: DeadlineRule = { kind: 'immediately' };
const NONE: DeadlineRule = { kind: 'none' };

/** Owners that are more than one agency, in plain words (audit E10). */
const ASKER = "Youth offending service (YOS) or children's social care (CSC)";
const CONTACTING = 'Youth offending service (YOS), or the police for a child in police custody';
const JOINT = "Youth offending service (YOS) and children's social care (CSC)";

const owner = (build: (t: RemandTeamNames, a: RemandAgencies) => Owner) => (ctx: Ctx) =>
  build(teams(ctx.settings), agencies(ctx.settings));

/** An `immediately` the protocol does not state, marked in plain words (audit: unsupported statements). */
const notTimed = (why: string) => ` The protocol gives no time for this; "now" follows from ${why}.`;

/** Who acts for CSC now on a police custody transfer: the daytime team in office hours, otherwise the Out of Hours team. */
const cscNow = (ctx: Ctx, outcomeId: string, daytimeRole: string): Owner => {
  const t = teams(ctx.settings);
  const a = agencies(ctx.settings);
  return route(ctx, outcomeId) === 'in_hours' ? { role: daytimeRole, ...a.csc } : { role: t.outOfHours, ...a.outOfHours };
};

/** The agency completing CSC's duties after a remand to LA accommodation (l. 334, from the remand time). */
const remlaaAgency = (ctx: Ctx): ServiceOwner => {
  const a = agencies(ctx.settings);
  return remlaaOwner(ctx) === 'out_of_hours' ? a.outOfHours : a.csc;
};

/** The appropriate adult: family, a CSC nominee (care order), a placement worker, or the AA service (E3). */
const aaOwner = (ctx: Ctx): Owner => {
  const t = teams(ctx.settings);
  const a = agencies(ctx.settings);
  const needed = aaNeeded(ctx);
  if (needed === undefined || needed === 'no') return { role: 'The AA at the police station', agency: 'Family, or the YOS or CSC AA service' };
  if (ctx.answers.csc_status === 'care_order') {
    return { role: 'The AA (CSC nominee)', ...(aaRequestInOfficeHours(ctx) ? a.csc : a.outOfHours) };
  }
  if (needed === 'yes_family') return { role: 'The AA (parent or family member)', agency: 'Family' };
  if (needed === 'yes_placement_worker') return { role: "The AA (placement or children's home worker)", agency: "The child's placement provider" };
  return aaRequestInOfficeHours(ctx) ? { role: `The AA (${t.yos} AA service)`, ...a.yos } : { role: `The AA (${t.outOfHours})`, ...a.outOfHours };
};

/** Whom the YOS informs of a youth detention remand (l. 374): the allocated social worker if the child is open to CSC,
 * otherwise the MASH Duty team manager; both, marked, while the status is not known. */
const ydaContact = (ctx: Ctx): string => {
  if (ctx.answers.csc_status === 'not_open') return 'the MASH Duty team manager (the child has no allocated social worker)';
  if (statusNotKnown(ctx)) return 'the allocated social worker if the child is open to CSC (otherwise the MASH Duty team manager)';
  return 'the allocated social worker';
};

/** With CHECK_LEGAL_STATUS, a step that holds for only one of the two cases is marked "if"; otherwise the
 * action is shown as the spec writes it, as a sentence. */
const ifStatusUnknown = (condition: string, action: string) => (ctx: Ctx) =>
  statusNotKnown(ctx) ? `If ${condition}: ${action.charAt(0).toLowerCase()}${action.slice(1)}` : action;

/** The AA provider follows the time of the AA request, not of the bail refusal (App 1 l. 821, §6.1 l. 146). */
const aaProvider = (ctx: Ctx): Owner => {
  const t = teams(ctx.settings);
  const a = agencies(ctx.settings);
  return aaRequestInOfficeHours(ctx) ? { role: `${t.yos} AA service`, ...a.yos } : { role: t.outOfHours, ...a.outOfHours };
};

/** §4.3 l. 115: a child charged with an offence that would bring a notification requirement. */
const PARTICULARS_DUTY =
  "the charge is an offence that would bring a notification requirement under the Sexual Offences Act 2003 on conviction, the YOS sends the child's particulars and full details of the offence to CSC within 2 working days of the YOS being notified, and checks that the MASH has the first details. The YOS and CSC consider together whether a serious incident notification is needed.";
const CHARGED_PARTICULARS = `If ${PARTICULARS_DUTY}`;

export const steps: Record<string, StepDef<RemandSettings>> = {
  out_of_scope_age: {
    action:
      "The protocol's appropriate adult, custody and remand duties are for children aged 10 to 17. Under 10: this flow does not apply; for a welfare concern contact children's social care (the MASH 09:00–17:00, otherwise the CSC Out of Hours team). 18 or over: the protocol has no procedure for adults; use the adult procedures.",
    owner: { role: 'The person asking', agency: 'Your own service', team: 'asker' },
    due: NONE,
    refs: [protocol('6.1', 'l. 144'), protocol('App 1', 'l. 803'), protocol('7.1', 'l. 185')],
  },
  pace_refer_request: {
    action:
      "Refer the request for accommodation to the MASH, or the allocated social worker if the child has one, and to the Children's Placement Service, who are responsible for providing it. Outside office hours, to the CSC Out of Hours team." +
      notTimed('the child waiting in the police station'),
    owner: owner((_t, a) => ({ role: 'Custody officer or the AA', ...a.police })),
    due: IMMEDIATELY,
    refs: [protocol('6.1', 'l. 157'), protocol('4.2.1', 'l. 79'), protocol('7.1', 'l. 185')],
  },
  pace_non_secure_duty: {
    action:
      "The local authority must provide non-secure accommodation: the law does not recognise a local authority failing to do so. CSC decides the type of accommodation, bearing the custody officer's views in mind. CSC funds placement and transport costs." +
      notTimed('the child waiting in the police station'),
    owner: (ctx, outcomeId) => cscNow(ctx, outcomeId, teams(ctx.settings).placement),
    due: IMMEDIATELY,
    refs: [protocol('6.1', 'l. 157'), protocol('18', 'l. 754')],
  },
  pace_s25_decision: {
    action:
      'The police have asked for secure accommodation. CSC considers whether the criteria for it under s.25 Children Act 1989 are met. The protocol does not set out the criteria, and the bot does not assess them. If CSC finds them not met, the duty to provide non-secure accommodation still applies (the protocol does not say this; it follows from its rule that the local authority may not fail to provide accommodation).' +
      notTimed('the child waiting in the police station'),
    owner: (ctx, outcomeId) => cscNow(ctx, outcomeId, 'CSC (decides)'),
    due: IMMEDIATELY,
    refs: [protocol('6.1', 'l. 157'), doc('children-act-1989', 's.25', 'as named at l. 157')],
  },
  aa_watch_transfer_and_bail: {
    action:
      "The AA watches whether the police and the local authority carry out their duties on accommodation transfers, and tells them if they do not. The AA also looks for barriers to bail and tells the YOS and the MASH as soon as possible, so that the YOS can offer bail information or bail support and the MASH and Children's Placement Service can provide accommodation.",
    owner: aaOwner,
    // "As soon as possible" (l. 142).
    due: IMMEDIATELY,
    refs: [protocol('6.1', 'l. 142'), doc('yjb-bail-remand-case-management-guidance', '(whole document)', 'as named at l. 142')],
  },
  aa_report_back: {
    action:
      'After the police decision, the AA takes a copy of any charge sheet for YOS and CSC records, makes sure the child understands what has happened, any bail conditions and the next steps, and reports back risk or safeguarding issues, the interview outcome and any bail conditions.',
    owner: aaOwner,
    due: NONE,
    refs: [protocol('6.1', 'l. 158–162')],
  },
  yos_court_from_custody: {
    action:
      'At the next court the YOS discusses bail with the CPS and the legal adviser, asks the court to deal with children in custody as a priority, and interviews every child produced from police custody before the case is called (subject to judicial discretion).',
    owner: owner((t, a) => ({ role: `${t.yos} court duty officer`, ...a.yos })),
    due: NONE,
    refs: [protocol('10.1', 'l. 311–312'), protocol('10.2', 'l. 324')],
  },
  yos_record_detention: {
    action: (_ctx, outcomeId) =>
      `Record the episode and the nights the child spends in ${outcomeId === 'YDA_REMAND_LOOKED_AFTER' ? 'youth detention (and any earlier nights in police detention)' : 'police detention'}, and the outcome, for monitoring; the YOS reports the figures to the YOS Management Board at least annually.`,
    owner: owner((t, a) => ({ role: t.yos, ...a.yos })),
    due: NONE,
    refs: [protocol('10', 'l. 307')],
  },
  guidance_not_in_file: {
    action:
      'The full guidance on police custody transfers is in the Home Office Concordat on Children in Custody (October 2017) and the London Protocol for the provision of local authority accommodation for children held in police custody (July 2019). Neither is in the source; the card links to them and does not summarise them.',
    owner: { role: 'Duty manager', agency: ASKER, team: 'asker' },
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
      'No accommodation transfer is due yet: the duty arises when the child is charged, refused bail and to be kept until the next court. If that happens, run this check again.',
    owner: { role: 'Duty manager', agency: ASKER, team: 'asker' },
    due: NONE,
    refs: [protocol('6.1', 'l. 157')],
  },
  s20_if_cannot_go_home: {
    action:
      'If the child cannot return home (for example after an arrest for assaulting a parent or sibling) and there is no suitable alternative, a request for accommodation under s.20 may be needed: to the MASH if the child is not known to CSC, otherwise to the allocated worker. CSC follows its s.20 procedures, including parental consent; for a 16- or 17-year-old whose parents have abrogated responsibility, CSC must follow them. A Head of Service decides; if the YOS and CSC disagree, the Deputy Director of CSC decides. A YOS AA alerts the MASH or allocated social worker as soon as this looks likely.',
    // A child already looked after (care order, s.20 or an earlier remand) is already accommodated by the local
    // authority: the s.20 request of l. 155 (a child who cannot go home) does not arise.
    appliesWhen: (ctx) => !lookedAfterBefore(ctx),
    owner: owner((t, a) => ({ role: `A Head of Service decides (the ${t.yos} AA alerts the ${t.mash} or allocated social worker)`, ...a.csc })),
    // "As soon as it transpires" (l. 155).
    due: IMMEDIATELY,
    refs: [protocol('6.1', 'l. 155'), protocol('7.2', 'l. 193'), doc('children-act-1989', 's.20', 'l. 155, 193')],
  },
  yos_notify_possible_remlaa: {
    // The court priority of l. 324 is yos_court_from_custody's where that step is on the card.
    action: (_ctx, outcomeId) =>
      `Tell the MASH (or the allocated social worker) and the Children's Placement Team so that CSC can start placement planning and assessments: on the day of notification if the YOS had notice of the court appearance; otherwise as soon as the YOS establishes that a remand to local authority accommodation is possible. The YOS also ${
        outcomeId === 'YDA_NOT_POSSIBLE_AGE_10_11' ? 'asks the court to deal with children in custody awaiting court as a priority, and ' : ''
      }warns the MASH and the Children's Placement Team of a possible remand as soon as practicable.`,
    owner: owner((t, a) => ({ role: t.yos, ...a.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 320–324')],
  },
  yos_phone_bail_assessment: {
    action:
      "As soon as the YOS knows accommodation is required, it phones the MASH and the Children's Placement Team with basic details and sends the completed AssetPlus bail assessment module.",
    owner: owner((t, a) => ({ role: t.yos, ...a.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 326')],
  },
  yos_bail_support: {
    action:
      'Where appropriate, the YOS asks the court to remand the child on bail and, where necessary, offers a bail supervision and support programme, built around the placement identified (foster carers or residential workers may help) and any care plan. The package goes to the allocated social worker or the MASH before it is put to the court, where practicable. Extra family support or help with accommodation is discussed with CSC or another agency such as Housing.',
    owner: owner((t, a) => ({ role: `${t.yos} (judgement)`, ...a.yos })),
    due: NONE,
    refs: [protocol('10.11', 'l. 458–464')],
  },
  court_decides_remand: {
    action:
      'The court decides bail or remand, subject to the CPS\'s representations; the YOS gives its assessment of the risk to the public if asked. The court is expected, subject to judicial discretion, not to impose a "reside as directed by the local authority" condition, or other conditions, without consulting the local authority or home YOS.',
    owner: owner((t, a) => ({ role: `The court (decides), advised by the ${t.yos}`, ...a.court })),
    due: NONE,
    refs: [protocol('10', 'l. 305'), protocol('10.2', 'l. 318')],
  },
  rerun_after_decision: {
    action: 'When the court decides, run this check again with the remand it made: the deadlines count from the remand.',
    owner: { role: 'Duty manager', agency: ASKER, team: 'asker' },
    due: NONE,
    refs: [protocol('10.3', 'l. 348, 350'), protocol('10.7', 'l. 404')],
  },
  yos_inform_yda_imminent: {
    action: (ctx) => `At the earliest opportunity the YOS informs ${ydaContact(ctx)} and the Children's Placement Service manager.`,
    owner: owner((t, a) => ({ role: t.yos, ...a.yos })),
    // "At the earliest opportunity" (l. 374).
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 374')],
  },
  court_decides_yda: {
    action:
      'The court consults the YOS before remanding to youth detention, and the decision is the court\'s. A remand to youth detention is possible only for a child aged 12 to 17 refused bail when the LASPO conditions are met. The protocol names two sets of conditions, one of which must be satisfied (the seriousness of the offence; a real prospect of a custodial sentence and history conditions); the law has changed since (see the next step). The bot does not say whether the conditions are met. Once the order is made, the local authority must comply.',
    owner: owner((_t, a) => ({ role: 'The court (decides)', ...a.court })),
    due: NONE,
    refs: [protocol('10.6', 'l. 368–370, 380–383'), doc('laspo-2012', '(conditions)', 'l. 380–383, 392')],
  },
  designated_la: {
    action:
      'The court must designate a local authority for a youth detention remand: the authority already looking after the child, if any; otherwise either the authority where the child habitually lives or the one where the offence was committed (the court chooses). After a youth detention remand, check the warrant of commitment: which authority did the court designate? If it is not this authority, tell that authority now; the looked-after child duties that follow are its duties.',
    owner: owner((t, a) => ({ role: `The court (decides); the ${t.yos} checks`, ...a.court })),
    due: NONE,
    refs: [protocol('10.6', 'l. 385–390')],
  },
  yda_not_possible: {
    action:
      'A child aged 10 or 11 can be remanded only to local authority accommodation, never to youth detention. If bail is refused, prepare for a remand to local authority accommodation.' +
      notTimed('the hearing being imminent'),
    owner: owner((t, a) => ({ role: `${t.yos} court duty officer; duty manager`, ...a.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 368')],
  },
  remand_10_11_check_warrant: {
    // Audit E2: the remand has been made; at 10 or 11 it can only be to local authority accommodation (l. 368).
    action:
      "You reported a remand to youth detention, but a child aged 10 or 11 can be remanded only to local authority accommodation. Check the warrant of commitment with the court's legal adviser now. Until it is corrected or confirmed, treat the child as remanded to local authority accommodation: the duties and deadlines below apply from the time of the remand." +
      notTimed('the child leaving court on a remand'),
    owner: owner((t, a) => ({ role: `${t.yos} court duty officer`, ...a.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 368'), protocol('10.2', 'l. 316, 328')],
  },
  remlaa_status: {
    action:
      'The child is looked after: every child remanded to local authority accommodation is a Looked After Child, and the local authority has the duty to accommodate under s.21 Children Act 1989. CSC is the lead agency. It identifies an allocated social worker at the point of remand and follows the Children Act 1989 guidance and regulations, Volume 2. Looked-after child reviews follow the National Standards for Youth Justice.',
    owner: (ctx) => ({ role: 'CSC, the lead agency', ...remlaaAgency(ctx) }),
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
      'CSC decides the most appropriate placement, which may be at home or with family. It respects any court direction on where the child must not live, and takes account of the YOS and police views on returning the child to the address where they lived at the time of the offence. CSC makes adequate provision for remands to its care.' + notTimed('the child leaving court'),
    owner: (ctx) => ({ role: 'CSC (decides)', ...remlaaAgency(ctx) }),
    // Spec inference: the child leaves court tonight.
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 330, 342')],
  },
  yos_info_warrant_remlaa: {
    action:
      'The YOS gives CSC all relevant information for its assessment and a copy of the warrant of commitment; CSC forwards it to the placement provider.' +
      notTimed('the child leaving court'),
    owner: owner((t, a) => ({ role: `${t.yos} (gives the information to CSC)`, ...a.yos })),
    // Checking which authority the warrant names is law_now_designation's, on the same card.
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 330')],
  },
  yos_tells_court_placement: {
    action: (ctx) =>
      'The YOS tells the court where the child will be placed.' +
      (officesClosedSinceRemand(ctx)
        ? ` If the court has risen, tell it when it next sits; the offices open at ${nextOpeningText(ctx)}.`
        : notTimed('the court still sitting')),
    owner: owner((t, a) => ({ role: `${t.yos} court duty officer`, ...a.yos })),
    // Audit E1: at night the court cannot be told before it sits again.
    due: (ctx) =>
      officesClosedSinceRemand(ctx) ? { kind: 'stated', text: `now if the court is still sitting; otherwise when it next sits (offices open ${nextOpeningText(ctx)})` } : IMMEDIATELY,
    refs: [protocol('10.2', 'l. 344')],
  },
  csc_transport_from_court: {
    action: (ctx) =>
      `CSC arranges collection from court and transport to the placement. If CSC cannot confirm transport at once, the YOS worker takes the child to ${ctx.settings.handoverOffice}, where a CSC representative takes over supervision.` +
      (officesClosedSinceRemand(ctx)
        ? ` The court has closed since the remand: check now that the child reached the placement or a CSC representative; collection from court itself is next possible when the court sits again (offices open ${nextOpeningText(ctx)}).`
        : ''),
    owner: (ctx) => ({ role: `CSC (the ${teams(ctx.settings).yos} worker if transport is not confirmed)`, ...remlaaAgency(ctx) }),
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 338')],
  },
  missing_risk_assessment: {
    action:
      "At the point of placement the allocated social worker completes the missing-from-care risk assessment and shares it with the carers or residential home; if the child is placed out of area, notify that area's Children's Services at the point of placement. If the child goes missing, carers tell the police and the CSC Out of Hours team.",
    owner: owner((t, a) => ({ role: `Allocated social worker (out of hours: ${t.outOfHours})`, ...a.csc })),
    // "At the point of placement" (l. 642).
    due: IMMEDIATELY,
    refs: [protocol('14', 'l. 642, 644, 646')],
  },
  placement_change_to_yos: {
    action: 'CSC tells the YOS of any change of placement at the earliest possible stage; the bail/remand address may need to be changed at court.',
    owner: owner((_t, a) => ({ role: 'CSC', ...a.csc })),
    due: IMMEDIATELY,
    refs: [protocol('13.3', 'l. 562'), protocol('10.13', 'l. 481')],
  },
  iro_allocation_remlaa: {
    // l. 394 is written in the youth detention section; applying it to this remand is the spec's reading.
    action: ifStatusUnknown(
      'the child was not looked after before the remand',
      'Alert the Manager of the IRO service to allocate an IRO; looked-after child reviews apply to children remanded to local authority accommodation. The protocol says this for youth detention (§10.6); for this remand it follows from the child being looked after.',
    ),
    owner: owner((t, a) => ({ role: `${t.placement} or allocated social worker`, ...a.csc })),
    due: NONE,
    refs: [protocol('3.2', 'l. 51'), protocol('10.6', 'l. 394')],
  },
  initial_placement_meeting: {
    action:
      'Hold an initial placement meeting within 3 working days of the remand, chaired by CSC, with the YOS, the CSC worker, family members and placement providers. It covers roles, responsibilities, information exchange, action on a breach of the remand, prospects and plans for a future bail application, and escorts.',
    owner: owner((t, a) => ({ role: `CSC (chairs); the ${t.yos} attends`, ...a.csc })),
    // l. 348 gives working days, no hour: the date only.
    due: { kind: 'workingDays', n: 3, from: 'remand' },
    refs: [protocol('10.3', 'l. 348')],
  },
  monthly_remand_review: {
    // The monthly frequency is in §10.4 only; applying it to youth detention is the spec's inference (N5).
    action: (_ctx, outcomeId) =>
      `Remand reviews are held monthly by the YOS, with CSC attending. The protocol does not say when the first review falls.${
        outcomeId === 'YDA_REMAND_LOOKED_AFTER'
          ? ' For a youth detention remand the IRO also keeps the Detention Plan under review; the protocol gives the monthly frequency only for a remand to local authority accommodation (§10.4), so for youth detention it follows from that section.'
          : ''
      } This is the YOS remand review, not the statutory looked-after child review, whose timescale the protocol does not give.`,
    owner: owner((t, a) => ({ role: `${t.yos} (holds); CSC attends`, ...a.yos })),
    // Audit: the first date was a spec convention the protocol does not give; the rule is stated, not dated.
    due: { kind: 'stated', text: 'monthly (the protocol does not say when the first review falls)' },
    refs: [protocol('10.4', 'l. 356'), protocol('10.9', 'l. 444')],
  },
  escorts_hearings: {
    action:
      'CSC arranges and funds escorts for this and later hearings, in consultation with the YOS: the child reaches court on time, is accompanied in the courtroom and is taken back to the placement.',
    owner: owner((_t, a) => ({ role: 'CSC', ...a.csc })),
    due: NONE,
    refs: [protocol('10.5', 'l. 360–362')],
  },
  breach_abscond: {
    action:
      'If the child fails to live where directed, CSC tells the YOS and the police when it happens (the protocol gives no time; "at once" follows from the breach): it is a breach of remand, the child can be arrested and brought before the court, and the social worker may have to give evidence. If the child absconds from the placement, CSC tells the YOS at once; the YOS tells the court at the earliest opportunity and explains any non-appearance at the hearing.',
    owner: owner((t, a) => ({ role: `CSC (tells the ${t.yos}, which tells the court)`, ...a.csc })),
    due: IMMEDIATELY,
    refs: [protocol('10.2', 'l. 340'), protocol('10.5', 'l. 364')],
  },
  remlaa_joint_funding: {
    action:
      'A remand to local authority accommodation is a joint responsibility of the YOS and CSC. Where the YOS provides bail support, extra interventions during the remand are agreed jointly. CSC funds placement, remand and transport costs; the YOS tracks remand bed nights and funds the interventions in its plan.',
    owner: owner((t) => ({ role: `${t.yos} and CSC`, agency: JOINT })),
    due: NONE,
    refs: [protocol('10.2', 'l. 332, 342'), protocol('18', 'l. 754–758')],
  },
  yda_status: {
    action:
      'The child is looked after for the duration of the remand; if not looked after before, the remand gives that status. CSC is the lead agency, and looked-after child reviews follow the National Standards for Youth Justice. Otherwise care planning is as for all other looked-after children.' +
      notTimed('the remand having been made'),
    owner: owner((_t, a) => ({ role: 'CSC', ...a.csc })),
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 368, 400'), protocol('3.1', 'l. 35'), protocol('3.2', 'l. 51')],
  },
  yos_ycs_placement: {
    action:
      'The YOS makes all arrangements for the secure placement with the Youth Custody Service (HMPPS).' + notTimed('the child leaving court'),
    owner: owner((t, a) => ({ role: `${t.yos} with the Youth Custody Service`, ...a.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 372')],
  },
  yos_inform_yda: {
    action: (ctx) => `If not already done, the YOS informs ${ydaContact(ctx)} and the Children's Placement Service manager.`,
    owner: owner((t, a) => ({ role: t.yos, ...a.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 374')],
  },
  yos_warrant_yda: {
    action: 'The YOS gives CSC a copy of the warrant of commitment as soon as it receives it.',
    owner: owner((t, a) => ({ role: t.yos, ...a.yos })),
    // "As soon as it is received" (l. 378).
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 378')],
  },
  ycs_risk_info: {
    action:
      'The YOS case manager records the risk of harm and safety and well-being information in full in the AssetPlus custody module and sends it to the Youth Custody Service immediately upon remand.',
    owner: owner((t, a) => ({ role: `${t.yos} case manager`, ...a.yos })),
    due: IMMEDIATELY,
    refs: [doc('bexley-yos-risk-policy', '3', 'l. 20597')],
  },
  lac_paperwork_24h: {
    // The pointer to health_assessment_conflict only where that step is on the card (looked after before, or not known).
    action: (ctx) =>
      `CSC makes sure all looked-after child paperwork is completed within 24 hours of the placement being confirmed, and co-ordinates an initial health assessment and a looked-after child review${
        notLookedAfterBefore(ctx) ? '' : ' (for a child looked after before, see the health assessment step)'
      }.`,
    owner: owner((_t, a) => ({ role: 'CSC', ...a.csc })),
    due: (ctx) =>
      ctx.answers.yda_placement_confirmed === 'yes'
        ? { kind: 'hours', n: 24, from: 'placement_confirmed' }
        : { kind: 'stated', text: 'within 24 hours of the placement being confirmed (not yet confirmed)' },
    refs: [protocol('10.6', 'l. 376')],
  },
  iro_allocation: {
    action:
      "The Children's Placement Team or the allocated social worker alerts the Manager of the IRO service to allocate an IRO. CSC arranges for the child to be visited and appoints an IRO to keep the Detention Plan under review; the IRO can expect a private place to speak to the child in the secure establishment unless the child refuses.",
    owner: owner((t, a) => ({ role: `${t.placement} or allocated social worker (alerts the Manager of the ${t.iro})`, ...a.csc })),
    due: NONE,
    refs: [protocol('10.6', 'l. 394'), protocol('10.9', 'l. 444–446')],
  },
  sw_duties_yda: {
    action:
      "The social worker makes sure the child is offered practical support (clothes, money, books) and that the child's wishes and feelings are ascertained and considered.",
    owner: owner((_t, a) => ({ role: 'Allocated social worker', ...a.csc })),
    due: NONE,
    refs: [protocol('10.8', 'l. 432–435')],
  },
  plans_in_tandem: {
    action:
      'The YOS and the social worker complete the initial sentence planning plan and the Detention Plan in tandem, so that they fit together and plan resettlement.',
    owner: owner((t) => ({ role: `${t.yos} and allocated social worker`, agency: JOINT })),
    due: NONE,
    refs: [protocol('10.8', 'l. 440')],
  },
  yda_funding: {
    action:
      "The designated local authority (named on the warrant) pays for the youth detention remand: the Ministry of Justice invoices the full cost. Secure transport is also the local authority's cost: the Youth Custody Service arranges the escorts and invoices it. The Children's Placement Team manager monitors the costs.",
    owner: owner((t, a) => ({ role: `${t.placement} manager`, ...a.csc })),
    due: NONE,
    refs: [protocol('10.6', 'l. 395–397'), protocol('18', 'l. 754')],
  },

  // ---- Steps the flags add (spec §5) ----

  contact_in_hours: {
    // Only the contacts for this outcome: police custody (l. 157, 185), a possible or made remand to local authority
    // accommodation (l. 320–326), youth detention sought or made (l. 374).
    action: (ctx, outcomeId) => {
      const t = teams(ctx.settings);
      const remlaa = `the ${t.mash} or allocated social worker and the ${t.placement}`;
      const yda = `${ydaContact(ctx)} and the ${t.placement} manager`;
      const contacts: Record<string, string> = {
        YDA_IMMINENT: `for youth detention, ${yda}; for a possible remand to local authority accommodation, ${remlaa}`,
        YDA_REMAND_LOOKED_AFTER: yda,
      };
      const whom = contacts[outcomeId] ?? (POLICE_OUTCOMES.includes(outcomeId) ? `the ${t.mash} (or the allocated social worker) and the ${t.placement}` : remlaa);
      return `Contact now, by role (contacts from configuration): ${whom}.${notTimed('it being office hours now')}`;
    },
    owner: { role: 'The person asking (YOS duty worker, AA or duty manager)', agency: CONTACTING, team: 'asker' },
    due: IMMEDIATELY,
    refs: [protocol('6.1', 'l. 157'), protocol('7.1', 'l. 185'), protocol('10.2', 'l. 320–326'), protocol('10.6', 'l. 374')],
  },
  contact_ooh: {
    // Sundays, weekday times before office hours and the youth detention out-of-hours route are spec inferences (N1, N16).
    action: (ctx, outcomeId) => {
      const t = teams(ctx.settings);
      // The remand hand-over (l. 334) only where a remand to LA accommodation is made or possible; the youth detention
      // route only where youth detention is sought or made.
      const remlaa = COURT_ROUTED_OUTCOMES.includes(outcomeId)
        ? ` For a remand to local authority accommodation after ${ctx.settings.remlaaOutOfHoursAfter} on a weekday, or at a Saturday or bank-holiday court, the YOS liaises with the ${t.outOfHours}, which completes CSC's responsibilities.`
        : '';
      const yda = ['YDA_IMMINENT', 'YDA_REMAND_LOOKED_AFTER'].includes(outcomeId)
        ? ` For a youth detention remand the protocol names only daytime roles: tell the ${t.outOfHours} now and the named roles when the offices open (${nextOpeningText(ctx)}); the protocol does not say this, it follows from the daytime roles being closed.`
        : '';
      return `Contact the ${t.outOfHours} now.${remlaa} For police custody and any other referral outside ${ctx.settings.officeOpens}–${ctx.settings.officeCloses}, the ${t.outOfHours} is the CSC contact. The protocol does not name Sundays or weekday times before ${ctx.settings.officeOpens}; treating them as out of hours follows from the ${t.mash} being closed.${yda}${notTimed('it being out of hours now')}`;
    },
    owner: owner((t) => ({ role: `The person asking (${t.yos} duty worker, custody officer or duty manager)`, agency: CONTACTING, team: 'asker' })),
    due: IMMEDIATELY,
    refs: [protocol('4.2.1', 'l. 79'), protocol('6.1', 'l. 146'), protocol('7.1', 'l. 185'), protocol('10.2', 'l. 334'), protocol('10.6', 'l. 374')],
  },
  contact_both: {
    action: (ctx) => {
      const t = teams(ctx.settings);
      return `Between ${ctx.settings.officeCloses} and ${ctx.settings.remlaaOutOfHoursAfter} on a working day (${ctx.settings.remlaaOutOfHoursAfter} exactly included) the protocol is unclear: referrals to the ${t.mash} stop at ${ctx.settings.officeCloses}, but the ${t.outOfHours} takes over a remand only "after 6pm". Contact both the ${t.mash} (or allocated social worker) and ${t.placement} and the ${t.outOfHours} now, and agree and record who completes CSC's duties tonight.${notTimed('the gap in the protocol')}`;
    },
    owner: owner((t, a) => ({ role: `${t.yos} duty worker`, ...a.yos })),
    due: IMMEDIATELY,
    refs: [protocol('7.1', 'l. 185'), protocol('10.2', 'l. 320–326, 334')],
  },
  weekend_rota: {
    action: (ctx) =>
      `Saturday and bank-holiday court duty is covered on a rota by the ${ctx.settings.weekendCourtRota}, so the liaison with the CSC Out of Hours team may be done by a duty worker from another YOS.`,
    owner: owner((t, a) => ({ role: `Duty ${t.yos} worker on the rota`, ...a.yos })),
    due: NONE,
    refs: [protocol('9', 'l. 273'), protocol('10.2', 'l. 336')],
  },
  aa_family: {
    // "Not yet charged" is the spec's reading of when s.47(3) bail can help (l. 170): left out once the child is charged
    // and refused bail. The social worker's advice is §6.3's, for a looked-after child (l. 176–178): left out when the
    // answers say the child is not looked after (a care order goes to AA_CSC_NOMINATES).
    action: (ctx) => {
      const advice =
        'the parent keeps parental responsibility; the allocated social worker advises whether the parent is appropriate (for example if estranged, co-accused or restricted by a court order). If not, the social worker must attend, or, if unavailable, the YOS and CSC agree who provides the AA.';
      const lookedAfter = notLookedAfterBefore(ctx)
        ? ''
        : ` ${lookedAfterBefore(ctx) ? 'The child is looked after under s.20 (or already on remand):' : 'If the child is looked after under s.20 (or already on remand),'} ${advice}`;
      const laterBail =
        stage(ctx) === 'police_custody_refused_bail'
          ? ''
          : ' If the parents can come only later (and the child is not yet charged), the police may be asked for s.47(3) bail until they can attend: usually possible for minor offences, not where the child may be a risk to the public or to themselves. The police decide.';
      return `The first choice of AA is a parent or other responsible family member (a foster carer cannot act as AA).${lookedAfter}${laterBail}`;
    },
    owner: { role: 'Parent or family member; the allocated social worker advises', agency: "Family, advised by children's social care (CSC)" },
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
    owner: owner((t) => ({ role: `Custody sergeant; ${t.yos} or CSC duty worker`, agency: "Police, with the youth offending service (YOS) or children's social care (CSC)" })),
    due: NONE,
    refs: [protocol('6.1', 'l. 148'), protocol('6.2', 'l. 168'), protocol('App 1', 'l. 810')],
  },
  aa_care_order: {
    action: (ctx) =>
      `The child is on a care order: the local authority shares parental responsibility and CSC nominates the AA; the parents are not the expected AA. The organisation providing the child's accommodation and day-to-day support, or the allocated social worker, should fill the role. If the AA request was made outside ${ctx.settings.officeOpens}–${ctx.settings.officeCloses} on a working day, the custody sergeant contacts the CSC Out of Hours team.${notTimed('the child waiting in the police station')}`,
    owner: (ctx) =>
      aaRequestInOfficeHours(ctx)
        ? { role: 'CSC (allocated social worker or team)', ...agencies(ctx.settings).csc }
        : { role: teams(ctx.settings).outOfHours, ...agencies(ctx.settings).outOfHours },
    due: IMMEDIATELY,
    refs: [
      protocol('6.1', 'l. 146, 148'),
      protocol('6.2', 'l. 168'),
      protocol('6.3', 'l. 174'),
      doc('children-act-1989', 's.31', 'l. 174'),
      // Audit E9: the protocol cites "1.17(a)(i)" (l. 144); the paragraph is 1.7(a) of Code C.
      doc('pace-code-c', '1.7(a)', 'cited as 1.17(a)(i) at l. 144'),
    ],
  },
  aa_checks: {
    action:
      'Before deciding to attend, the duty worker gets basic details from the custody sergeant (who the child is, the offence, who has already been asked to act as AA and why they were unsuitable) and checks CSC status, court orders, bail conditions, warrants, compliance and the nature of previous convictions. Self-harm or medical concerns go to the attending AA and the custody sergeant; physical or mental health concerns (including drugs or alcohol) mean asking for medical advice. Ask the custody sergeant to arrange a solicitor before attending. The AA must be present at charge, at decisions to extend detention or to bail, and for photographs, fingerprints, DNA, intimate or strip searches (same gender).',
    owner: owner((t) => ({ role: `${t.yos} or CSC duty worker; the AA`, agency: ASKER, team: 'asker' })),
    due: NONE,
    refs: [protocol('6.1', 'l. 150–151'), protocol('App 1', 'l. 829–834')],
  },
  aa_two_hours: {
    action:
      'Attend within 2 hours of the AA request whenever possible, provided legal representation is in place and any interpreter has been arranged. The AA should be told in advance of any risk, safeguarding, or speech, language and communication needs. If detention is long, the AA may be changed in consultation with the custody sergeant.',
    owner: aaOwner,
    due: { kind: 'hours', n: 2, from: 'aa_request' },
    refs: [protocol('App 1', 'l. 821, 823')],
  },
  aa_la_provider: {
    // The looked-after child's sentence (l. 148, 178) is left out when the answers say the child is not looked after.
    action: (ctx) =>
      `${aaNeeded(ctx) === 'yes_placement_worker' ? "A worker from the child's placement can act as AA for a looked-after child, unless the alleged offence took place in that children's home (then the social worker must attend); a foster carer cannot. If they cannot act, the" : 'No suitable family member can attend, so the'} local authority must supply an AA; the service runs seven days a week. The YOS provides it ${ctx.settings.officeOpens}–${ctx.settings.officeCloses} Monday to Friday, excluding bank holidays; at other times the custody sergeant contacts the CSC Out of Hours team. The card names one provider, from the time of the AA request: the YOS if it was made on a working day from ${ctx.settings.officeOpens} up to ${ctx.settings.officeCloses}, otherwise the CSC Out of Hours team. ${notLookedAfterBefore(ctx) ? '' : "For a looked-after child (s.20 or on remand), the organisation providing the child's accommodation, or the allocated social worker, should act first, and the social worker must attend where the parent is inappropriate. "}For a child with another key worker (for example Early Help), that worker should act.${notTimed('the child waiting in the police station')}`,
    owner: aaProvider,
    due: IMMEDIATELY,
    refs: [
      protocol('6.1', 'l. 146, 148'),
      protocol('6.3', 'l. 178'),
      protocol('App 1', 'l. 803–804'),
      doc('pace-1984', '(whole Act)', 'as named at l. 803'),
      doc('pace-code-c', '1.7(a)', 'cited as 1.17(a)(i) at l. 144'),
    ],
  },
  care_plan_5wd: {
    action: ifStatusUnknown(
      'the child was not looked after before the remand',
      'The child is looked after only because of the remand: prepare the Care Plan and the Placement Plan within 5 working days of the remand. The Care Plan need not include a permanence plan unless the child needs to stay looked after when the remand ends, but it must consider what longer-term support or accommodation the child will need afterwards.',
    ),
    owner: owner((_t, a) => ({ role: 'Allocated social worker', ...a.csc })),
    // l. 350 gives working days, no hour: the date only.
    due: { kind: 'workingDays', n: 5, from: 'remand' },
    refs: [protocol('10.3', 'l. 350–352')],
  },
  yda_newly_lac_care_planning: {
    action: ifStatusUnknown(
      'the child was not looked after before the remand',
      'The child was not looked after before: the remand gives looked-after status for its duration only. Care planning is otherwise as for other looked-after children, under the Care Planning Regulations as amended in 2013 and the April 2014 supplement. The protocol gives no separate placement plan timescale for this case.',
    ),
    owner: owner((_t, a) => ({ role: 'Allocated social worker', ...a.csc })),
    due: NONE,
    refs: [
      protocol('10.6', 'l. 368, 398–400'),
      doc('care-planning-regulations-2010', '(as amended 2013)', 'l. 398'),
      doc('ca1989-vol2-youth-justice-supplement-2014', '(whole supplement)', 'l. 398'),
    ],
  },
  lac_court_support: {
    // Audit E4: after a youth detention remand the Youth Custody Service arranges the secure escorts (l. 397). After a
    // remand to LA accommodation the escorts are escorts_hearings', on the same card (l. 360).
    action: (ctx, outcomeId) => {
      const afterRemand: Record<string, string> = {
        YDA_REMAND_LOOKED_AFTER:
          ' While the child is remanded to youth detention, the Youth Custody Service arranges the secure escorts to and from court and invoices the local authority.',
        REMLAA_LOOKED_AFTER: '',
      };
      const duty =
        outcomeId in afterRemand
          ? "the social worker's attendance at hearings and makes sure"
          : "the social worker's attendance and for escorts at planned hearings when parents are absent, and makes sure";
      return ifStatusUnknown(
        'the child was looked after before',
        `For a looked-after child, CSC is responsible for ${duty} an appropriate adult attends court to support the child.${afterRemand[outcomeId] ?? ''} The social worker speaks for the corporate parent on the child's well-being and plans.`,
      )(ctx);
    },
    owner: owner((_t, a) => ({ role: 'Allocated social worker', ...a.csc })),
    due: NONE,
    refs: [protocol('9.3', 'l. 298–300'), protocol('10.6', 'l. 397')],
  },
  tell_looking_after_la: {
    // The protocol does not say which authority acts for a REMLAA of another authority's child (spec N11); the law
    // does (LASPO s.92, audit L4). The timing is inferred. Where designated_la or law_now_designation is on the card,
    // the designation is theirs to explain.
    action: (ctx, outcomeId) =>
      ifStatusUnknown(
        'the child was looked after before',
        `If another local authority looks after the child, tell it now.${
          DESIGNATION_ON_CARD.includes(outcomeId)
            ? ''
            : ' For a remand, the court must designate the authority that already looks after the child (for youth detention, §10.6; for local authority accommodation the protocol does not say, the law does: LASPO s.92).'
        } Looked-after children placed outside their home borough remain the home borough's responsibility.${notTimed('the remand being made or imminent')}`,
      )(ctx),
    owner: owner((t, a) => ({ role: `${t.yos} duty worker or duty manager`, ...a.yos })),
    due: IMMEDIATELY,
    refs: [protocol('10.6', 'l. 385'), protocol('13.3', 'l. 556'), law('laspo-2012', 's.92')],
  },
  placement_plan_10wd: {
    // For a REMLAA the 10-day timescale (l. 404, written for youth detention) is the spec's outer limit (N3, J13).
    action: ifStatusUnknown(
      'the child was looked after immediately before the remand',
      'Prepare a placement plan within 10 working days of the remand, usually based on the assessment behind the current Care or Pathway Plan. This cannot be delegated to the YOS; the YOS seeks a joint meeting with the allocated social worker so that the placement plan and the YOS initial sentence plan are both completed. The plan sets out how the YDA will meet the child\'s needs, gives its address, is agreed and signed by its Governor, Director or Registered Manager, and covers the items in §10.8.',
    ),
    owner: owner((t, a) => ({ role: `Allocated social worker (the ${t.yos} joins)`, ...a.csc })),
    // l. 404 gives working days, no hour: the date only. Youth detention only (the audit: l. 404 is not a REMLAA rule).
    due: { kind: 'workingDays', n: 10, from: 'remand' },
    refs: [protocol('10.7', 'l. 404'), protocol('10.8', 'l. 410–430')],
  },
  iro_told_of_remand: {
    // l. 436 is in the youth detention part; for a REMLAA it is marked as following from the child being looked after.
    action: (ctx, outcomeId) =>
      ifStatusUnknown(
        'the child was looked after before',
        'The social worker makes sure the Independent Reviewing Officer is told of the remand.' +
          (outcomeId === 'REMLAA_LOOKED_AFTER'
            ? ' The protocol says this for youth detention (§10.8); for this remand it follows from the child staying looked after.'
            : ''),
      )(ctx),
    owner: owner((_t, a) => ({ role: 'Allocated social worker', ...a.csc })),
    due: NONE,
    refs: [protocol('10.8', 'l. 436')],
  },
  care_plan_to_governor: {
    action: ifStatusUnknown('the child was looked after before', "Give a copy of the Care or Pathway Plan to the YDA's Governor, Director or Registered Manager."),
    owner: owner((_t, a) => ({ role: 'Allocated social worker', ...a.csc })),
    due: NONE,
    refs: [protocol('10.7', 'l. 406')],
  },
  health_assessment_conflict: {
    // Source conflict (spec N4): l. 376 and l. 408 disagree; CSC decides (J12).
    action: ifStatusUnknown(
      'the child was looked after before',
      'Health assessment: §10.6 says CSC co-ordinates an initial health assessment, but §10.7 says the health assessment provisions do not apply where the child was looked after immediately before the remand. CSC decides which applies.',
    ),
    owner: owner((_t, a) => ({ role: 'CSC', ...a.csc })),
    due: NONE,
    refs: [protocol('10.6', 'l. 376'), protocol('10.7', 'l. 408'), doc('bexley-health-lac-procedure', '(whole document)', 'l. 408')],
  },
  check_legal_status: {
    action:
      'Check the child\'s legal status now: care order, s.20, already on remand, open case or not known to CSC. Until it is confirmed, the steps and deadlines for both cases are shown, each marked "if".' +
      notTimed('the deadlines depending on it'),
    owner: owner((t) => ({ role: `${t.yos}, ${t.mash} or allocated social worker (out of hours, the ${t.outOfHours})`, agency: ASKER, team: 'asker' })),
    due: IMMEDIATELY,
    refs: [protocol('6.3', 'l. 174')],
  },
  bail_placement_17: {
    action:
      'For a 17-year-old who may be remanded on bail, the local authority may decide to fund a placement while on bail. If it does, the search for a placement is discussed with the MASH, the relevant social care team, the young person and their parent or carer. This is the local authority\'s discretion.',
    owner: owner((t, a) => ({ role: `CSC decides; the ${t.yos} raises it`, ...a.csc })),
    due: NONE,
    refs: [protocol('10.12', 'l. 470')],
  },
  tag_address_checks: {
    action:
      'The YOS court duty officer checks the police and CSC databases on whether the proposed bail or remand address is suitable; if that is not possible, contact the MASH.',
    owner: owner((t, a) => ({ role: `${t.yos} court duty officer`, ...a.yos })),
    due: NONE,
    refs: [protocol('10.13', 'l. 474')],
  },
  tag_consent_24h: {
    // The protocol gives no start point for the 24 hours (l. 477): counted from the time given (spec N10, N17).
    appliesWhen: mayBeAccommodatedByLa,
    action: (ctx) =>
      `${accommodatedByLa(ctx) ? 'The child lives in local authority accommodation: consent' : 'If the child lives in local authority accommodation: consent'} to a tag at the proposed address is needed, where appropriate, from the parent or carer, the residential unit, the Children's Placement Service and the social worker. The Children's Placement Team and the social worker confirm their consent to the YOS in writing within 24 hours, on the electronic monitoring consent form. The start point is not stated: it is counted from the remand or request time given.`,
    owner: owner((t, a) => ({ role: `${t.placement} and allocated social worker`, ...a.csc })),
    due: (ctx) => ({ kind: 'hours', n: 24, from: isRemanded(ctx) ? 'remand' : 'request' }),
    refs: [protocol('10.13', 'l. 475–477'), doc('bexley-em-consent-form', '(whole form)', 'l. 477')],
  },
  tag_dispute: {
    // The consent of l. 475–477 is for a child already accommodated by the local authority, as tag_consent_24h.
    appliesWhen: mayBeAccommodatedByLa,
    action: 'If consent is not agreed, refer it to the YOS and CSC Heads of Service for a decision.',
    owner: owner((t) => ({ role: `${t.yos} and CSC Heads of Service`, agency: JOINT })),
    due: NONE,
    refs: [protocol('10.13', 'l. 477')],
  },
  tag_contract_details: {
    action: 'The YOS forwards the electronic monitoring contract details to the social worker and the placement.',
    owner: owner((t, a) => ({ role: t.yos, ...a.yos })),
    due: NONE,
    refs: [protocol('10.13', 'l. 479')],
  },
  tag_emergency_move: {
    action:
      'If CSC or the Out of Hours team has to move the child in an emergency, the named social worker sends the new placement details to the YOS as soon as possible and within 24 hours of the move. The YOS tells the monitoring provider and the police. The bail address must be changed at court, and the social worker makes sure the child attends.',
    owner: owner((t) => ({ role: `Named social worker; the ${t.yos}`, agency: JOINT })),
    // The bot does not know when a move happens, so the 24 hours are stated, not dated.
    due: { kind: 'stated', text: 'within 24 hours of the placement change' },
    refs: [protocol('10.13', 'l. 481')],
  },
  // ---- The law now, where the 2019 protocol is out of date or silent (issue 13, audit L1–L7) ----

  law_now_pace_certificate: {
    // Audit L1: the protocol says only that CSC considers s.25 on a secure request (l. 157).
    action: (ctx) =>
      `The law now (Police and Criminal Evidence Act 1984 s.38(6)): the custody officer must move the child to local authority accommodation unless they certify that this is impracticable, or, for a child aged 12 or over only, that no secure accommodation is available and other local authority accommodation would not protect the public from serious harm from the child.${
        [10, 11].includes(ctx.answers.child_age as number) ? ' This child is under 12: the lack of a secure bed is never a reason to keep them at the police station.' : ''
      } A child under 13 can be placed in secure accommodation only with the Secretary of State's approval (Children (Secure Accommodation) Regulations 1991 reg 4). The protocol says only that CSC considers the s.25 criteria when the police ask for secure accommodation.`,
    owner: owner((_t, a) => ({ role: 'Custody officer', ...a.police })),
    due: NONE,
    refs: [law('pace-1984', 's.38(6)'), law('secure-accommodation-regulations-1991', 'reg 4'), protocol('6.1', 'l. 157')],
    lawNow: true,
  },
  law_now_pace_looked_after: {
    // Audit L3: the protocol does not say what the child's status is during the transfer (spec N7).
    action:
      'The law now (Children Act 1989 s.21(2)(b)): the local authority must receive a child the police ask it to take from the police station, and provide accommodation. While accommodated the child is looked after by the local authority (Children Act 1989 s.22(1)), with the duties that brings. The protocol does not say what the child\'s status is during the transfer.',
    owner: (ctx, outcomeId) => cscNow(ctx, outcomeId, teams(ctx.settings).placement),
    due: NONE,
    refs: [law('children-act-1989', 's.21(2)(b)'), law('children-act-1989', 's.22(1)'), protocol('6.1', 'l. 157')],
    lawNow: true,
  },
  law_now_yda_looked_after: {
    // Audit L2: the protocol says "under s20" (l. 368).
    action:
      'The law now (LASPO s.104): a child remanded to youth detention is looked after by the designated local authority for the whole remand. This is not accommodation under s.20 Children Act 1989: no parental consent is needed, and the parents cannot remove the child. The protocol says the status is under s.20; it is out of date.',
    owner: owner((_t, a) => ({ role: 'The designated local authority (named on the warrant)', ...a.csc })),
    due: NONE,
    refs: [law('laspo-2012', 's.104'), protocol('10.6', 'l. 368')],
    lawNow: true,
  },
  law_now_designation: {
    // Audit L4: the protocol covers designation only for youth detention (l. 385–390; spec N11).
    action:
      'The law now (LASPO s.92): a court that remands a child to local authority accommodation designates the authority that must receive the child: the authority already looking after the child, otherwise the authority where the child usually lives or where an offence was committed. Check the warrant of commitment: if another authority is named, the duties below are its duties; tell it now. The protocol does not say which authority acts for this remand.',
    owner: owner((t, a) => ({ role: `The court (decides); the ${t.yos} checks the warrant`, ...a.court })),
    due: NONE,
    refs: [law('laspo-2012', 's.92'), protocol('10.2', 'l. 330')],
    lawNow: true,
  },
  law_now_yda_conditions: {
    // Audit L5: the protocol's "real prospect" wording (l. 383) was replaced in 2022.
    action:
      'The law now (LASPO ss.91(4A), 98 and 99, as amended by the Police, Crime, Sentencing and Courts Act 2022 s.157): before remanding a child to youth detention the court must consider the child\'s interests and welfare; it must find that a custodial sentence is very likely (the protocol says "a real prospect", the older test), and that the risk the child poses to the public cannot be managed safely in the community. The YOS should put any community package to the court with this in mind. The court decides; the bot does not say whether the conditions are met.',
    owner: owner((_t, a) => ({ role: 'The court (decides)', ...a.court })),
    due: NONE,
    refs: [law('laspo-2012', 's.91(4A)'), law('laspo-2012', 's.98'), law('laspo-2012', 's.99'), law('pcsc-act-2022', 's.157'), protocol('10.6', 'l. 380–383')],
    lawNow: true,
  },
  law_now_girls_in_custody: {
    // Audit L7: not in the protocol (App 1 l. 834 speaks only of searches by an AA of the same gender).
    action:
      'The law now (Children and Young Persons Act 1933 s.31): while the child is detained at a police station, taken to or from court, or waiting at court, they must be kept apart from adults charged with offences (other than relatives and co-defendants), and a girl must be in the care of a woman. The protocol does not mention this.',
    owner: (ctx, outcomeId) => {
      const a = agencies(ctx.settings);
      if (outcomeId === 'YDA_REMAND_LOOKED_AFTER') return { role: 'Secure escort service', ...a.youthCustody };
      if (outcomeId === 'REMLAA_LOOKED_AFTER') return { role: 'Whoever escorts the child (CSC arranges escorts)', ...a.csc };
      return { role: 'Custody officer', ...a.police };
    },
    due: NONE,
    refs: [law('cypa-1933', 's.31'), protocol('App 1', 'l. 834')],
    lawNow: true,
  },
  placement_plan_remlaa: {
    // Audit L6 and "dated 10-WD plan for REMLAA": l. 404 is a youth detention rule; the law sets 5 working days.
    action: ifStatusUnknown(
      'the child was looked after immediately before the remand',
      'Prepare a placement plan for the remand placement. The law now (Care Planning, Placement and Case Review (England) Regulations 2010 reg 9): before the child is placed, or if that is not practicable within 5 working days of the placement starting (the date shown counts from the remand). The protocol gives no timescale for a child already looked after who is remanded to local authority accommodation.',
    ),
    owner: owner((_t, a) => ({ role: 'Allocated social worker', ...a.csc })),
    due: { kind: 'workingDays', n: 5, from: 'remand' },
    refs: [law('care-planning-regulations-2010', 'reg 9'), protocol('10.7', 'l. 404')],
    lawNow: true,
  },

  // ---- Duties of the protocol the spec left out (audit: missing seed duties; E5) ----

  yda_placement_plan: {
    // Audit E5: §10.8 (l. 410–431) applies to every youth detention placement plan; no timescale for this case (l. 400).
    action: ifStatusUnknown(
      'the child was not looked after before the remand',
      "Prepare the placement plan for the youth detention placement. It sets out how the YDA will meet the child's needs, gives its address, and is agreed and signed by its Governor, Director or Registered Manager. It covers day-to-day care and safeguarding (noting any risk of self-harm or emotional or mental health problems), how the child will be kept safe (including the YDA's bullying policy), contact with parents and others, health and dental care, education and training, independent living skills, social worker visits, any Independent Visitor, the child's history, religion, culture, language and background (including immigration status), and the contact details of the IRO, social worker, any Independent Visitor and any personal adviser. The protocol gives no timescale for a child not looked after before the remand.",
    ),
    owner: owner((_t, a) => ({ role: 'Allocated social worker', ...a.csc })),
    due: NONE,
    refs: [protocol('10.8', 'l. 410–431'), protocol('10.6', 'l. 400')],
  },
  court_outcome_to_sw: {
    // §4.2.2 (l. 109).
    action:
      'The YOS tells the allocated social worker the outcome of each hearing and the next hearing date: on the day it hears, wherever possible, for the local court, and as soon as it is told for courts elsewhere.',
    owner: owner((t, a) => ({ role: t.yos, ...a.yos })),
    due: { kind: 'stated', text: 'the same day the YOS hears the outcome, wherever possible' },
    refs: [protocol('4.2.2', 'l. 109')],
  },
  s47_in_secure_estate: {
    // §12 (l. 522).
    action:
      "If there is reasonable cause to suspect that the child is suffering, or likely to suffer, significant harm while in youth detention, the children's social care of the area where the establishment is makes the s.47 enquiries (not the home area). Whoever receives the information (the YOS or this local authority) tells that area.",
    owner: { role: "Children's social care where the establishment is", agency: "The host area's children's social care (CSC)" },
    due: NONE,
    refs: [protocol('12', 'l. 522'), doc('children-act-1989', 's.47', 'l. 522')],
  },
  sexual_offence_notification: {
    // §4.3 (l. 115, 117). Still in police custody and not charged-and-refused-bail: the child may yet be charged
    // and bailed (l. 115, every child) or released on bail or under investigation (l. 117, a looked-after child).
    action: (ctx, outcomeId) => {
      if (outcomeId !== 'POLICE_CUSTODY_NO_TRANSFER_YET') return CHARGED_PARTICULARS;
      if (notLookedAfterBefore(ctx)) return `If the child is charged and bailed, and ${PARTICULARS_DUTY}`;
      return `${lookedAfterBefore(ctx) ? 'The child is looked after. If they are' : 'If the child is looked after and is'} released on police bail or under investigation for an offence that would bring a notification requirement under the Sexual Offences Act 2003 on conviction, the YOS and CSC tell each other straight away: it may affect the placement. They consider together whether a serious incident notification is needed. If the child is charged with such an offence, the YOS also sends the child's particulars and full details of the offence to CSC within 2 working days of being notified.`;
    },
    owner: owner((t, a) => ({ role: t.yos, ...a.yos })),
    due: (ctx, outcomeId) =>
      outcomeId === 'POLICE_CUSTODY_NO_TRANSFER_YET' && !notLookedAfterBefore(ctx) ? IMMEDIATELY : { kind: 'stated', text: 'within 2 working days of the YOS being notified' },
    refs: [protocol('4.3', 'l. 115, 117')],
  },
  serious_incident_notification: {
    // §17 (l. 718, 728–738).
    action:
      "If the child is known to the YOS (on a statutory order or a YOS prevention programme) and is charged with, or is the victim of, murder, manslaughter or rape, complete a serious incident notification and send it to the Director of Children's Services within 24 hours. Where the child is known to both the YOS and CSC, their managers agree which service leads and share it. The incident is reviewed within 10 working days.",
    owner: { role: 'YOS or CSC manager (they agree who leads)', agency: JOINT },
    due: { kind: 'stated', text: 'within 24 hours, where required' },
    refs: [protocol('17', 'l. 718, 728–738')],
  },
  modern_slavery_referral: {
    // §16 (l. 699, 703, 705).
    action:
      'If the child may be a victim of modern slavery (for example made to carry or sell drugs under threat to them or their family), the YOS makes an immediate referral to CSC through the MASH. CSC and the YOS then agree who refers the child to the National Referral Mechanism.',
    owner: owner((t, a) => ({ role: t.yos, ...a.yos })),
    due: IMMEDIATELY,
    refs: [protocol('16', 'l. 699, 703, 705')],
  },
  aa_role: {
    // App 1 (l. 825–827).
    action:
      'At the police station the AA introduces themselves at the custody desk and reads the custody record, sees the child alone to explain their role and check welfare needs, and tells the child how to get legal advice (the AA can insist on it even if the child refuses). The AA must not discuss the details of the offence with the child, and is not present when the solicitor sees the child: otherwise the AA could be called as a witness.',
    owner: aaOwner,
    due: NONE,
    refs: [protocol('App 1', 'l. 825–827')],
  },
};
