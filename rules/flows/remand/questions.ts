/** Spec §2: questions Q1–Q9 in path order (Q6a follows Q6). */
import type { Question } from '../../model';
import { COURT_STAGES, POLICE_STAGES, age, stage, type Ctx } from './context';
import type { RemandSettings } from './settings';
import { protocol } from './refs';

const inScope = (ctx: Ctx) => {
  const years = age(ctx);
  return years !== undefined && years >= 10 && years <= 17;
};

export const questions: Question<RemandSettings>[] = [
  {
    id: 'child_age',
    text: 'How old is the child?',
    type: 'number',
    number: { min: 0, max: 120, integer: true },
    help:
      'Age on the day of the arrest, request or remand. These duties are for children aged 10 to 17. Only children aged 12 to 17 can be remanded to youth detention; a child of 10 or 11 can be remanded only to local authority accommodation.',
    refs: [protocol('6.1', 'l. 144'), protocol('App 1', 'l. 803'), protocol('10.6', 'l. 368')],
  },
  {
    id: 'stage',
    text: 'Where is the child now?',
    type: 'choice',
    options: [
      { value: 'police_custody_refused_bail', label: 'In police custody: charged, refused police bail and to be kept until the next court' },
      { value: 'police_custody_other', label: 'In police custody, but not (or not yet) charged and refused bail' },
      { value: 'court_remand_possible', label: 'At court, or due there: a remand to local authority accommodation is possible but not decided' },
      { value: 'court_yda_sought', label: 'At court, or due there: a remand to youth detention accommodation (YDA) is sought or looks likely' },
      { value: 'remanded_la', label: 'The court has remanded the child to local authority accommodation (REMLAA)' },
      { value: 'remanded_yda', label: 'The court has remanded the child to youth detention accommodation (YDA)' },
    ],
    askedWhen: inScope,
    help: 'Pick the latest stage reached. If the court has decided, pick the remand it made: the warrant of commitment shows it.',
    refs: [protocol('6.1', 'l. 157'), protocol('10.1', 'l. 311–312'), protocol('10.2', 'l. 320–328'), protocol('10.6', 'l. 368–374')],
  },
  {
    id: 'remand_or_request_at',
    text: 'When was the child remanded, or when was the local authority asked? (date and time)',
    type: 'datetime',
    askedWhen: inScope,
    help:
      'For a remand: the time the court made it. Otherwise: the time the police or the YOS asked children\'s social care (for accommodation or an appropriate adult), or the time the YOS learned that a remand is possible. If unsure, give the time now. Deadlines count from it (except the appropriate adult\'s 2-hour target, which counts from the AA request), and for a remand to local authority accommodation it decides who completes children\'s social care\'s duties. Who to contact now follows the time it is now.',
    refs: [protocol('6.1', 'l. 146'), protocol('7.1', 'l. 185'), protocol('10.2', 'l. 334'), protocol('10.3', 'l. 348–350'), protocol('App 1', 'l. 821')],
  },
  {
    id: 'csc_status',
    text: 'Just before this, was the child looked after by a local authority, or open to children\'s social care?',
    type: 'choice',
    options: [
      { value: 'care_order', label: 'Looked after under a care order (s.31 Children Act 1989)' },
      { value: 'looked_after_other', label: 'Looked after in another way: accommodated under s.20, or already remanded to local authority accommodation' },
      { value: 'open_not_looked_after', label: "Open to children's social care with an allocated social worker, but not looked after" },
      { value: 'not_open', label: "Not open to children's social care" },
      { value: 'not_known', label: 'Not known yet' },
    ],
    askedWhen: inScope,
    help:
      'Count looking after by any local authority. If you do not know, say so: the YOS, the MASH or the allocated social worker checks the legal status, and until then the bot shows the deadlines for both cases.',
    refs: [protocol('6.3', 'l. 174–176'), protocol('10.3', 'l. 350'), protocol('10.6', 'l. 368, 374, 385'), protocol('10.7', 'l. 402–404')],
  },
  {
    id: 'police_request',
    text: 'What have the police asked the local authority to provide?',
    type: 'choice',
    options: [
      { value: 'la_accommodation', label: 'Local authority (non-secure) accommodation' },
      { value: 'secure', label: 'Secure accommodation' },
      { value: 'not_yet', label: 'Nothing yet' },
    ],
    askedWhen: (ctx) => stage(ctx) === 'police_custody_refused_bail',
    help:
      "The local authority must provide accommodation; at the least non-secure accommodation. Secure accommodation is used only if children's social care finds the s.25 criteria met.",
    refs: [protocol('6.1', 'l. 157')],
  },
  {
    id: 'aa_needed',
    text: 'Is an appropriate adult (AA) needed at the police station now?',
    type: 'choice',
    options: [
      { value: 'no', label: 'No: one is already there, or none is needed now' },
      // Audit E3: a foster carer may not count as family (l. 148); a placement worker is not family either.
      { value: 'yes_family', label: 'Yes, and a parent or other family member can attend (not a foster carer, and not anyone involved in the offence)' },
      { value: 'yes_placement_worker', label: "Yes, and a worker from the child's placement or children's home can attend (not a foster carer)" },
      { value: 'yes_no_family', label: 'Yes, and no parent, family member or placement worker can attend' },
    ],
    askedWhen: (ctx) => POLICE_STAGES.includes(stage(ctx) ?? ''),
    help:
      'Every child aged 10 to 17 who is arrested or interviewed as a voluntary attender should have an AA, wherever they live. A foster carer cannot act as AA: if only a foster carer is offered, choose the last option.',
    refs: [protocol('App 1', 'l. 803–804, 810'), protocol('6.1', 'l. 146, 148'), protocol('6.2', 'l. 168')],
  },
  {
    id: 'aa_requested_at',
    text: 'When were you asked to provide an appropriate adult? (date and time)',
    type: 'datetime',
    askedWhen: (ctx) => POLICE_STAGES.includes(stage(ctx) ?? '') && ctx.answers.aa_needed !== undefined && ctx.answers.aa_needed !== 'no',
    help:
      'When were you asked to provide an AA? If it is the same time, give it again. The 2-hour attendance target and who provides the AA (the YOS 09:00–17:00 on working days, otherwise the CSC Out of Hours team) count from this time, not from the bail refusal or bed request.',
    refs: [protocol('App 1', 'l. 821, 833'), protocol('6.1', 'l. 146')],
  },
  {
    id: 'tagging_proposed',
    text: 'Is electronic monitoring (a tag) proposed as part of the bail or remand?',
    type: 'yesno',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
    askedWhen: (ctx) => COURT_STAGES.includes(stage(ctx) ?? '') && (age(ctx) ?? 0) >= 10,
    help:
      "A tag may be part of a bail package offered to prevent a remand to local authority accommodation or to youth detention. If the child lives in local authority accommodation, the Children's Placement Team and the social worker must confirm their consent in writing within 24 hours.",
    refs: [protocol('10.13', 'l. 474–477'), protocol('10.11', 'l. 458')],
  },
  {
    id: 'yda_placement_confirmed',
    text: 'Has the youth detention placement been confirmed?',
    type: 'yesno',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
    askedWhen: (ctx) => stage(ctx) === 'remanded_yda' && (age(ctx) ?? 0) >= 12,
    help: "Children's social care must complete the looked-after child paperwork within 24 hours of the placement being confirmed.",
    refs: [protocol('10.6', 'l. 372, 376')],
  },
  {
    id: 'placement_confirmed_at',
    text: 'When was the placement confirmed? (date and time)',
    type: 'datetime',
    askedWhen: (ctx) => ctx.answers.yda_placement_confirmed === 'yes',
    help: 'The 24-hour deadline for the looked-after child paperwork counts from this time.',
    refs: [protocol('10.6', 'l. 376')],
  },
];
