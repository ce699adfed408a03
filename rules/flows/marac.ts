/**
 * Flow `marac`: Does this go to MARAC? (shared/specs/marac.md). Seed lines ("l. N") refer to
 * shared/seeds/003_969c98eab9c792cf.txt. The SafeLives DASH checklist is referred to by name and entered as
 * a count of "yes" answers; its questions are never reproduced (© SafeLives).
 */
import type { Answers, FlowContext, FlowDefinition, Option, Owner, Ref, StepDef } from '../model';
import { z } from 'zod';

/** One IDVA service area printed on the referral form (l. 7738–7744). The MARAC coordinator and IDVA
 * addresses are local configuration (Notes M2): unset by default, never hard-coded. */
export interface MaracArea {
  value: string;
  label: string;
  maracCoordinator?: string;
  idvaService?: string;
}

export interface MaracSettings {
  /** The area list of the referral form this deployment uses. */
  areas: MaracArea[];
  /** The referral form named in the steps. */
  referralForm: string;
  /** The area this form's routing covers, as said in `outside_area`. */
  coverage: string;
  /** Specialist domestic abuse services where the victim lives (local configuration). */
  daSupportServices: string;
  /** Children's services to refer to, by area. */
  childrensServices: string;
}

const OUTSIDE_AREA = 'outside_kent_medway';

const defaultSettings: MaracSettings = {
  areas: [
    { value: 'thanet_dover', label: 'Thanet and Dover' },
    {
      value: 'dartford_gravesend_maidstone_swale_ashford_canterbury_shepway',
      label: 'Dartford, Gravesend, Maidstone, Swale, Ashford, Canterbury, Shepway',
    },
    { value: 'medway', label: 'Medway' },
    { value: 'sevenoaks_tonbridge_malling_tunbridge_wells', label: 'Sevenoaks, Tonbridge and Malling, Tunbridge Wells' },
  ],
  referralForm: 'the Kent and Medway MARAC referral form (non-police agencies)',
  coverage: 'Kent and Medway',
  daSupportServices: 'in Kent, KIDAS (refuge, IDVA, outreach); in Medway and elsewhere, the local service',
  childrensServices: "Kent: Integrated Children's Services; Medway: Medway Children's Services",
};

// ---- references ----
const text = z.string().min(1).max(500);
/** Area labels and contacts may change; area values must stay those of the form, which the question offers. */
const settingsSchema = z
  .object({
    areas: z
      .array(
        z
          .object({
            value: z.enum(defaultSettings.areas.map((a) => a.value) as [string, ...string[]]),
            label: text,
            maracCoordinator: text.optional(),
            idvaService: text.optional(),
          })
          .strict(),
      )
      .min(1),
    referralForm: text,
    coverage: text,
    daSupportServices: text,
    childrensServices: text,
  })
  .partial()
  .strict();

const kcc = (section: string, lines: string): Ref => ({ doc: 'kcc-asc-safeguarding-pg', section, lines });
const form = (section: string, lines: string): Ref => ({ doc: 'kmsab-marac-referral', section, lines });
const dash = (section: string, lines: string): Ref => ({ doc: 'safelives-dash', section, lines });
const mappa = (section: string, lines: string): Ref => ({ doc: 'mappa-guidance', section, lines });
const daAct = (section: string, lines: string): Ref => ({ doc: 'domestic-abuse-act-2021', section, lines });
const nice = (section: string, lines: string): Ref => ({ doc: 'nice-ng189', section, lines });
const daProtocol: Ref = { doc: 'kmsab-da-protocol', section: '(whole document)' };

// ---- predicates over the answers on the path ----
type Ctx = FlowContext<MaracSettings>;
const count = (a: Answers): number | undefined => (typeof a.dash_yes_count === 'number' ? a.dash_yes_count : undefined);
const factors = (a: Answers): string[] => (Array.isArray(a.other_factors) ? a.other_factors : []);
const has = (a: Answers, factor: string): boolean => factors(a).includes(factor);
const visibleHighRisk = (a: Answers): boolean => (count(a) ?? -1) >= 14;
const belowFourteen = (a: Answers): boolean => count(a) !== undefined && (count(a) as number) < 14;
const isReferral = (outcomeId: string): boolean => outcomeId.startsWith('MARAC_REFERRAL_');
/** A 16- or 17-year-old victim is a child: S.42 is for adults, so the S.42 suggestion is left out (l. 1202, 1208). */
const childVictim = (a: Answers): boolean => has(a, 'victim_under_18');
const s42Suggestion = (a: Answers): string[] => (childVictim(a) ? [] : ['consider_s42']);
const areaOf = (ctx: Ctx): MaracArea | undefined => ctx.settings.areas.find((x) => x.value === ctx.answers.victim_area);

const areaOptions: Option[] = [
  ...defaultSettings.areas.map(({ value, label }) => ({ value, label })),
  { value: OUTSIDE_AREA, label: 'Somewhere else' },
];

const yesNo: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const noDeadline = { kind: 'none' } as const;
/** The referring practitioner is whoever asks, whatever their service: their steps are marked for the asker. */
const referrer: Owner = { role: 'Referring practitioner', agency: 'Referring agency', team: 'asker' };

const sendToBoth = (ctx: Ctx): string => {
  const area = areaOf(ctx);
  const where = area ? ` (${area.label})` : '';
  const contacts = [
    area?.maracCoordinator ? `MARAC coordinator: ${area.maracCoordinator}` : undefined,
    area?.idvaService ? `IDVA service: ${area.idvaService}` : undefined,
  ].filter((c): c is string => c !== undefined);
  return (
    `E-mail the referral to BOTH the MARAC coordinator for the area where the victim lives${where} AND the IDVA service for that area. ` +
    'If it does not go to both addresses, the case will not be heard.' +
    (contacts.length > 0 ? ` ${contacts.join('; ')}.` : ' The addresses are set by your deployment.')
  );
};

const steps: Record<string, StepDef<MaracSettings>> = {
  call_999: {
    action: 'Call 999 now. Where you can, stay with the person at risk until help arrives.',
    owner: { role: 'Whoever is with the person', agency: 'any agency or the public', team: 'asker' },
    due: { kind: 'immediately' },
    refs: [kcc('9.7', 'l. 1226'), nice('1.6.2', 'l. 12068–12071')],
  },
  children_safeguarding: {
    action: (ctx) =>
      'One person is under 16. This is a child-safeguarding matter, not MARAC. ' +
      `Refer to children's services now (${ctx.settings.childrensServices}) and report any crime to the police.`,
    owner: referrer,
    due: noDeadline,
    refs: [kcc('9.4', 'l. 1202'), kcc('4.1.3', 'l. 414'), mappa('27.27', 'l. 6747')],
  },
  not_da_route: {
    action:
      'MARAC is for high-risk domestic abuse, which needs both people to be 16 or over and personally connected. ' +
      'Use other safeguarding routes: if an adult may have care and support needs, run "Does this meet S.42?". ' +
      'Report any suspected crime to the police.',
    owner: referrer,
    due: noDeadline,
    refs: [kcc('9.5', 'l. 1208'), kcc('6.2', 'l. 777'), mappa('27.2', 'l. 6603')],
  },
  complete_dash: {
    action:
      'A practitioner who has done the Domestic Abuse Training completes the SafeLives DASH checklist with the victim ' +
      'where it is safe to do so, noting any other source, explaining it is for their safety and protection. ' +
      'Then come back to "Does this go to MARAC?" with the count.',
    owner: { role: 'DASH-trained practitioner', agency: 'Referring agency', team: 'asker' },
    due: noDeadline,
    refs: [kcc('9.4', 'l. 1202'), dash('Instructions', 'l. 8673, 8678'), form('Completeness note', 'l. 7746')],
  },
  complete_marac_form: {
    action: (ctx) =>
      `Complete ${ctx.settings.referralForm} in full. Tick the reason for referral and enter the number of DASH ticks ` +
      '(section 6). Say why the case is high risk now (section 7). Record whether it is a repeat referral, and any ' +
      'referral to MARAC in another area (section 1). Do not tell the person causing harm about the referral. Give ' +
      'safe contact times and numbers for the victim, and any risks in agencies contacting them. Include pregnancy, ' +
      "access to weapons or firearms licence, children's details (section 5), and whether a LADO referral is needed.",
    owner: referrer,
    due: noDeadline,
    refs: [
      form('Completeness note', 'l. 7746'),
      form('1', 'l. 7788–7806'),
      form('2', 'l. 7849, 7886, 7902'),
      form('4', 'l. 8009'),
      form('5', 'l. 8019'),
      form('6', 'l. 8126–8141'),
      form('7', 'l. 8161, 8193'),
      form('Actions taken', 'l. 8376'),
      form('7', 'l. 8437'),
      mappa('27.31', 'l. 6755'),
    ],
  },
  attach_dash: {
    action: 'Attach the completed DASH. A form that is incomplete or has no completed DASH is returned and not processed.',
    owner: referrer,
    due: noDeadline,
    refs: [form('Completeness note', 'l. 7746'), form('6', 'l. 8143')],
  },
  send_to_both: {
    action: sendToBoth,
    owner: referrer,
    due: noDeadline,
    refs: [form('Routing note', 'l. 7726'), form('Routing', 'l. 7732–7744'), kcc('4.1.4', 'l. 500')],
  },
  outside_area: {
    action: (ctx) =>
      `This form's routing covers ${ctx.settings.coverage} only. Use the MARAC referral form and routing of the area ` +
      'where the victim lives, with a completed DASH.',
    owner: referrer,
    due: noDeadline,
    refs: [form('Routing note', 'l. 7726'), kcc('4.1.4', 'l. 500')],
  },
  offences_recorded: {
    action:
      'Tell the victim that any offences disclosed in the referral will be recorded by police as crimes. ' +
      'Record whether they wish to report offences to the police.',
    owner: referrer,
    due: noDeadline,
    refs: [form('7', 'l. 8153'), form('Report offences', 'l. 8427')],
  },
  // Without the "not aware or not agreed" tick, the answers say the victim knows and agrees (l. 7914, 7921).
  record_awareness_and_basis: {
    action: ({ answers }) =>
      (has(answers, 'victim_not_agreed')
        ? 'Record whether the victim knows about the referral (and if not, why not) and whether they agree to their ' +
          'information being shared.'
        : 'Record on the form that the victim knows about the referral and agrees to their information being shared.') +
      ' Complete section 8, the legal basis for sharing.',
    owner: referrer,
    due: noDeadline,
    refs: [form('2', 'l. 7914–7923'), form('8', 'l. 8466–8657')],
  },
  idva_represents: {
    action: 'The victim does not attend MARAC; an IDVA represents them. Make or confirm an IDVA referral.',
    // The IDVA's part is to represent the victim; the step to do is the referrer's (make or confirm the referral).
    owner: { role: 'Referring practitioner; IDVA service', agency: 'Referring agency; IDVA service', team: 'asker' },
    due: noDeadline,
    refs: [kcc('9.5', 'l. 1208'), form('Actions taken', 'l. 8344')],
  },
  // The duty to report is for an adult at risk (l. 770); a 16- or 17-year-old victim is a child, so only the rest
  // of the step is shown for them.
  report_crime: {
    action: ({ answers }) =>
      (childVictim(answers)
        ? 'Record whether the victim wishes to report the suspected crime. '
        : 'Adult at risk (care and support needs) and your agency is signed up to the Kent and Medway Safeguarding ' +
          'Adults policy: report the suspected crime to Kent Police (VIT, §9.7), saying whether the person consents ' +
          'and what they want; their views shape further action. Other victims: record whether they wish to report. ') +
      'You have a power (not a duty) to share with the police under s.115 Crime and Disorder Act 1998. On the MARAC ' +
      'form, record any risks in police contacting the victim and whether you want to be called first.',
    owner: { role: 'Referring practitioner (DSO in adult social care)', agency: 'Referring agency', team: 'asker' },
    due: noDeadline,
    refs: [
      kcc('6.2', 'l. 769, 770, 777'),
      kcc('9.7', 'l. 1226'),
      form('Report offences', 'l. 8427'),
      form('7', 'l. 8437, 8451'),
    ],
  },
  da_support: {
    action: (ctx) =>
      'Follow the KMSAB multi-agency domestic abuse protocol. Offer specialist domestic abuse support where the ' +
      `victim lives: ${ctx.settings.daSupportServices}.`,
    owner: { role: 'Referring practitioner; DSO in adult social care', agency: 'Referring agency', team: 'asker' },
    due: noDeadline,
    refs: [kcc('6.5', 'l. 834–840'), kcc('4.1.4', 'l. 500'), form('Routing', 'l. 7742'), daProtocol],
  },
  check_repeat: {
    action: ({ answers }) =>
      (answers.heard_at_marac_before === 'yes'
        ? 'The victim has been heard at MARAC before'
        : 'You do not know whether the victim has been heard at MARAC before') +
      ': check with the MARAC coordinator whether this is a repeat referral before deciding not to refer.',
    owner: referrer,
    due: noDeadline,
    // Notes M12: the source sets no repeat criterion, so the bot only prompts the check.
    refs: [form('1', 'l. 7788–7806')],
  },
  consider_s42: {
    action: 'If the victim may have care and support needs, also run "Does this meet S.42?".',
    owner: referrer,
    due: noDeadline,
    refs: [kcc('6.5', 'l. 834'), kcc('1.1.1', 'l. 22–26')],
  },
  // The MARAC form's "Child Protection referral" box (l. 8349) is named only where the outcome is a referral.
  children_referral: {
    action: (ctx, outcomeId) =>
      "Make a referral so that the children's safety and welfare are fully assessed " +
      `(${ctx.settings.childrensServices}). Record on the DASH that the referral was made and its date.` +
      (isReferral(outcomeId) ? ' On the MARAC referral form, tick "Child Protection referral".' : ''),
    owner: referrer,
    due: noDeadline,
    refs: [dash('Children', 'l. 9237–9247'), kcc('9.4', 'l. 1202'), kcc('4.1.3', 'l. 414'), form('Actions taken', 'l. 8349')],
  },
  consent_and_basis: {
    action: ({ answers }) =>
      'Record why you are sharing without consent and the risk assessment that supports it. If the victim may lack ' +
      'capacity to agree to sharing, assess capacity and decide in their best interests (MCA 2005).' +
      (childVictim(answers) ? '' : ' During an S.42 enquiry, sharing rests on the public task.'),
    owner: { role: 'Referring practitioner and their agency', agency: 'Referring agency', team: 'asker' },
    due: noDeadline,
    refs: [
      mappa('27.27', 'l. 6747'),
      form('2', 'l. 7914–7923'),
      form('8', 'l. 8466–8498'),
      kcc('4.1.3', 'l. 416'),
      kcc('6.1', 'l. 763'),
      kcc('9.6', 'l. 1218'),
    ],
  },
  mappa_precedence: {
    action:
      'Work with the MAPPA meeting and the MARAC: (1) MAPPA level 2 or 3 meetings take precedence over MARAC; ' +
      '(2) if the victim is referred to MARAC, the IDVA and others with relevant information about the victim must be ' +
      'invited to the MAPPA meeting; (3) a MARAC may not be needed where victim safety planning is agreed at the MAPPA ' +
      'meeting, which the MARAC and MAPPA meeting Chairs agree between them; (4) adult social care attends MAPPA ' +
      'meetings when involved with an adult at risk.',
    // The MAPPA and MARAC meetings: no user of the bot acts for them, so no service is named.
    owner: { role: 'MAPPA meeting Chair; MARAC; adult social care lead social worker', agency: 'MAPPA and MARAC' },
    due: noDeadline,
    refs: [
      mappa('22.22', 'l. 5991'),
      mappa('22.23', 'l. 5993'),
      mappa('27.30', 'l. 6753'),
      mappa('3.8', 'l. 2679'),
      mappa('13a.22', 'l. 4532'),
    ],
  },
  mappa_minutes_summary: {
    action:
      'State in the referral that the person was managed at MAPPA level 2 or 3 before, so the MARAC coordinator can ' +
      'request the summary. The MARAC coordinator may request an executive summary of the MAPPA meeting minutes. It ' +
      'is provided within 10 working days of the request, or sooner if agreed necessary. The MAPPA meeting Chair may ' +
      'instead allow key decisions to be shared.',
    // Three owners in turn, two of them the MARAC and MAPPA meetings': no single service is named.
    owner: {
      role: 'Referring practitioner (tells the coordinator); MARAC coordinator (requests); MAPPA meeting Chair (provides)',
      agency: 'Referring agency; MARAC; MAPPA',
    },
    // 22.25 (l. 5999) gives working days and no hour.
    due: { kind: 'workingDays', n: 10, from: 'request' },
    refs: [mappa('22.25', 'l. 5999')],
  },
  actions_at_referral: {
    action:
      'Take and record on the form the actions at referral: a safety plan with the victim; advice to call 999 in an ' +
      'emergency and 101 otherwise; an IDVA referral; where there is stalking, the stalking risk checklist ' +
      '(attach it) and a referral to the Protection Against Stalking service; legal advice on protective orders, ' +
      'such as a non-molestation or restraining order. The police can also impose bail conditions or a Domestic ' +
      'Violence Protection Notice.',
    owner: referrer,
    due: noDeadline,
    refs: [form('Actions taken', 'l. 8340–8396'), kcc('9.6', 'l. 1219–1220')],
  },
  check_marac_takes_16_17: {
    action:
      'The victim is 16 or 17. The procedures describe MARAC for adult victims and do not say whether this MARAC ' +
      'hears 16- and 17-year-olds: check with the MARAC coordinator that it does before you rely on the referral.',
    owner: referrer,
    due: noDeadline,
    refs: [kcc('9.4', 'l. 1202'), kcc('9.5', 'l. 1208')],
  },
};

const referralSteps = (ctx: Ctx): string[] => [
  ...(ctx.answers.victim_area === OUTSIDE_AREA ? ['outside_area'] : ['complete_marac_form', 'attach_dash', 'send_to_both']),
  'actions_at_referral',
  'offences_recorded',
  'record_awareness_and_basis',
  'idva_represents',
  'report_crime',
  'da_support',
  ...s42Suggestion(ctx.answers),
];

const referralDecider: Owner = {
  role: 'Referring practitioner (DSO where an S.42 enquiry is open)',
  agency: 'Referring agency',
  team: 'asker',
};

export const marac: FlowDefinition<MaracSettings> = {
  id: 'marac',
  title: 'Does this go to MARAC?',
  description: 'Whether domestic abuse goes to MARAC (DASH count, professional judgement, escalation) and where to send it.',
  triggers: [
    'does this go to marac',
    'should i refer to marac',
    'marac referral',
    'dash score',
    '14 ticks',
    'is this high-risk domestic abuse',
    'where do i send a marac referral',
    'marac',
    'dash',
    'domestic abuse',
  ],
  rulesVersion: 'marac-2026.12.3',
  maxQuestions: 9,
  defaultSettings,
  settingsSchema,

  questions: [
    {
      id: 'immediate_danger',
      text: 'Is anyone in immediate danger and needing police or medical help right now?',
      type: 'yesno',
      options: yesNo,
      help: 'If yes, call 999 first.',
      refs: [kcc('9.7', 'l. 1226'), nice('1.6.2', 'l. 12068–12071'), form('Actions taken', 'l. 8392')],
    },
    {
      id: 'personally_connected',
      text: 'How is the person causing harm connected to the victim?',
      type: 'choice',
      options: [
        { value: 'married_or_civil_partners', label: 'Married or civil partners, now or in the past' },
        {
          value: 'agreed_to_marry_or_civil_partnership',
          label: 'Agreed to marry or to form a civil partnership (even if the agreement has ended)',
        },
        { value: 'intimate_relationship', label: 'In an intimate relationship, now or in the past' },
        { value: 'parents_of_same_child', label: 'Both have, or have had, a parental relationship to the same child' },
        { value: 'relatives', label: 'Relatives' },
        { value: 'none_of_these', label: 'None of these (for example a neighbour, a paid worker or a stranger)' },
      ],
      askedWhen: ({ answers }) => answers.immediate_danger === 'no',
      help:
        'This is the legal meaning of "personally connected" for domestic abuse. Abuse includes physical or sexual ' +
        'abuse, violent or threatening behaviour, controlling or coercive behaviour, economic abuse and psychological ' +
        'or emotional abuse; a single incident counts.',
      refs: [mappa('27.3', 'l. 6605–6617, 6619–6640'), daAct('s.2', 'l. 6619')],
    },
    {
      id: 'both_16_plus',
      text: 'Are the victim and the person causing harm both aged 16 or over?',
      type: 'yesno',
      options: yesNo,
      askedWhen: ({ answers }) =>
        answers.personally_connected !== undefined && answers.personally_connected !== 'none_of_these',
      help: 'Domestic abuse needs both people to be 16 or over. Parents can be victims of their children aged 16 or over.',
      refs: [mappa('27.2', 'l. 6603'), mappa('27.8', 'l. 6687–6689'), daAct('s.1', 'l. 6603')],
    },
    {
      id: 'dash_status',
      text: 'Has the SafeLives DASH checklist been completed (with the victim, or from other sources where that is not possible or safe)?',
      type: 'choice',
      options: [
        { value: 'completed', label: 'Yes, completed' },
        { value: 'not_completed', label: 'Not yet' },
      ],
      askedWhen: ({ answers }) => answers.both_16_plus === 'yes',
      help:
        'A MARAC referral is returned unprocessed without a completed DASH. The DASH should be completed by a ' +
        'practitioner who has done the Domestic Abuse Training. Record on the DASH the source of any answer that is ' +
        'not from the victim.',
      refs: [form('Completeness note', 'l. 7746'), form('6', 'l. 8143'), kcc('9.4', 'l. 1202'), dash('Instructions', 'l. 8671, 8678')],
    },
    {
      id: 'dash_yes_count',
      text: 'How many "yes" answers (ticks) are on the completed DASH?',
      type: 'number',
      number: { min: 0, max: 24, integer: true },
      askedWhen: ({ answers }) => answers.dash_status === 'completed',
      help:
        'Count the ticks in the "yes" column of the 24 questions. "Don\'t know" answers are not counted. ' +
        '14 or more is "visible high risk".',
      // Notes M4: "ticks" read as the total of "yes" answers; "don't know" is a separate column.
      refs: [dash('Instructions', 'l. 8675, 8680–8684'), dash('Total', 'l. 9206'), form('6', 'l. 8135, 8139')],
    },
    {
      id: 'professional_judgement_high_risk',
      text: 'In your professional judgement, is the victim at high risk of serious harm?',
      type: 'yesno',
      options: yesNo,
      askedWhen: ({ answers }) => belowFourteen(answers),
      help:
        'You can refer on professional judgement with fewer than 14 ticks. The DASH asks you to consider other ' +
        'information that may raise the risk, for example: disability, substance misuse, mental health, cultural or ' +
        'language barriers, "honour"-based systems, geographic isolation, minimisation, and the abuser\'s access to weapons.',
      refs: [form('6', 'l. 8129'), mappa('27.27', 'l. 6747'), dash('Professional considerations', 'l. 9214–9219')],
    },
    {
      id: 'escalation',
      text: 'In your judgement, is the abuse escalating?',
      type: 'yesno',
      options: yesNo,
      askedWhen: ({ answers }) => belowFourteen(answers) && answers.professional_judgement_high_risk === 'no',
      help:
        'The MARAC form lists "Escalation" as a reason for referral but does not define it. Answer from your own ' +
        'judgement. Examples: more frequent or more severe incidents, or new types of abuse.',
      // Notes M1: the source gives no threshold for escalation, so none is encoded.
      refs: [form('6', 'l. 8132'), kcc('4.2.3', 'l. 620')],
    },
    // Notes M12: the source sets no repeat criterion, so the bot asks and prompts the check with the coordinator.
    {
      id: 'heard_at_marac_before',
      text: 'Has this victim been heard at a MARAC before?',
      type: 'choice',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
        { value: 'not_known', label: 'Not known' },
      ],
      askedWhen: ({ answers }) => belowFourteen(answers) && answers.escalation === 'no',
      help: 'A repeat referral may go to MARAC even when the answers so far do not point to one.',
      refs: [form('1', 'l. 7788–7806')],
    },
    {
      id: 'victim_area',
      text: 'Where does the victim live?',
      type: 'choice',
      options: areaOptions,
      askedWhen: ({ answers }) =>
        visibleHighRisk(answers) || answers.professional_judgement_high_risk === 'yes' || answers.escalation === 'yes',
      help: 'MARAC and domestic abuse services are always where the victim lives, not where the person causing harm lives.',
      refs: [form('Routing note', 'l. 7726'), form('Routing', 'l. 7735–7744'), kcc('4.1.4', 'l. 500')],
    },
    {
      id: 'other_factors',
      text: 'Do any of these apply? Tick all that do.',
      type: 'multichoice',
      options: [
        { value: 'children_at_risk', label: 'You believe there are risks to children in the family' },
        {
          value: 'victim_not_agreed',
          label: 'The victim does not know about the referral, or has not agreed to their information being shared at MARAC',
        },
        { value: 'perpetrator_mappa_level_2_3', label: 'The person causing harm is managed under MAPPA at level 2 or 3' },
        {
          value: 'perpetrator_previous_mappa_level_2_3',
          label: 'The person causing harm was managed under MAPPA at level 2 or 3 in the past',
        },
        { value: 'victim_under_18', label: 'The victim is aged 16 or 17' },
        { value: 'none', label: 'None of these' },
      ],
      exclusiveOption: 'none',
      askedWhen: ({ answers }) => answers.both_16_plus === 'yes',
      help:
        'A child counts as a victim of domestic abuse if they see, hear or experience its effects and are related to ' +
        'either person. For the two MAPPA options: if you do not know, leave it unticked; do not ask the person causing harm.',
      refs: [
        dash('Children', 'l. 9237–9247'),
        form('2', 'l. 7914, 7921'),
        mappa('27.2', 'l. 6603'),
        // 22.22–22.25 (l. 5991–5999); 22.24 has no catalogue entry and is covered by the range's ends.
        mappa('22.22', 'l. 5991'),
        mappa('22.23', 'l. 5993'),
        mappa('22.25', 'l. 5999'),
        mappa('27.27', 'l. 6747'),
      ],
    },
  ],

  outcomes: {
    EMERGENCY: {
      label: 'Call 999 now',
      tone: 'urgent',
      summary:
        'Someone is in immediate danger, so emergency services come first. Come back to "Does this go to MARAC?" once it is safe.',
      decidedBy: {
        role: 'No decision needed: the person present calls 999',
        agency: 'any agency or the public',
        team: 'asker',
      },
      indicative: false,
      agency: 'Emergency services (999)',
      refs: [kcc('9.7', 'l. 1226'), nice('1.6.2', 'l. 12068–12071')],
      steps: ['call_999'],
    },
    NOT_DOMESTIC_ABUSE: {
      label: 'Not domestic abuse under the legal definition: MARAC is not the route',
      tone: 'info',
      summary:
        'The two people are not personally connected, or one is under 16. MARAC hears high-risk domestic abuse cases. ' +
        'Use other safeguarding routes.',
      decidedBy: { role: 'Referring practitioner (definition applied to the answers)', agency: 'Referring agency', team: 'asker' },
      indicative: true,
      agency: 'Referring agency',
      refs: [mappa('27.2', 'l. 6603'), mappa('27.3', 'l. 6605–6640'), kcc('9.5', 'l. 1208')],
      steps: ({ answers }) => [...(answers.both_16_plus === 'no' ? ['children_safeguarding'] : []), 'not_da_route'],
    },
    COMPLETE_DASH_FIRST: {
      label: 'Domestic abuse: complete the DASH before deciding on MARAC',
      tone: 'warning',
      summary:
        'This is domestic abuse, but no DASH has been completed yet. A MARAC referral cannot be processed without one, ' +
        'and the DASH count is one of the referral routes.',
      decidedBy: referrer,
      indicative: true,
      agency: 'Referring agency',
      refs: [form('Completeness note', 'l. 7746'), kcc('9.4', 'l. 1202')],
      // No referral is made on this outcome, so the referral's crime step is not listed (audit E9).
      steps: ({ answers }) => ['complete_dash', 'da_support', ...s42Suggestion(answers)],
    },
    MARAC_REFERRAL_VISIBLE_HIGH_RISK: {
      label: 'MARAC referral indicated: visible high risk (14+ ticks)',
      tone: 'attention',
      summary: 'The DASH has 14 or more "yes" answers, which the form defines as visible high risk.',
      decidedBy: {
        role: 'Referring practitioner (DSO where an S.42 enquiry is open); the MARAC agrees actions',
        agency: 'Referring agency',
        team: 'asker',
      },
      indicative: true,
      agency: 'Referring agency; the MARAC agrees the actions',
      refs: [form('6', 'l. 8135')],
      steps: referralSteps,
    },
    MARAC_REFERRAL_PROFESSIONAL_JUDGEMENT: {
      label: 'MARAC referral indicated: professional judgement',
      tone: 'attention',
      summary:
        'There are fewer than 14 ticks, but the practitioner judges the victim to be at high risk. Professional ' +
        'judgement is a reason for referral.',
      decidedBy: referralDecider,
      indicative: true,
      agency: 'Referring agency; the MARAC agrees the actions',
      refs: [form('6', 'l. 8129'), mappa('27.27', 'l. 6747')],
      steps: referralSteps,
    },
    MARAC_REFERRAL_ESCALATION: {
      label: 'MARAC referral indicated: escalation',
      tone: 'attention',
      summary:
        'There are fewer than 14 ticks and no judgement of high risk, but the practitioner judges that the abuse is ' +
        'escalating. Escalation is a reason for referral; the form does not define it.',
      decidedBy: referralDecider,
      indicative: true,
      agency: 'Referring agency; the MARAC agrees the actions',
      refs: [form('6', 'l. 8132')],
      steps: referralSteps,
    },
    MARAC_NOT_INDICATED: {
      label: 'MARAC referral not indicated on these answers',
      tone: 'info',
      summary:
        'There are fewer than 14 ticks, no professional judgement of high risk and no escalation. Domestic abuse ' +
        'support and any safeguarding process continue. A referral can still be made later on professional judgement.',
      decidedBy: referrer,
      indicative: true,
      agency: 'Referring agency',
      refs: [form('6', 'l. 8126–8135'), kcc('6.5', 'l. 834–840')],
      steps: ({ answers }) => [
        ...(answers.heard_at_marac_before === 'no' ? [] : ['check_repeat']),
        'da_support',
        ...s42Suggestion(answers),
      ],
    },
  },

  rules: [
    {
      id: 'R1',
      when: ({ answers }) => answers.immediate_danger === 'yes',
      outcome: 'EMERGENCY',
      refs: [kcc('9.7', 'l. 1226'), nice('1.6.2', 'l. 12068')],
    },
    {
      id: 'R2',
      when: ({ answers }) => answers.personally_connected === 'none_of_these',
      outcome: 'NOT_DOMESTIC_ABUSE',
      refs: [mappa('27.2', 'l. 6603'), mappa('27.3', 'l. 6619–6640')],
    },
    {
      id: 'R3',
      when: ({ answers }) => answers.both_16_plus === 'no',
      outcome: 'NOT_DOMESTIC_ABUSE',
      refs: [mappa('27.2', 'l. 6603'), mappa('27.8', 'l. 6687–6689')],
    },
    {
      id: 'R4',
      when: ({ answers }) => answers.dash_status === 'not_completed',
      outcome: 'COMPLETE_DASH_FIRST',
      refs: [form('Completeness note', 'l. 7746'), kcc('9.4', 'l. 1202')],
    },
    {
      id: 'R5',
      when: ({ answers }) => visibleHighRisk(answers),
      outcome: 'MARAC_REFERRAL_VISIBLE_HIGH_RISK',
      refs: [form('6', 'l. 8135')],
    },
    {
      id: 'R6',
      when: ({ answers }) => answers.professional_judgement_high_risk === 'yes',
      outcome: 'MARAC_REFERRAL_PROFESSIONAL_JUDGEMENT',
      refs: [form('6', 'l. 8129'), mappa('27.27', 'l. 6747')],
    },
    {
      id: 'R7',
      when: ({ answers }) => answers.escalation === 'yes',
      outcome: 'MARAC_REFERRAL_ESCALATION',
      refs: [form('6', 'l. 8132')],
    },
    { id: 'R8', when: () => true, outcome: 'MARAC_NOT_INDICATED', refs: [form('6', 'l. 8126–8135')] },
  ],

  // Flags need `other_factors`, which is on the path only for the outcomes that follow Q9 (spec section 5).
  flags: [
    {
      id: 'CHILDRENS_SERVICES_REFERRAL',
      label: "Refer to children's services",
      // Deliberate reading: the "children at risk" sentence is said only when that box is ticked, so that a
      // 16- or 17-year-old victim alone does not produce a statement the practitioner did not make.
      text: ({ answers }) =>
        [
          has(answers, 'children_at_risk')
            ? 'You believe children in the family are at risk. Make a referral to safeguard them and record the date on the DASH.'
            : undefined,
          has(answers, 'victim_under_18')
            ? "The victim is aged 16 or 17 and is a child; make a referral to children's services for them."
            : undefined,
        ]
          .filter((s): s is string => s !== undefined)
          .join(' '),
      when: ({ answers }) => has(answers, 'children_at_risk') || has(answers, 'victim_under_18'),
      steps: ({ answers }, outcomeId) => [
        'children_referral',
        ...(childVictim(answers) && isReferral(outcomeId) ? ['check_marac_takes_16_17'] : []),
      ],
      refs: [kcc('9.4', 'l. 1202'), mappa('27.2', 'l. 6603'), mappa('27.27', 'l. 6747')],
    },
    {
      id: 'SHARE_WITHOUT_CONSENT_RECORD_REASONS',
      label: 'Victim not aware or not agreed: consent and the basis for sharing',
      // The child sentence is added on every referral route, the escalation one included: MAPPA Guidance 27.27
      // (l. 6747) allows sharing without consent "if the victim is a child", whatever the risk assessment.
      // A child victim gets one message: the child basis (27.27), not the adult consent texts (audit E6).
      text: ({ answers }, outcomeId) =>
        childVictim(answers)
          ? 'The victim is 16 or 17, so a child: information can be shared without consent (MAPPA Guidance 27.27). ' +
            'Record why the victim was not told or did not agree, and the legal basis in section 8.'
          : outcomeId === 'MARAC_REFERRAL_ESCALATION'
          ? 'You have not assessed the victim at high risk. MAPPA Guidance 27.27 allows sharing without consent only at ' +
            'high risk of serious harm or homicide, or where the victim is a child. Seek the victim\'s consent. If you ' +
            'cannot, review your risk judgement with your safeguarding lead or the MARAC coordinator before sending, and ' +
            'record your reasons.'
          : 'An adult victim should consent to their case being discussed at MARAC. Where the victim is assessed at high ' +
            'risk of serious harm or homicide, information can be shared without consent. Record why the victim was not ' +
            'told or did not agree, and the legal basis in section 8.',
      when: ({ answers }, outcomeId) => has(answers, 'victim_not_agreed') && isReferral(outcomeId),
      steps: ['consent_and_basis'],
      refs: [mappa('27.27', 'l. 6747')],
    },
    {
      id: 'MAPPA_LEVEL_2_3_INTERFACE',
      label: 'Managed under MAPPA at level 2 or 3',
      text:
        'Still make the MARAC referral if indicated. Say in it that the person causing harm is managed at MAPPA level 2 ' +
        'or 3. The MAPPA meeting takes precedence; the MARAC and MAPPA Chairs decide whether a separate MARAC is still ' +
        'needed, and the IDVA must be invited to the MAPPA meeting.',
      when: ({ answers }) => has(answers, 'perpetrator_mappa_level_2_3'),
      steps: ['mappa_precedence'],
      refs: [mappa('22.22', 'l. 5991'), mappa('22.23', 'l. 5993'), mappa('27.30', 'l. 6753')],
    },
    {
      id: 'MAPPA_MINUTES_SUMMARY',
      label: 'Managed under MAPPA at level 2 or 3 before: minutes summary',
      text:
        'The MARAC coordinator can ask for an executive summary of the earlier MAPPA meeting minutes. It should be ' +
        'provided within 10 working days.',
      when: ({ answers }, outcomeId) => has(answers, 'perpetrator_previous_mappa_level_2_3') && isReferral(outcomeId),
      steps: ['mappa_minutes_summary'],
      refs: [mappa('22.25', 'l. 5999')],
    },
  ],

  steps,

  anchors: {
    // The flow does not ask when the coordinator makes the request, so the deadline is shown as a rule only.
    request: { label: 'request', resolve: () => undefined },
  },
};
