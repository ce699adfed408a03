/**
 * Flow `rtc`: a person who may pose a risk to children has been identified (shared/specs/rtc.md).
 * Seed lines: "001 Lnnn" = shared/seeds/001_533ea0b616aaa1e3.txt (chapter 1.4.15), "004 Lnnn" =
 * shared/seeds/004_19c8ab1d259a21d2.txt (West Midlands MAPPA memorandum). The flow always says "a person
 * presenting a risk or potential risk to children", never the older label 001 §1.1 discontinues.
 */
import { OutsideBankHolidayTableError, addWorkingDays, londonDate } from '../calendar';
import type { Answers, DeadlineRule, FlowContext, FlowDefinition, Option, Owner, Ref, StepDef, Team } from '../model';
import { z } from 'zod';

// ---- references ----
const chapter = (section: string, lines: string): Ref => ({ doc: 'rtc-procedure-1-4-15', section, lines });
const memo = (section: string, lines: string): Ref => ({ doc: 'mappa-memorandum-west-midlands', section, lines });
const memoChildrensServices = (lines: string): Ref => memo("Local Authority Children's Services Department", lines);
const national = (section: string, lines: string): Ref => ({ doc: 'mappa-guidance-national', section, lines });

// ---- predicates over the answers on the path ----
const list = (value: Answers[string]): string[] | undefined => (Array.isArray(value) ? value : undefined);
/** `basis` answered with at least one indicator (not [`none`]). */
const hasIndicator = (a: Answers): boolean => {
  const basis = list(a.basis);
  return basis !== undefined && !basis.includes('none');
};
const basisHas = (a: Answers, value: string): boolean => list(a.basis)?.includes(value) ?? false;
const linkHas = (a: Answers, ...values: string[]): boolean => values.some((v) => list(a.children_link)?.includes(v));
/** Q7 is skipped and counts as "yes" when the basis already says the person came to MAPPA's attention. */
const isMappaOffender = (a: Answers): boolean => a.mappa_offender === 'yes' || basisHas(a, 'mappa_attention');
/** A prisoner convicted of an offence against a child who is due for release, parole or temporary release (001 §5.1,
 * §5.3): a trigger of its own, whatever the basis question says (audit E4). */
const isReleaseCase = (a: Answers): boolean => typeof a.custody_release === 'string' && a.custody_release !== 'no';
/** Something the procedure treats as a reason to act: an indicator (§6.1) or a prisoner convicted of an offence
 * against a child coming out (§5.1). */
const hasTrigger = (a: Answers): boolean => hasIndicator(a) || isReleaseCase(a);
const isCsc = (a: Answers): boolean => a.agency === 'childrens_social_care';
const isCriminalJustice = (a: Answers): boolean => ['police', 'probation_prison', 'yot'].includes(a.agency as string);
/** A young person accused, warned or convicted of an offence against a child: §5.14 applies whatever the basis
 * question says (audit E4). */
const youngPersonCase = (a: Answers): boolean =>
  a.under_18 === 'yes' && typeof a.yp_status === 'string' && a.yp_status !== 'none';
/** Q4 answered "None of these": the person has no link to children that the asker knows of. */
const noLinkToChildren = (a: Answers): boolean => linkHas(a, 'none');
/** Q4 answered, and no link ticked can mean a child living at the release address (a prisoner "living in a household
 * with children" may mean the address they go to). Unanswered or "not known" settles nothing. */
const noChildLivesAtReleaseAddress = (a: Answers): boolean =>
  list(a.children_link) !== undefined && !linkHas(a, 'lives_with_children', 'not_known', 'release_address_children');
/** As above, and no child is likely to visit the release address either. */
const noChildAtReleaseAddress = (a: Answers): boolean =>
  noChildLivesAtReleaseAddress(a) && !linkHas(a, 'release_address_visit');

const yesNo: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const agencyOptions: Option[] = [
  { value: 'childrens_social_care', label: "Children's Social Care" },
  { value: 'police', label: 'Police' },
  { value: 'probation_prison', label: 'Probation or prison' },
  { value: 'yot', label: 'Youth offending team or service' },
  { value: 'health', label: 'Health' },
  { value: 'education', label: 'School or education' },
  { value: 'housing', label: 'Housing' },
  { value: 'other', label: 'Other' },
];

const basisOptions: Option[] = [
  { value: 'risk_to_children_offender', label: 'Convicted of an offence against a child ("Risk to Children Offender")' },
  { value: 'cautioned_offence_against_child', label: 'Cautioned, warned or reprimanded for an offence against children' },
  {
    value: 'civil_finding',
    label: 'A finding against them in civil proceedings (for example a Sex Offender Order or care proceedings)',
  },
  { value: 'previous_s47_abuse', label: 'A previous Section 47 Enquiry concluded there had been abuse' },
  { value: 'admitted_abuse', label: 'Has admitted abusing a child in the past' },
  {
    value: 'other_behaviour',
    label:
      'Other past or present behaviour that gives reason to suspect a child may be at risk of significant harm ' +
      '(for example domestic abuse or other serious assaults)',
  },
  {
    value: 'adult_offender_notified',
    label: 'An offender against adults, notified by prison or probation because of concern about children',
  },
  { value: 'mappa_attention', label: 'An offender who has come to the attention of MAPPA' },
  { value: 'none', label: 'None of these' },
];

/** The service each answer to Q2 names; "Other" names none of the services the bot knows. */
const AGENCY_TEAMS = new Map<string, Team>([
  ['childrens_social_care', 'childrens_social_care'],
  ['police', 'police'],
  ['probation_prison', 'probation'],
  ['yot', 'youth_justice'],
  ['health', 'health'],
  ['education', 'education'],
  ['housing', 'housing'],
]);
const agencyTeam = (a: Answers): Team | undefined => (typeof a.agency === 'string' ? AGENCY_TEAMS.get(a.agency) : undefined);

const agencyLabel = (a: Answers): string =>
  a.agency === 'other' ? 'Your agency' : agencyOptions.find((o) => o.value === a.agency)?.label ?? 'Your agency';
/** "You", in the service the practitioner named (Q2), or "Your agency" when it was not asked or is "Other". */
const you =
  (role: string) =>
  ({ answers }: FlowContext): Owner => ({ role, agency: agencyLabel(answers), team: 'asker' });
const mappaDecides: Owner = {
  role: 'The MAPPA lead agency decides at Level 1; all agencies at the MAPPA meeting agree at Level 2 or 3',
  agency: 'MAPPA lead agency (police, probation or youth offending team)',
};

const noDeadline: DeadlineRule = { kind: 'none' };
/** The sources set no timescale for the Section 47 Enquiry, the strategy discussion or the conference and hand them
 * to separate local procedures (spec header, N2): every step that starts, decides on or considers one says so. */
const localCpTimescale = ' The local child protection procedures set the timescale.';
const csc = (role: string): Owner => ({ role, agency: "Children's Social Care", team: 'childrens_social_care' });
/** 001 §5.14 puts the notification on both the police and the YOT worker: it is the asker's own step when they are
 * one of the two; asked by anyone else, it belongs to neither service alone. */
const policeAndYot =
  (role: string) =>
  ({ answers }: FlowContext): Owner => {
    const team = agencyTeam(answers);
    return {
      role,
      agency: 'Police and youth offending team',
      ...(team === 'police' || team === 'youth_justice' ? { team } : {}),
    };
  };

const criminalJusticeNote = (a: Answers, also: boolean): string =>
  isCriminalJustice(a)
    ? ` Criminal justice agencies ${also ? 'also ' : ''}inform the local safeguarding unit of their assessment.`
    : '';
const registeredSexOffenderNote =
  ' If the person is a registered sex offender and may not have told the police about a new address, about ' +
  'staying 7 days or more at another address, or about living or staying for at least 12 hours in a household ' +
  'with a child, tell the police.';
const basisLabels = (a: Answers): string =>
  [
    ...(list(a.basis) ?? []).filter((v) => v !== 'none').map((v) => basisOptions.find((o) => o.value === v)?.label ?? v),
    ...(isReleaseCase(a) ? ['A prisoner convicted of an offence against a child, due for release, parole or temporary release'] : []),
  ].join('; ');

/** The YOT report (001 §5.16): the end of the 10th working day after the conviction day. */
const yotReportOverdue = (ctx: FlowContext): boolean => {
  const conviction = ctx.answers.yp_conviction_date;
  if (typeof conviction !== 'string' || !ctx.now) return false;
  try {
    return addWorkingDays(conviction, 10) < londonDate(ctx.now);
  } catch (error) {
    if (error instanceof OutsideBankHolidayTableError) return false;
    throw error;
  }
};

const steps: Record<string, StepDef> = {
  R1: {
    action:
      "Act now to protect the child: use your agency's emergency procedures and contact the police. This procedure " +
      'does not set the emergency procedures out.',
    owner: you('You'),
    // [INFERENCE] (spec R1): the source gives no timescale; immediacy follows from the risk.
    due: { kind: 'immediately' },
    refs: [chapter('5.14', '001 L441')],
  },
  R2: {
    action:
      "Tell Children's Social Care now. Its team or group manager decides whether immediate action is needed to " +
      'protect the children. When the child is safe, start this check again for the full procedure. If the person is a ' +
      'young person who has been convicted, the YOT report is still due within 10 working days of conviction.',
    owner: you("You; Children's Social Care team/group manager decides"),
    due: { kind: 'immediately' },
    refs: [chapter('5.14', '001 L441'), chapter('5.15', '001 L442'), chapter('5.16', '001 L445')],
  },
  R3: {
    action: ({ answers }) =>
      "Refer to Children's Social Care as a child protection referral. Say what the concern is based on " +
      `(${basisLabels(answers)}) and which children you know of.` +
      criminalJusticeNote(answers, true) +
      " Children's Social Care then decides on the Section 47 Enquiry and any conference; that is not your decision." +
      registeredSexOffenderNote +
      localCpTimescale,
    owner: you('You (the referring practitioner)'),
    due: noDeadline,
    refs: [
      chapter('6.2', '001 L475'),
      memoChildrensServices('004 L581'),
      memoChildrensServices('004 L595'),
      chapter('2.3', '001 L32'),
      chapter('2.4', '001 L33'),
      memo('Category 1', '004 L102'),
      chapter('2.7', '001 L36'),
      chapter('2.8', '001 L37'),
    ],
  },
  R4: {
    action: "Share what your agency holds to help Children's Social Care's checks, for example what the prison service knows.",
    owner: you('You'),
    due: noDeadline,
    refs: [chapter('6.3', '001 L482')],
  },
  R5: {
    action:
      'Treat the information as a child protection referral and start a Section 47 Enquiry. This procedure sets no ' +
      'timescale; the local Section 47 Enquiries Procedure does.',
    owner: csc("Children's Social Care (team/group manager)"),
    due: noDeadline,
    refs: [chapter('6.2', '001 L475–479'), chapter('5.2', '001 L421')],
  },
  R6: {
    action:
      'During the enquiry, carry out checks, including with the prison service, to establish: children believed to have been abused by the ' +
      'person in the past; other children who were in contact with them and may have been at risk; children they are ' +
      'in contact with now through family, work or voluntary settings; children they may seek contact with, for ' +
      'example at a school near their home.',
    owner: csc('Social worker'),
    due: noDeadline,
    refs: [chapter('6.3', '001 L482–487')],
  },
  R7: {
    action:
      'During the enquiry, the risk assessment must consider: the needs of the children; the level and pattern of abusing or offending, ' +
      'including behaviour that did not lead to a conviction; the protection likely from other significant adults; ' +
      "and the children's ability to protect themselves.",
    owner: csc('Social worker / team manager'),
    due: noDeadline,
    refs: [chapter('6.4', '001 L490–495')],
  },
  R8: {
    action:
      'Convene a Child Protection Conference if the threshold criteria are met and any child needs continuing ' +
      'protection, therapeutic intervention or family support services. The local Child Protection Conferences ' +
      'Procedure sets the timescale.',
    owner: csc("Children's Social Care"),
    due: noDeadline,
    refs: [chapter('6.5', '001 L496')],
  },
  R9: {
    action: 'Throughout, keep a written audit trail of events, actions, discussions, decisions and the reasons for them.',
    owner: { role: 'All agencies involved', agency: 'Every agency involved' },
    due: noDeadline,
    // [INFERENCE] (Notes N9): §6.11 sits in the disclosure section; the spec applies it to every referral.
    refs: [chapter('6.11', '001 L519')],
  },
  R10: {
    action:
      'Make the §6.3 checks, including with the prison service, to find out whether the person lives with, has ' +
      'contact with, or is seeking contact with children. If any of these is found, treat it as a child protection ' +
      'referral and start a Section 47 Enquiry (steps R5–R8).' +
      localCpTimescale,
    owner: csc('Social worker / team manager'),
    due: noDeadline,
    refs: [chapter('6.3', '001 L482–487'), chapter('6.2', '001 L475–479')],
  },
  R11: {
    action: ({ answers }) =>
      "Pass the information to Children's Social Care so that it can make the checks." +
      criminalJusticeNote(answers, false) +
      " If you find out that the person lives with or has contact with children, tell Children's Social Care: that " +
      'makes it a child protection referral.' +
      registeredSexOffenderNote +
      localCpTimescale,
    owner: you('You'),
    due: noDeadline,
    // [INFERENCE] (spec R11): the step for agencies other than Children's Social Care.
    refs: [
      memoChildrensServices('004 L581'),
      chapter('6.2', '001 L475–479'),
      chapter('6.3', '001 L480–487'),
      chapter('2.3', '001 L32'),
      chapter('2.4', '001 L33'),
      memo('Category 1', '004 L102'),
      chapter('2.7', '001 L36'),
      chapter('2.8', '001 L37'),
    ],
  },
  R12: {
    action:
      'Decide with your manager, on all the information available, including risk assessments by probation, police, ' +
      'health or MAPPA. An offence being on the old Schedule 1 list does not by itself show that someone poses a ' +
      'risk; judge on all the information (§1.3–1.4). But any indicator, together with a link to children, must be ' +
      'treated as a child protection referral (§6.2). If you learn that the person lives with children, has contact ' +
      'with children, or is suspected of posing a risk to children in the area, start this check again: that is a child ' +
      'protection referral. Record your decision and reasons.',
    owner: you('You and your manager'),
    due: noDeadline,
    refs: [chapter('1.3', '001 L24'), chapter('1.4', '001 L25'), chapter('6.2', '001 L475–479'), chapter('6.11', '001 L519')],
  },
  R13: {
    action:
      "Notify Children's Social Care that the young person is accused of, warned about or convicted of an offence " +
      'against a child, and assess whether any child in the household or community is at immediate risk. ' +
      "Children's Social Care decides on any Section 47 Enquiry or Child and Family Single Assessment; that is not your decision." +
      localCpTimescale,
    owner: policeAndYot('The police and the YOT worker'),
    due: noDeadline,
    refs: [chapter('5.14', '001 L441')],
  },
  R14: {
    action:
      'Decide whether any immediate action is needed to protect the children, and whether to start a Section 47 ' +
      'Enquiry or a Child and Family Single Assessment. If no further assessment is needed, make a recommendation to ' +
      "the service manager; record the decision on both the Children's Social Care and YOT files." +
      localCpTimescale,
    owner: csc("Children's Social Care team/group manager; service manager"),
    due: noDeadline,
    refs: [chapter('5.15', '001 L442'), chapter('5.17', '001 L450')],
  },

  R15: {
    action:
      'Decide whether there is reasonable cause to suspect that a child is suffering, or is likely to suffer, ' +
      'significant harm; if so, start a Section 47 Enquiry. If you learn that children live at the address, a ' +
      'Section 47 Enquiry must be started.' +
      localCpTimescale,
    owner: csc("Children's Social Care team/group manager"),
    due: noDeadline,
    refs: [memoChildrensServices('004 L586–588'), chapter('5.11', '001 L434')],
  },
  R16: {
    action:
      "Tell Children's Social Care which children are likely to visit the address and what the offence means for " +
      'them, so that the social worker can assess the risk.' +
      registeredSexOffenderNote,
    owner: you('You'),
    due: noDeadline,
    refs: [chapter('5.7', '001 L430'), memoChildrensServices('004 L581'), memo('Category 1', '004 L102')],
  },

  // Steps the flags add.
  tell_mappa_lead_agency: {
    action:
      'Tell the MAPPA lead agency (police, probation or YOT) or the MAPPA Co-ordinator about the children involved. ' +
      'Where a child is a child in need or looked after, the local authority must be represented at the MAPPA meeting.',
    // "About the children involved" (001 §6.13 L525): nothing to tell when the answers say there are none.
    appliesWhen: ({ answers }) => !noLinkToChildren(answers),
    owner: you("The practitioner who holds the information; Children's Social Care attends MAPPA"),
    due: noDeadline,
    // [INFERENCE] (spec): telling the lead agency is read from these lines.
    refs: [chapter('6.13', '001 L525'), chapter('6.10', '001 L513'), memoChildrensServices('004 L594')],
  },
  disclosure_decision: {
    action: ({ answers }) =>
      isMappaOffender(answers)
        ? 'Disclosure about a person managed under MAPPA is decided through MAPPA: at Level 1 by the lead agency, ' +
          'recorded on its case system; at Level 2 or 3 it must be considered at every MAPPA meeting and agreed by ' +
          'all agencies there. If your agency is not the lead agency, raise it with the lead agency or the MAPPA ' +
          "Co-ordinator; don't tell the parent, carer or anyone else yourself."
        : isCsc(answers)
        ? 'Before any disclosure: carry out the risk assessment, consult the person where possible, and consult the ' +
          'child protection manager and the legal department. The service manager decides, in consultation with the ' +
          'police and probation, at a Strategy Meeting.'
        : "Don't tell the parent, carer or anyone else yourself. Pass the question to Children's Social Care. The " +
          "Children's Social Care service manager decides at a Strategy Meeting with the police and probation.",
    owner: ({ answers }) =>
      isMappaOffender(answers)
        ? mappaDecides
        : {
            role:
              "Children's Social Care service manager (decision); child protection manager and legal department " +
              '(consulted); police and probation (strategy meeting)',
            agency: "Children's Social Care",
            team: 'childrens_social_care',
          },
    due: noDeadline,
    refs: [
      chapter('6.18', '001 L549'),
      chapter('6.12', '001 L522–524'),
      chapter('6.10', '001 L513–518'),
      national('10.5', '003 L3958'),
      national('10.7', '003 L3964'),
    ],
  },
  release_inform: {
    action: ({ answers }) =>
      answers.custody_release === 'release_end_of_sentence'
        ? "Inform the director of Children's Social Care and the chief probation officer before the release date."
        : "Tell the director of Children's Social Care in writing, copied to the chief probation officer. For parole, " +
          "ask the director of Children's Social Care for comments on the release.",
    owner: { role: 'Prison probation officer', agency: 'Prison and probation', team: 'probation' },
    due: ({ answers }) =>
      answers.custody_release === 'release_end_of_sentence'
        ? { kind: 'stated', text: 'before release (prior to the release date)' }
        : noDeadline,
    refs: [chapter('5.1', '001 L420'), chapter('5.3', '001 L426'), chapter('5.4', '001 L427')],
  },
  release_address_checks: {
    action:
      'Interview those living at the address (a joint visit with the police is possible), establish the significance ' +
      "of the offence for any child living at or likely to visit the address, and tell Children's Social Care.",
    owner: { role: 'Probation staff', agency: 'Probation', team: 'probation' },
    due: noDeadline,
    refs: [chapter('5.5', '001 L428'), chapter('5.6', '001 L429'), chapter('5.7', '001 L430')],
  },
  release_risk_assessment: {
    action: 'Assess the potential risk to each child identified and set out any child protection issues in writing.',
    // 001 §5.8 L431: for a child living at or likely to visit the address.
    appliesWhen: ({ answers }) => !noChildAtReleaseAddress(answers),
    owner: csc('Social worker'),
    due: noDeadline,
    refs: [chapter('5.8', '001 L431'), chapter('5.9', '001 L432')],
  },
  release_report_shared: {
    action: "Share the probation report with Children's Social Care.",
    owner: { role: 'Local probation officer', agency: 'Probation', team: 'probation' },
    due: noDeadline,
    refs: [chapter('5.10', '001 L433')],
  },
  release_s47: {
    action: ({ answers }) =>
      (linkHas(answers, 'release_address_children')
        ? 'Children live at the release address, so a Section 47 Enquiry must be initiated.'
        : 'If children live at the release address, a Section 47 Enquiry must be initiated.') + localCpTimescale,
    // 001 §5.2 L421, §5.11 L434: children at the address, not children only likely to visit it (§5.8 L431).
    appliesWhen: ({ answers }) => !noChildLivesAtReleaseAddress(answers),
    owner: csc("Children's Social Care"),
    due: noDeadline,
    refs: [chapter('5.2', '001 L421'), chapter('5.11', '001 L434')],
  },
  yp_notify: {
    action:
      "Notify Children's Social Care that the young person is accused of, or convicted of, an offence against a " +
      'child, and assess whether any child in the household or community is at immediate risk.',
    owner: policeAndYot('Police and YOT worker'),
    due: noDeadline,
    refs: [chapter('5.14', '001 L441')],
  },
  yp_immediate_action: {
    action: 'Decide whether immediate action is needed to protect the children.',
    owner: csc("Children's Social Care team/group manager"),
    due: noDeadline,
    refs: [chapter('5.15', '001 L442')],
  },
  yot_report: {
    action: (ctx) =>
      (yotReportOverdue(ctx) ? 'Overdue: send now. ' : '') +
      'Where relevant, tell the young person and family about the potential implications of the offence. Send a ' +
      'report to the child protection manager covering the context of the offence, the evidence, the age difference ' +
      'between the young people, triggers, substance misuse and mental health, and recommend whether child ' +
      'protection procedures should be invoked (attach the pre-sentence report and the YOT assessment).',
    owner: { role: 'YOT worker', agency: 'Youth offending team', team: 'youth_justice' },
    // The conviction day is day 0 and the report is due at the end of the 10th working day ([INFERENCE], spec header).
    // 001 L445 says only "within 10 working days": no office closing time, so the card shows the date alone.
    due: { kind: 'workingDays', n: 10, from: 'conviction' },
    // N6: §5.16 still uses the older label; the action paraphrases it without the label.
    refs: [chapter('5.16', '001 L445–449')],
  },
  yp_assessment_decision: {
    action:
      'Consider a Section 47 Enquiry or a Child and Family Single Assessment; if neither is needed, make a ' +
      "recommendation to the service manager, and record the decision on both the Children's Social Care and YOT files." +
      localCpTimescale,
    owner: csc("Children's Social Care team/group manager; service manager"),
    due: noDeadline,
    refs: [chapter('5.17', '001 L450')],
  },
};

/** Audit E1: disclosure about a person managed under MAPPA is decided through MAPPA (001 §6.10 L513; 003 §10.5,
 * §10.7); the local authority's own rules (001 §6.6–6.23, the service manager at a Strategy Meeting) are for
 * disclosure by Children's Social Care about people not managed under MAPPA, including alleged abusers. */
const mappaDisclosureText = (answers: Answers): string =>
  [
    'This person is managed under MAPPA, so disclosure is decided through MAPPA, not by one practitioner. At Level 1 ' +
      'the lead agency decides and records the decision on its case system. At Level 2 or 3 disclosure must be ' +
      'considered at every MAPPA meeting and any decision to disclose is agreed by all agencies there. If your agency ' +
      "is not the lead agency, raise it with the lead agency or the MAPPA Co-ordinator; don't tell the parent, carer " +
      'or anyone else yourself.',
    'For a person convicted of a child sex offence, the police, probation and prison services must by law consider ' +
      'disclosure (section 327A of the Criminal Justice Act 2003), and there is a presumption in favour of disclosure ' +
      'where there is a risk of serious harm to an identified child, unless there is a defensible reason not to.',
    'Disclosure should be considered in particular where the person has started a relationship with a partner who ' +
      'has children or grandchildren, and sometimes for friends or neighbours with children.',
    ...(answers.under_18 === 'yes'
      ? [
          "No decision about disclosure can be made unless a senior representative of both YOS and Children's " +
            'services are present at the MAPPA meeting.',
        ]
      : []),
    "Children's Social Care's own rules, where its service manager decides at a Strategy Meeting with the police and " +
      'probation, are for disclosure by Children\'s Social Care about people not managed under MAPPA, such as alleged ' +
      'abusers who were not convicted.',
  ].join(' ');

const localAuthorityDisclosureText = (answers: Answers): string =>
  [
    !isCsc(answers)
      ? "Don't tell the parent, carer or anyone else yourself. Pass the question to Children's Social Care. The " +
        "decision is taken by the Children's Social Care service manager at a Strategy Meeting with the police and " +
        'probation.'
      : undefined,
    '(1) The presumption is against disclosure, subject to the Information Sharing and Confidentiality Procedure: ' +
      'information is not normally disclosed unless the (suspected or alleged) offender consents, there is a ' +
      'statutory requirement or other duty, or there is a duty to the public.',
    '(2) Seek legal advice where the lawfulness is in doubt. A lack of conviction does not stop the local authority ' +
      'warning parents or carers about someone honestly believed on reasonable grounds to have abused other children.',
    '(3) Carry out a risk assessment before any decision, considering both enduring and changeable factors: previous ' +
      'offending, behaviour indicating likelihood of re-offending, any specific vulnerability of the children, other ' +
      'operational considerations, compliance, proximity of potential victims, probability and harm of further ' +
      'offending, expert opinion, and the risks of disclosure itself (displacing offending, driving the person ' +
      'underground, consequences for them and their family, law and order).',
    '(4) Where possible, consult the person and let them challenge the information.',
    '(5) Consult the child protection manager and the legal department. The service manager decides, in ' +
      'consultation with police and probation, at a Strategy Meeting.',
    '(6) If the police do not support a planned disclosure about a risk to an identified child, take further legal advice.',
    '(7) Justify each disclosure on the likely harm from not disclosing; consider less intrusive options first: ' +
      "probation's powers if the person is supervised; asking for the person's consent; letting the person make the " +
      'disclosure themselves. Do not seek consent or allow self-disclosure if that would increase the risk to any child.',
    '(8) If disclosing, the strategy meeting agrees what is disclosed, to whom, the timescales, who discloses and how, ' +
      'advice for the recipients, and a contact person; afterwards the social worker, police or probation officer ' +
      "must note how seriously the child or carer took the information, the carer's ability and plans to protect the " +
      "child, and the carer's immediate plans for protection.",
    '(9) For convicted abusers, the risk assessment for disclosure is generally led by the police and probation ' +
      "through MAPPA. Children's Social Care may need to assess the risk from alleged abusers who have been charged " +
      'and await the outcome, were not prosecuted, had the case left on file, or were acquitted.',
  ]
    .filter((s): s is string => s !== undefined)
    .join(' ');

const disclosureText = ({ answers }: FlowContext): string =>
  isMappaOffender(answers) ? mappaDisclosureText(answers) : localAuthorityDisclosureText(answers);

export const rtc: FlowDefinition = {
  id: 'rtc',
  title: 'A person who may pose a risk to children has been identified: what do I do?',
  description: 'What to do when a person presenting a risk or potential risk to children is identified, who decides and by when.',
  triggers: [
    'risk to children',
    'person posing a risk to children',
    'offender moved in with a family',
    'contact with children',
    'child protection referral',
    'section 47',
    's47',
    'new partner has children',
    'tell the mum about his past',
    'young person convicted of an offence against a child',
    'moved in with a family',
    'schedule 1',
  ],
  rulesVersion: 'rtc-2026.12.3',
  maxQuestions: 10,
  defaultSettings: {},
  settingsSchema: z.object({}).strict(),

  questions: [
    {
      id: 'immediate_risk',
      text: 'Is any child in immediate danger right now?',
      type: 'yesno',
      options: yesNo,
      help: 'If yes, the bot stops asking questions and shows what to do now.',
      refs: [chapter('5.14', '001 L441'), chapter('5.15', '001 L442')],
    },
    {
      id: 'agency',
      text: 'Which service are you in?',
      type: 'choice',
      options: agencyOptions,
      askedWhen: ({ answers }) => answers.immediate_risk === 'no',
      help: "Children's Social Care gets its own next steps.",
      refs: [chapter('6.2', '001 L475'), memoChildrensServices('004 L581')],
    },
    {
      id: 'basis',
      text: 'What is the concern about this person based on? Tick all that apply.',
      type: 'multichoice',
      options: basisOptions,
      exclusiveOption: 'none',
      askedWhen: ({ answers }) => answers.immediate_risk === 'no',
      help:
        'These are the indicators in the procedure. "Other behaviour" can include conduct that did not lead to a ' +
        'conviction (charged and awaiting trial, not prosecuted, left on file, acquitted), but only where that ' +
        'behaviour still gives reason to suspect a child may be at risk of significant harm. An offence being on the ' +
        'old Schedule 1 list does not by itself show that someone poses a risk; judge on all the information ' +
        '(§1.3–1.4). But any indicator below, together with a link to children, must be treated as a child protection ' +
        'referral (§6.2).',
      // N8: alleged abusers (§6.10) are covered by "other behaviour" only where the behaviour itself is an indicator.
      refs: [
        chapter('6.1', '001 L459–468'),
        chapter('6.9', '001 L510'),
        chapter('6.10', '001 L513–518'),
        chapter('1.4', '001 L25'),
        chapter('6.2', '001 L475–479'),
      ],
    },
    {
      id: 'custody_release',
      text: 'Is the person a prisoner convicted of an offence against a child who is due for release, parole or temporary release?',
      type: 'choice',
      options: [
        { value: 'release_end_of_sentence', label: 'Release at the end of the sentence' },
        { value: 'parole_or_temporary_release', label: 'Being considered for parole, or temporary release' },
        { value: 'no', label: 'No' },
      ],
      askedWhen: ({ answers }) => answers.immediate_risk === 'no',
      help: 'Prison and probation have duties before release.',
      refs: [chapter('5.1', '001 L420'), chapter('5.3', '001 L426')],
    },
    {
      id: 'children_link',
      text: 'How is the person linked to children? Tick all that apply.',
      type: 'multichoice',
      options: [
        { value: 'lives_with_children', label: 'Lives in a household with children' },
        { value: 'contact_with_children', label: 'Has contact with children (family, work or voluntary setting)' },
        { value: 'risk_in_area', label: 'Suspected of posing a risk to children in the area' },
        { value: 'release_address_children', label: 'Children live at the address they will go to on release' },
        { value: 'release_address_visit', label: 'Children are likely to visit the address they will go to on release' },
        { value: 'not_known', label: 'Not known yet' },
        { value: 'none', label: 'None of these' },
      ],
      exclusiveOption: 'none',
      askedWhen: ({ answers }) => answers.immediate_risk === 'no' && hasTrigger(answers),
      help:
        'A dangerous offender known to be in the area can be enough. If the person works or volunteers with children, ' +
        "your organisation's procedures on allegations against staff may also apply; this procedure does not cover them.",
      refs: [
        chapter('6.2', '001 L477–479'),
        chapter('6.3', '001 L486'),
        chapter('5.2', '001 L421'),
        chapter('5.7', '001 L430'),
        chapter('5.8', '001 L431'),
        chapter('5.11', '001 L434'),
        memoChildrensServices('004 L588'),
      ],
    },
    {
      id: 'under_18',
      text: 'Is the person under 18?',
      type: 'yesno',
      options: yesNo,
      askedWhen: ({ answers }) => answers.immediate_risk === 'no',
      help: "Don't enter a date of birth.",
      refs: [chapter('5.12', '001 L437–451')],
    },
    {
      id: 'yp_status',
      text: 'Has the young person been accused, warned or convicted of an offence against a child?',
      type: 'choice',
      options: [
        { value: 'convicted', label: 'Convicted' },
        { value: 'accused', label: 'Accused or charged' },
        { value: 'warned', label: 'Cautioned, finally warned or reprimanded' },
        { value: 'none', label: 'None of these' },
      ],
      askedWhen: ({ answers }) => answers.under_18 === 'yes',
      help: 'The procedure covers young people "Accused, Finally Warned About or Convicted of Offences Against Children".',
      refs: [chapter('5.12', '001 L437'), chapter('5.14', '001 L441')],
    },
    {
      id: 'yp_conviction_date',
      text: 'What was the date of conviction?',
      type: 'date',
      askedWhen: ({ answers }) => answers.yp_status === 'convicted',
      help: 'Used for the YOT report due within 10 working days of conviction.',
      refs: [chapter('5.16', '001 L445')],
    },
    {
      id: 'mappa_offender',
      text: 'Is the person a MAPPA offender?',
      type: 'choice',
      options: [...yesNo, { value: 'not_known', label: 'Not known' }],
      askedWhen: ({ answers }) =>
        answers.immediate_risk === 'no' && list(answers.basis) !== undefined && !basisHas(answers, 'mappa_attention'),
      help: 'If not known, ask the police or probation, or use the MAPPA check.',
      refs: [chapter('6.1', '001 L468'), chapter('6.13', '001 L525'), memoChildrensServices('004 L594')],
    },
    {
      id: 'disclosure',
      text: 'Is anyone thinking of telling a parent, carer or other third party about the person\'s history?',
      type: 'yesno',
      options: yesNo,
      askedWhen: ({ answers }) => answers.immediate_risk === 'no',
      help:
        'Disclosure has its own rules and decision-maker: MAPPA decides for a person managed under MAPPA; otherwise ' +
        "the Children's Social Care service manager decides.",
      refs: [chapter('6.6', '001 L501'), chapter('6.18', '001 L549'), national('10.5', '003 L3958'), national('10.7', '003 L3964')],
    },
  ],

  outcomes: {
    IMMEDIATE_ACTION: {
      label: 'A child may be in immediate danger: act now',
      tone: 'urgent',
      summary:
        "A child may be at immediate risk, so act now to protect them and tell Children's Social Care, whose team or " +
        'group manager decides what immediate action is needed.',
      decidedBy: {
        role: "Children's Social Care team/group manager (immediate protective action)",
        agency: "Children's Social Care",
        team: 'childrens_social_care',
      },
      indicative: true,
      agency: "Children's Social Care",
      // [INFERENCE] (Notes N3): §5.14–5.15 are written for young people who offend and applied here to anyone.
      refs: [chapter('5.14', '001 L441'), chapter('5.15', '001 L442')],
      steps: ['R1', 'R2'],
    },
    CP_REFERRAL_S47: {
      label: 'Child protection referral: Section 47 Enquiry',
      tone: 'attention',
      summary:
        'The person may pose a risk to children and lives with children, has contact with children, is suspected of ' +
        "posing a risk to children in the area, or is to be released to an address where children live, so Children's " +
        'Social Care must treat this as a child protection referral and start a Section 47 Enquiry.',
      decidedBy: {
        role: "Children's Social Care (Section 47 Enquiry and any conference)",
        agency: "Children's Social Care",
        team: 'childrens_social_care',
      },
      // The referral duty is fixed; the thresholds inside the enquiry are Children's Social Care's (spec section 3).
      indicative: false,
      agency: "Children's Social Care",
      refs: [chapter('6.2', '001 L475–479'), chapter('5.2', '001 L421'), chapter('5.11', '001 L434')],
      steps: ({ answers }) => (isCsc(answers) ? ['R5', 'R6', 'R7', 'R8', 'R9'] : ['R3', 'R4', 'R9']),
    },
    YP_NOTIFY_CSC: {
      label: "Young person accused or convicted of an offence against a child: tell Children's Social Care",
      tone: 'attention',
      summary:
        "The police and the YOT worker must notify Children's Social Care, whose team/group manager decides whether " +
        'immediate action is needed and whether to start a Section 47 Enquiry or a Child and Family Single Assessment.',
      decidedBy: {
        role: "Children's Social Care team/group manager (service manager if no further assessment)",
        agency: "Children's Social Care",
        team: 'childrens_social_care',
      },
      indicative: true,
      agency: "Children's Social Care",
      refs: [
        chapter('5.13', '001 L440'),
        chapter('5.14', '001 L441'),
        chapter('5.15', '001 L442'),
        chapter('5.16', '001 L445'),
        chapter('5.17', '001 L450'),
      ],
      steps: ({ answers }) => (isCsc(answers) ? ['R14'] : ['R13']),
    },
    RELEASE_RISK_ASSESSMENT: {
      label: "Children likely to visit the release address: Children's Social Care assesses the risk",
      tone: 'attention',
      summary:
        'Children are likely to visit the address the person will go to on release, so the social worker must assess ' +
        "the potential risk to each child and set out any child protection issues in writing; Children's Social Care " +
        'then decides whether there is reasonable cause to suspect significant harm, which would call for a Section 47 ' +
        'Enquiry.',
      decidedBy: {
        role: "Children's Social Care (the risk assessment and any Section 47 Enquiry)",
        agency: "Children's Social Care",
        team: 'childrens_social_care',
      },
      indicative: true,
      agency: "Children's Social Care",
      refs: [
        chapter('5.7', '001 L430'),
        chapter('5.8', '001 L431'),
        chapter('5.9', '001 L432'),
        memoChildrensServices('004 L586–588'),
      ],
      steps: ({ answers }) =>
        isCsc(answers) ? ['release_risk_assessment', 'R15', 'R9'] : ['R16', 'release_risk_assessment', 'R15', 'R9'],
    },
    CHECK_AND_REFER: {
      label: "Find out which children are involved: Children's Social Care to check",
      tone: 'warning',
      summary:
        'There is an indicator of risk but it is not yet known whether the person lives with or has contact with ' +
        'children, so the checks in the procedure must establish this; if they do, it becomes a child protection referral.',
      decidedBy: { role: "Children's Social Care", agency: "Children's Social Care", team: 'childrens_social_care' },
      indicative: true,
      agency: "Children's Social Care",
      refs: [chapter('6.3', '001 L482–487'), chapter('6.2', '001 L475–479')],
      steps: ({ answers }) => (isCsc(answers) ? ['R10'] : ['R11']),
    },
    PROFESSIONAL_JUDGEMENT: {
      label: 'No referral trigger identified: use professional judgement',
      tone: 'info',
      summary:
        'The answers do not show both an indicator of risk and a link to children, and the procedure leaves the ' +
        "protection of children to practitioners' professional judgement on all the available information.",
      decidedBy: { role: 'The practitioner, with their manager', team: 'asker' },
      indicative: true,
      agency: 'Your agency',
      refs: [chapter('1.3', '001 L24'), chapter('1.4', '001 L25')],
      steps: ['R12'],
    },
  },

  rules: [
    {
      id: 'RC1',
      when: ({ answers }) => answers.immediate_risk === 'yes',
      outcome: 'IMMEDIATE_ACTION',
      // [INFERENCE] (spec RC1): applied to any person presenting a risk; DESIGN principle 3 ends the flow.
      refs: [chapter('5.14', '001 L441'), chapter('5.15', '001 L442')],
    },
    {
      id: 'RC1a',
      // Audit E4: the young person's status is a trigger of its own (001 §5.14), whatever the basis question says.
      when: ({ answers }) => youngPersonCase(answers),
      outcome: 'YP_NOTIFY_CSC',
      refs: [chapter('5.13', '001 L440'), chapter('5.14', '001 L441'), chapter('5.15', '001 L442'), chapter('5.17', '001 L450')],
    },
    {
      id: 'RC2',
      when: ({ answers }) =>
        hasTrigger(answers) &&
        linkHas(answers, 'lives_with_children', 'contact_with_children', 'risk_in_area', 'release_address_children'),
      outcome: 'CP_REFERRAL_S47',
      refs: [chapter('5.2', '001 L421'), chapter('5.11', '001 L434'), chapter('6.2', '001 L475–479')],
    },
    // Audit E13: children only likely to visit the release address call for the social worker's risk assessment
    // (001 §5.8 L431); the Section 47 Enquiry is mandatory for an address where children live (§5.11 L434).
    {
      id: 'RC2b',
      when: ({ answers }) => hasTrigger(answers) && linkHas(answers, 'release_address_visit'),
      outcome: 'RELEASE_RISK_ASSESSMENT',
      refs: [chapter('5.7', '001 L430'), chapter('5.8', '001 L431'), chapter('5.9', '001 L432')],
    },
    {
      id: 'RC3',
      when: ({ answers }) => hasTrigger(answers) && linkHas(answers, 'not_known'),
      outcome: 'CHECK_AND_REFER',
      // [INFERENCE] (spec RC3): an unknown link is resolved by the §6.3 checks.
      refs: [chapter('6.3', '001 L482–487')],
    },
    { id: 'RC4', when: () => true, outcome: 'PROFESSIONAL_JUDGEMENT', refs: [chapter('1.3', '001 L24'), chapter('1.4', '001 L25')] },
  ],

  // Flags are for every outcome except IMMEDIATE_ACTION, which ends the flow at once (spec section 5).
  flags: [
    {
      id: 'MAPPA_OFFENDER',
      label: 'MAPPA offender: tell the MAPPA lead agency',
      text:
        'Tell the MAPPA lead agency (police, probation or YOT) or the MAPPA Co-ordinator about the children involved. ' +
        "The risk assessment and management will usually be through MAPPA; Children's Social Care has a particular " +
        'role when an individual is setting up home with a new partner who has children. Where a child is a child in ' +
        'need or looked after, the local authority must be represented at the MAPPA meeting. The risk assessment for ' +
        'any disclosure about a convicted abuser is generally led by the police and probation through MAPPA.',
      when: ({ answers }, outcomeId) => outcomeId !== 'IMMEDIATE_ACTION' && isMappaOffender(answers),
      steps: ['tell_mappa_lead_agency'],
      refs: [chapter('6.13', '001 L525'), chapter('6.10', '001 L513'), memoChildrensServices('004 L594')],
      startsFlow: 'mappa',
    },
    {
      id: 'DISCLOSURE_DECISION',
      label: 'Disclosure to a parent, carer or third party',
      text: disclosureText,
      when: ({ answers }, outcomeId) => outcomeId !== 'IMMEDIATE_ACTION' && answers.disclosure === 'yes',
      steps: ['disclosure_decision'],
      // N5: 001 §6.7 presumes against disclosure by the local authority; 004 L1004 and 003 §10.3 (s.327A) set the
      // MAPPA duty and presumption for child sex offenders. In a MAPPA case the card gives the MAPPA route only (E1).
      refs: [
        chapter('6.6', '001 L501'),
        chapter('6.7', '001 L504–508'),
        chapter('6.8', '001 L509'),
        chapter('6.9', '001 L510'),
        chapter('6.10', '001 L513–518'),
        chapter('6.12', '001 L524'),
        chapter('6.13', '001 L525'),
        chapter('6.14', '001 L526–537'),
        chapter('6.15', '001 L538–546'),
        chapter('6.16', '001 L547'),
        chapter('6.17', '001 L548'),
        chapter('6.18', '001 L549'),
        chapter('6.19', '001 L550'),
        chapter('6.20', '001 L555'),
        chapter('6.21', '001 L556–562'),
        chapter('6.22', '001 L565–572'),
        chapter('6.23', '001 L575–579'),
        memo('Disclosure', '004 L1004'),
        national('10.3', '003 L3951'),
        national('10.5', '003 L3958'),
        national('10.7', '003 L3964'),
        national('10.11', '003 L4018–4030'),
        memo('Youth Offending Service', '004 L571'),
      ],
    },
    {
      id: 'PRISONER_RELEASE',
      label: 'Prisoner due for release, parole or temporary release',
      text: ({ answers }) =>
        (answers.custody_release === 'release_end_of_sentence'
          ? "The director of Children's Social Care and the chief probation officer must be informed before the release date. "
          : "Tell the director of Children's Social Care in writing, copied to the chief probation officer; for parole, " +
            "ask the director of Children's Social Care for comments on the release. ") +
        'Probation staff interview those living at the address and may visit jointly with the police; they establish ' +
        "the significance of the offence for any child living at or likely to visit the address and tell Children's " +
        'Social Care. The social worker assesses the potential risk and identifies any child protection issues in ' +
        "writing. The local probation officer shares the report with Children's Social Care. If children are at the " +
        'release address, a Section 47 Enquiry must be initiated.',
      when: ({ answers }, outcomeId) =>
        outcomeId !== 'IMMEDIATE_ACTION' && typeof answers.custody_release === 'string' && answers.custody_release !== 'no',
      steps: ['release_inform', 'release_address_checks', 'release_risk_assessment', 'release_report_shared', 'release_s47'],
      refs: [
        chapter('5.1', '001 L420'),
        chapter('5.2', '001 L421'),
        chapter('5.3', '001 L426'),
        chapter('5.4', '001 L427'),
        chapter('5.5', '001 L428'),
        chapter('5.6', '001 L429'),
        chapter('5.7', '001 L430'),
        chapter('5.8', '001 L431'),
        chapter('5.9', '001 L432'),
        chapter('5.10', '001 L433'),
        chapter('5.11', '001 L434'),
      ],
    },
    {
      id: 'YOUNG_PERSON',
      label: 'Young person accused, warned or convicted',
      text: ({ answers }) =>
        'Consider this together with the local Abuse by Children Procedure. The police and the YOT worker must notify ' +
        "Children's Social Care whenever a young person is accused of, or convicted of, an offence against a child, and " +
        "assess whether any child in the household or community is at immediate risk. The Children's Social Care team " +
        'or group manager decides whether immediate action is needed. ' +
        (answers.yp_status === 'convicted'
          ? 'As the young person is convicted, the YOT worker must send a report to the child protection manager within ' +
            '10 working days of conviction and recommend whether child protection procedures should be invoked. '
          : 'If the young person is convicted, the YOT worker must report to the child protection manager within 10 ' +
            'working days of conviction. ') +
        'The team or group manager considers a Section 47 Enquiry or a Child and Family Single Assessment. Young ' +
        'people who pose a significant risk are distinguished from those whose offence shows no ongoing child ' +
        'protection concern (for example consensual sexual activity between children of a similar age): a professional ' +
        'judgement. A conviction for a sexual offence may bring registration; the YOT report and any Children\'s ' +
        'Social Care assessment are then considered through MAPPA.',
      when: ({ answers }, outcomeId) => outcomeId !== 'IMMEDIATE_ACTION' && youngPersonCase(answers),
      steps: ({ answers }) => [
        'yp_notify',
        'yp_immediate_action',
        ...(answers.yp_status === 'convicted' ? ['yot_report'] : []),
        'yp_assessment_decision',
      ],
      refs: [
        chapter('5.12', '001 L437–439'),
        chapter('5.13', '001 L440'),
        chapter('5.14', '001 L441'),
        chapter('5.15', '001 L442'),
        chapter('5.16', '001 L445–449'),
        chapter('5.17', '001 L450'),
        chapter('5.18', '001 L451'),
      ],
    },
  ],

  steps,

  askerTeam: ({ answers }) => agencyTeam(answers),

  anchors: {
    conviction: { label: 'conviction', resolve: ({ answers }) => answers.yp_conviction_date as string | undefined },
  },

  termNotes: [
    {
      phrase: 'schedule 1',
      text:
        'The "Schedule 1 offender" label is no longer used: it was replaced by "a person identified as presenting a ' +
        'risk or potential risk to children". The label defined people by their past offending rather than by any ' +
        'ongoing risk, lasted for life with no review, was unclear about which offences it covered, and missed ' +
        'offences where a child is targeted but the offence is not child-specific. An offence on the old list does not ' +
        'by itself show a risk: judge on all the information.',
      refs: [chapter('1.1', '001 L15'), chapter('1.2', '001 L16–23'), chapter('1.4', '001 L25')],
    },
  ],
};
