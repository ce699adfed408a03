/** Spec §2: asked in this order, each skipped unless its condition holds. No question asks for a name,
 * date of birth or other identifier. */
import type { Option, Question } from '../../model';
import {
  A,
  AWAIT_PENDING,
  CUSTODIAL_SENTENCES,
  LEVEL,
  NEED_SENTENCE,
  QUAL,
  detained,
  seriousHarm,
  sentenceType,
  whereNow,
} from './predicates';
import { resolveReference } from '../../references';
import { cheshire, national, riskToChildren, schedule15, westMidlands } from './refs';
import { pendingIn, pendingRule } from './rules';
import type { MappaSettings } from './settings';

const yesNo: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const notKnown: Option[] = [{ value: 'unknown', label: 'Not known' }];
/** The question card shows no references, so the help carries the link itself: the address the sources print,
 * from the catalogue (rules/procedures/mappa-rtc.ts). */
const SCHEDULE_15_URL = resolveReference(schedule15).url;

const concernAboutHarm = (value: string | undefined) => value === 'yes' || value === 'unsure';
const m12Matches = (c: Parameters<typeof LEVEL>[0]) => concernAboutHarm(seriousHarm(c)) && (LEVEL(c) ?? 1) >= 2;

export const questions: Question<MappaSettings>[] = [
  {
    id: 'disposal',
    text: "What happened to the person for the offence you're asking about?",
    type: 'choice',
    options: [
      { value: 'convicted', label: 'Convicted by a court in the UK' },
      { value: 'convicted_abroad', label: 'Convicted only by a court outside the UK' },
      { value: 'cautioned', label: 'Cautioned (adult or youth caution, reprimand or final warning)' },
      { value: 'ngri', label: 'Found not guilty by reason of insanity' },
      { value: 'unfit_did_act', label: 'Found unfit to plead, but found to have done the act' },
      { value: 'none', label: 'None of these: only suspected, arrested, charged or awaiting trial' },
      { value: 'unknown', label: "I don't know" },
    ],
    help:
      'If there is more than one offence, answer for the sexual, violent (Schedule 15) or terrorism offence with ' +
      'the longest sentence of its own. MAPPA looks at each offence and its own sentence separately, not at the ' +
      'total. If unsure, run the bot once per offence. MAPPA needs one of the first five.',
    refs: [
      national('6.11–6.14', '§6.12, 003 L3387–3397'),
      national('6.9', '003 L3379'),
      national('6.4–6.6', '§6.5, 003 L3350–3360'),
      national('6.27–6.28', '§6.27, 003 L3466–3476'),
    ],
  },
  {
    id: 'under_18',
    text: 'Is the person under 18, or 18 but still supervised by the youth offending team?',
    type: 'yesno',
    options: yesNo,
    askedWhen: A,
    help: "Don't enter a date of birth. Answer yes if the YOT still supervises them. Under-18s are led by the YOT.",
    refs: [national('2.3–2.4', '§2.4, 003 L2499'), westMidlands('Probation Service', '004 L263')],
  },
  {
    id: 'status',
    text: 'Do any of these apply? Tick all that apply.',
    type: 'multichoice',
    options: [
      { value: 'sex_offender_register', label: 'On the sex offender register (subject to notification requirements)' },
      {
        value: 'register_not_confirmed',
        label: 'Convicted or cautioned for a sexual offence, but not yet confirmed whether they must register',
      },
      {
        value: 'notification_ended',
        label: 'Was on the sex offender register, but the notification period has ended',
      },
      {
        value: 'schedule15_or_murder',
        label:
          'The offence is murder, is listed in Schedule 15 of the Criminal Justice Act 2003, or falls under ' +
          'section 327(4A) of that Act',
      },
      { value: 'schedule15_unsure', label: 'Not sure whether the offence is in Schedule 15' },
      {
        value: 'terrorism_notification',
        label: 'Subject to terrorism notification requirements (Part 4 Counter-Terrorism Act 2008)',
      },
      {
        value: 'terrorism_offence',
        label: 'A terrorism offence, or an offence the court found had a terrorist connection',
      },
      {
        value: 'terrorism_risk',
        label:
          'Counter-terrorism police or probation think the person may be, or may become, involved in ' +
          'terrorism-related activity, or the person is subject to Terrorism Prevention and Investigation Measures',
      },
      { value: 'none', label: 'None of these' },
    ],
    exclusiveOption: 'none',
    askedWhen: A,
    help:
      'The police confirm whether someone must register; the bot does not work it out. The Schedule 15 list is ' +
      `in the Act (${SCHEDULE_15_URL}); these procedures do not reproduce it. Section 327(4A) offences count too ` +
      '(see the Act). Only a court decides a terrorist connection. In an area not using Category 4, still tick ' +
      'the terrorism items. A foreign conviction brings no notification requirements unless a court makes a ' +
      'Notification Order.',
    refs: [
      cheshire('Who can be Referred to MAPPA?', '002 L25–31'),
      national('6.4–6.6', '§6.4–6.5, 003 L3348–3360'),
      national('6.7', '003 L3366'),
      national('6.23–6.26', '§6.23–6.25, 003 L3436–3456'),
      national('6.27–6.28', '§6.27, 003 L3466–3480'),
      national('6.38–6.39', '§6.38, 003 L3536'),
      national('6.19–6.21', '§6.21, 003 L3428'),
      national('24.37', '003 L6262'),
      westMidlands('Category 1', '004 L93'),
      westMidlands('Category 2', '004 L114'),
    ],
  },
  {
    id: 'sentence_type',
    text: 'What sentence or order did the court give for that offence?',
    type: 'choice',
    options: [
      {
        value: 'custody',
        label:
          'Immediate prison or youth detention, not suspended (including extended sentences and long-term ' +
          'detention of under-18s), even if the person has since been released on licence',
      },
      { value: 'dto', label: 'Detention and training order (DTO)' },
      {
        value: 'indeterminate',
        label: "Life or another indeterminate sentence (IPP, DPP, detention at His or Her Majesty's pleasure)",
      },
      { value: 'suspended', label: 'Suspended sentence' },
      { value: 'hospital_order', label: 'Hospital order (s.37 Mental Health Act) without a restriction order' },
      { value: 'hospital_order_restricted', label: 'Hospital order with a restriction order (s.37 with s.41)' },
      { value: 'guardianship', label: 'Guardianship order (s.37 Mental Health Act)' },
      {
        value: 'other',
        label: 'Community order, youth rehabilitation or referral order, fine, discharge, or another order',
      },
      { value: 'not_sentenced', label: 'Not sentenced yet' },
    ],
    askedWhen: NEED_SENTENCE,
    help:
      'Only the sentence for this one offence counts. A prison sentence with a hospital direction (s.45A) counts ' +
      'as prison. A caution is not a sentence.',
    refs: [
      national('6.8', '003 L3369–3377'),
      national('6.9', '003 L3379'),
      national('6.23–6.26', '§6.23c, 003 L3442; §6.26, 003 L3458–3464'),
      westMidlands('Category 2', '004 L115–129'),
    ],
  },
  {
    id: 'sentence_months',
    text: 'How long was that sentence, in months?',
    type: 'number',
    options: [{ value: 'in_weeks', label: 'The court gave it in weeks' }],
    number: { min: 0, minExclusive: true, max: 1200 },
    askedWhen: (c) => NEED_SENTENCE(c) && (CUSTODIAL_SENTENCES as readonly string[]).includes(sentenceType(c) ?? ''),
    help:
      "If the court gave the sentence in weeks (for example 52 weeks), press 'The court gave it in weeks'. " +
      '52 weeks is less than 12 months and does not count. For a DTO give the whole term, not just the time in ' +
      'custody. For a suspended sentence give the prison term that was suspended. For years, multiply by 12 ' +
      '(2 years = 24). Exactly 12 months counts. Several sentences: give only the one for this offence, not the total.',
    refs: [
      national('6.8', '003 L3371–3375'),
      national('6.9', '003 L3379'),
      national('6.23–6.26', '§6.26, 003 L3460'),
      cheshire('Who can be Referred to MAPPA?', '002 L27'),
      westMidlands('Category 2', '004 L115'),
    ],
  },
  {
    id: 'sentence_weeks',
    text: 'How many weeks was that sentence?',
    type: 'number',
    number: { min: 0, minExclusive: true, max: 5200, integer: true },
    askedWhen: (c) => c.answers.sentence_months === 'in_weeks',
    help: '52 weeks is less than 12 months and does not count. 53 weeks or more counts.',
    refs: [national('6.8', '003 L3371'), westMidlands('Category 2', '004 L115')],
  },
  {
    id: 'where_now',
    text: 'Where is the person now?',
    type: 'choice',
    options: [
      { value: 'custody', label: 'In prison or youth custody' },
      { value: 'hospital', label: 'Detained in hospital under a hospital order from the court' },
      {
        value: 'hospital_transferred',
        label: 'In hospital after transfer from prison during the sentence (s.47, s.45A or "notional s.37")',
      },
      {
        value: 'community_supervised',
        label: 'In the community, supervised by probation or a YOT (licence, suspended sentence, community or YOT order)',
      },
      {
        value: 'community_mental_health',
        label:
          'In the community under mental health services (guardianship, conditional discharge, community treatment order)',
      },
      {
        value: 'community_unsupervised',
        label:
          'In the community, not supervised by probation, a YOT or mental health services (for example after a ' +
          'caution, or when the sentence has ended)',
      },
      { value: 'awaiting_sentence', label: 'Convicted and waiting to be sentenced' },
    ],
    askedWhen: (c) => A(c) && !AWAIT_PENDING(c),
    help:
      'This decides who leads and whether the sentence is still running. If the person is on licence or a ' +
      "probation/YOT order as well as under mental health services, choose 'supervised by probation or a YOT'.",
    refs: [
      national('2.3–2.4', '§2.4, 003 L2495–2503'),
      national('6.38–6.39', '§6.38, 003 L3534–3542'),
      national('26.17', '003 L6364'),
      national('26.51', '003 L6482'),
      national('26.52', '003 L6486'),
    ],
  },
  {
    id: 'order_running',
    text:
      'Is the sentence or order for this offence still running: in custody, on licence, under the suspended ' +
      'sentence, or under the hospital or guardianship order or community treatment order?',
    type: 'yesno',
    options: yesNo,
    // Audit E3: asked for every qualifying sentence in the community, supervised or not.
    askedWhen: (c) =>
      NEED_SENTENCE(c) &&
      QUAL(c) &&
      ['community_supervised', 'community_mental_health', 'community_unsupervised'].includes(whereNow(c) ?? ''),
    help:
      'A sentence can still be running when no one supervises the person. A life licence lasts for life. An IPP ' +
      'licence runs until it is ended by a decision to terminate it, never just because a date has passed. With ' +
      'consecutive or concurrent sentences, the sentence runs until the end of the whole term. Post-sentence ' +
      "supervision after the licence ends doesn't count, and nor does supervision for a different, later offence.",
    refs: [
      national('6.38–6.39', '§6.38, 003 L3538, L3542'),
      national('6.8', '003 L3369'),
      national('6.10', '003 L3381'),
      national('2.3–2.4', '§2.4, 003 L2497'),
      westMidlands('Category 2', '004 L132'),
    ],
  },
  {
    id: 'serious_harm',
    text: 'Does the offence, or the behaviour around it, suggest the person could cause serious harm to the public?',
    type: 'choice',
    options: [...yesNo, { value: 'unsure', label: 'Not sure' }],
    askedWhen: (c) => A(c) && pendingRule(c) === undefined,
    help:
      'Serious harm is an event that is life-threatening and/or traumatic, from which recovery is expected to be ' +
      'difficult or impossible. Patterns count too: domestic abuse, stalking, gang violence, escalating risk. ' +
      'If unsure, the MAPPA Co-ordinator decides.',
    refs: [
      cheshire('What is Serious Harm?', '002 L33'),
      national('6.11–6.14', '§6.12–6.14, 003 L3387–3405'),
      national('6.16–6.17', '003 L3412–3418'),
    ],
  },
  {
    id: 'level_needs',
    text: 'Which of these apply to the case now? Tick all that apply.',
    type: 'multichoice',
    options: [
      { value: 'rosh_high', label: 'Assessed as high or very high risk of serious harm' },
      { value: 'adds_value', label: 'Formal multi-agency meetings would add value to managing the risk of serious harm' },
      {
        value: 'active_coordination',
        label: 'Needs active involvement and co-ordination of other agencies to manage the risk',
      },
      { value: 'previously_level3', label: 'Was managed at Level 3 and no longer needs it' },
      { value: 'barriers', label: 'Barriers to multi-agency actions that line management cannot resolve' },
      { value: 'resources_short_notice', label: 'May need significant resources committed at short notice' },
      {
        value: 'media_public_confidence',
        label:
          'High likelihood of media scrutiny or public interest, or a need to keep public confidence in the ' +
          'criminal justice system',
      },
      {
        value: 'national_security_or_organised_crime',
        label: 'A national security dimension, or high risk and involved in serious organised crime',
      },
      {
        value: 'complex_release',
        label:
          "Complex release: accommodation, surveillance or treatment must be arranged first (needs 12 months' planning)",
      },
      { value: 'none', label: 'None of these' },
    ],
    exclusiveOption: 'none',
    askedWhen: (c) => pendingIn('M3', 'M4', 'M6', 'M7', 'M9')(c) || concernAboutHarm(seriousHarm(c)),
    help:
      'The bot shows the level these point to; the MAPPA Co-ordinator decides. Level 1 can be right for a ' +
      'high-risk case. Complex release applies only to someone in custody or hospital.',
    refs: [
      cheshire('Levels of management', '002 L37'),
      cheshire('Levels table', '002 L41'),
      cheshire('Levels table: Category 1 row', '002 L42'),
      cheshire('Levels table: Category 2 row', '002 L43'),
      national('7.4', '003 L3568'),
      national('7.5', '003 L3570–3584'),
      national('7.6', '003 L3586–3596'),
      westMidlands('Category 1', '004 L107'),
      riskToChildren('3.88', '001 L326'),
    ],
  },
  {
    id: 'sentence_date',
    text: 'What was the date of sentence (or of the caution, or of admission to hospital)?',
    type: 'date',
    options: notKnown,
    askedWhen: (c) => pendingIn('M3', 'M4', 'M5', 'M6', 'M7', 'M9')(c) && whereNow(c) !== 'awaiting_sentence',
    help:
      'Used for the "within 3 days of sentence" steps. If it was long ago, the bot will show those steps as ' +
      'overdue checks. For a prisoner transferred to hospital, give the sentence date. Mental health services ' +
      'count their 3 days from the transfer.',
    refs: [
      national('6.30–6.31', '§6.30 standard, 003 L3490'),
      national('26.56–26.57', 'standard "Identification of MAPPA offenders", 003 L6508'),
      westMidlands('Category 1', '004 L107–108'),
    ],
  },
  {
    id: 'release_date',
    text:
      'What is the expected release or discharge date? For a life, IPP or other parole-eligible sentence, give ' +
      'the parole eligibility date or tariff expiry date (or the date of the next parole review).',
    type: 'date',
    options: notKnown,
    askedWhen: (c) =>
      detained(c) && (pendingIn('M3', 'M4', 'M5', 'M6', 'M7', 'M9', 'M11')(c) || m12Matches(c)),
    help: 'Used for the "6 months before release" planning point (12 months for complex cases).',
    refs: [
      national('7.10–7.15', '§7.10, 003 L3614'),
      national('15.16', '003 L5260'),
      westMidlands('Category 1', '004 L107'),
    ],
  },
  {
    id: 'children',
    text:
      'Does the person live with children, or will they go to an address with children on release or discharge, ' +
      'or do they have a new partner with children?',
    type: 'choice',
    options: [...yesNo, { value: 'unknown', label: 'Not known' }],
    askedWhen: A,
    help:
      'Count a household where children live or stay, and grandchildren. If yes, the card shows the child ' +
      'safeguarding duties and offers the risk to children check.',
    refs: [
      riskToChildren('5.1', '001 L420'),
      riskToChildren('6.2', '001 L475–479'),
      riskToChildren('6.13', '001 L525'),
      westMidlands("Local Authority Children's Services Department", '004 L581'),
      national('10.11', '003 L4030'),
    ],
  },
];
