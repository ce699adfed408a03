import type { Ref } from '../model';

/**
 * Terms new starters ask about, each explained in two or three plain sentences of the project's own words
 * (never the procedures' text), with the sections where the sources define or best explain it
 * (shared/specs/glossary-sources.md). Where the sources use a term without defining it, `notDefined` says so
 * and the card shows it. `flow` names the check to offer beside the explanation.
 */
export interface GlossaryTerm {
  id: string;
  /** As the card heads it. */
  term: string;
  /** Other ways people write it (lower case): short forms, old names, common misspellings. */
  aliases: string[];
  definition: string;
  refs: Ref[];
  /** The procedures use the term but do not define it, or do not use it at all: said in plain words. */
  notDefined?: string;
  flow?: string;
}

const mappa = (section: string): Ref => ({ doc: 'mappa-guidance-national', section });
const mappa2012 = (section: string): Ref => ({ doc: 'mappa-guidance-national-2012', section });
const briefing = (section: string): Ref => ({ doc: 'mappa-briefing-cheshire', section });
const memo = (section: string): Ref => ({ doc: 'mappa-memorandum-west-midlands', section });
const kent = (section: string): Ref => ({ doc: 'kcc-asc-safeguarding-pg', section });
const careAct = (section: string): Ref => ({ doc: 'care-act-2014', section });
const protocol = (section: string): Ref => ({ doc: 'bexley-yos-csc-protocol', section });
const childrenAct = (section: string): Ref => ({ doc: 'children-act-1989', section });
const rtc = (section: string): Ref => ({ doc: 'rtc-procedure-1-4-15', section });
const maracForm = (section: string): Ref => ({ doc: 'kmsab-marac-referral', section });
const dash = (section: string): Ref => ({ doc: 'safelives-dash', section });
const daAct = (section: string): Ref => ({ doc: 'domestic-abuse-act-2021', section });
const mappaDa = (section: string): Ref => ({ doc: 'mappa-guidance', section });

export const glossary: readonly GlossaryTerm[] = [
  // ---- MAPPA and public protection ----
  {
    id: 'mappa',
    term: 'MAPPA (multi-agency public protection arrangements)',
    aliases: ['mappa', 'multi agency public protection arrangements', 'mapp meeting', 'mappa nominal'],
    definition:
      'The arrangements, set up by the Criminal Justice Act 2003 in every area, through which police, probation and prisons, with other agencies, assess and manage people convicted of serious sexual, violent or terrorist offences. MAPPA is not an organisation of its own: each agency keeps its own duties and MAPPA co-ordinates them.',
    refs: [mappa('1.2'), briefing('MAPPA - General Awareness Briefing')],
    flow: 'mappa',
  },
  {
    id: 'mappa-category-1',
    term: 'MAPPA Category 1',
    aliases: ['category 1', 'cat 1', 'mappa cat 1', 'mappa category one', 'category one', 'cat one'],
    definition:
      'People who must notify the police of their details because of a sexual offence (often called "registered sex offenders"). They stay in Category 1 for as long as the notification requirement lasts.',
    refs: [mappa('6.4–6.6'), memo('Category 1')],
    flow: 'mappa',
  },
  {
    id: 'mappa-category-2',
    term: 'MAPPA Category 2',
    aliases: ['category 2', 'cat 2', 'mappa cat 2', 'category two', 'cat two', 'violent and other sexual offenders'],
    definition:
      'People convicted of murder or of a violent or sexual offence on the Schedule 15 list who received a qualifying sentence: 12 months or more in custody (suspended sentences count), or a hospital or guardianship order. A sentence of 52 weeks is not 12 months, and the category ends when the licence or order ends.',
    refs: [mappa('6.7'), mappa('6.8'), mappa('6.38–6.39')],
    flow: 'mappa',
  },
  {
    id: 'mappa-category-3',
    term: 'MAPPA Category 3',
    aliases: ['category 3', 'cat 3', 'mappa cat 3', 'category three', 'cat three', 'other dangerous offender', 'other dangerous offenders', 'odo'],
    definition:
      'People with a conviction, caution or similar finding, not in another category, whose offending shows they could cause serious harm and who need several agencies to manage them together at Level 2 or 3. The lead agency refers them with the MAPPA A form, and the MAPPA co-ordination unit decides; domestic abuse and stalking perpetrators must always be considered.',
    refs: [mappa('6.11–6.14'), mappa('6.16–6.17'), mappa('6.22')],
    flow: 'mappa',
  },
  {
    id: 'mappa-category-4',
    term: 'MAPPA Category 4',
    aliases: ['category 4', 'cat 4', 'mappa cat 4', 'category four', 'cat four', 'terrorist offender', 'discretionary category 4', 'discretionary cat 4', 'tact'],
    definition:
      'The terrorism category in the newer national guidance: people subject to terrorism notification, or sentenced to 12 months or more (or a hospital order) for a terrorist or terrorism-connected offence. Others may be added at the discretion of counter-terrorism police and the Probation Service National Security Division. Older guidance has only three categories and put these people in Category 2 or 3.',
    refs: [mappa('6.23–6.26'), mappa('6.27–6.28'), mappa('24.8')],
    flow: 'mappa',
  },
  {
    id: 'mappa-level-1',
    term: 'MAPPA Level 1',
    aliases: ['level 1', 'level one', 'mappa level one', 'l1', 'ordinary agency management', 'multi-agency support'],
    definition:
      'The lead agency manages the person under its own procedures, sharing information with partners but without MAPPA meetings. Most MAPPA cases are here, and a high-risk case can be at Level 1 when its plan is sound. Older guidance calls it "ordinary agency management".',
    refs: [mappa('7.4'), memo('Level 1')],
    flow: 'mappa',
  },
  {
    id: 'mappa-level-2',
    term: 'MAPPA Level 2',
    aliases: ['level 2', 'level two', 'mappa level two', 'l2', 'active multi-agency management', 'multi-agency management'],
    definition:
      'Management through regular multi-agency MAPPA meetings, used where meetings add value, for example because the risk of serious harm is high or very high or the plan needs several agencies to act together. The MAPPA Co-ordinator decides the level after a referral; older guidance calls it "active multi-agency management".',
    refs: [mappa('7.5'), mappa('7.10–7.15'), memo('Level 2')],
    flow: 'mappa',
  },
  {
    id: 'mappa-level-3',
    term: 'MAPPA Level 3',
    aliases: ['level 3', 'level three', 'mappa level three', 'l3', 'critical few', 'enhanced multi-agency management'],
    definition:
      'Level 2 cases that also need senior people from the agencies to commit significant resources at short notice or to keep public confidence, and cases with a national security dimension or involving serious organised crime: "the critical few". Reviews are held at least every 8 weeks, against every 16 weeks at Level 2.',
    refs: [mappa('7.6'), mappa('13a.37'), memo('Level 3')],
    flow: 'mappa',
  },
  {
    id: 'lead-agency',
    term: 'Lead agency (MAPPA)',
    aliases: ['lead agency', 'who leads', 'offender manager', 'responsible officer'],
    definition:
      'In MAPPA, the agency with the main legal duty to manage the person in the community: probation for supervised adults, the youth offending team for children, mental health services for patients, and otherwise the police. It assesses risk, makes the plan and refers to Level 2 or 3. The children\'s protocol also uses "lead agency" for children\'s social care\'s role in child protection and looked-after cases, which is a different sense.',
    refs: [mappa('2.3–2.4'), mappa('6.33'), mappa('26.51')],
    flow: 'mappa',
  },
  {
    id: 'responsible-authority',
    term: 'Responsible Authority (MAPPA)',
    aliases: ['responsible authority', 'ra', 'the three agencies'],
    definition:
      'Police, probation and prisons acting together in each area, with the legal duty to make MAPPA work: assessing and managing MAPPA offenders, working with partners and publishing yearly reports. "RA" can also mean "risk assessment" in older documents.',
    refs: [mappa('2.3–2.4'), briefing('MAPPA - General Awareness Briefing')],
  },
  {
    id: 'duty-to-cooperate',
    term: 'Duty to co-operate agencies',
    aliases: ['duty to co-operate', 'duty to cooperate', 'dtc agency', 'dtc'],
    definition:
      'Other bodies the law requires to co-operate with the Responsible Authority and share information about MAPPA offenders: for example youth offending teams, councils\' children\'s and adult services, housing, health bodies and job centres. They keep their own duties and do not become part of the Responsible Authority.',
    refs: [mappaDa('3.8'), memo('INTRODUCTION')],
  },
  {
    id: 'mappa-coordinator',
    term: 'MAPPA Co-ordinator',
    aliases: ['mappa co-ordinator', 'mappa coordinator', 'mappa unit', 'mappa co-ordination unit'],
    definition:
      'The person or unit who runs MAPPA for the Responsible Authority: screens referrals, decides within 10 days whether a case is managed at Level 2 or 3, and is usually the first contact for agencies. The co-ordinator, not the referrer, decides the level.',
    refs: [mappa('7.17–7.18'), briefing('How to Make Referral to MAPPA')],
    flow: 'mappa',
  },
  {
    id: 'visor',
    term: 'ViSOR',
    aliases: ['visor', 'violent and sex offender register', 'vi sor'],
    definition:
      'A secure national database that police, probation and prisons use to hold and share information about MAPPA offenders and others who may cause serious harm. Despite its name ("Violent and Sex Offender Register") it is a database, not the "sex offenders register", which is the notification scheme.',
    refs: [mappa('8.15–8.16')],
  },
  {
    id: 'mappa-a',
    term: 'MAPPA A (referral form)',
    aliases: ['mappa a', 'mappa form a', 'form a', 'mappa referral form'],
    definition:
      'The form the lead agency sends to the MAPPA Co-ordinator to refer someone for Level 2 or 3 management, or to ask for them to be registered in Category 3, with its risk assessment and plan. A decision is expected within 10 days.',
    refs: [briefing('How to Make Referral to MAPPA'), mappa('7.10–7.15')],
    flow: 'mappa',
  },
  {
    id: 'mappa-h',
    term: 'MAPPA H (youth offending form)',
    aliases: ['mappa h', 'form h'],
    definition:
      'The form a youth offending team uses to tell the MAPPA Co-ordinator about each child who is a MAPPA offender: after assessment for a community sentence, or at least six months before release from custody. The youth offending team stays the lead agency for the child.',
    refs: [mappa('23.19'), mappa('6.35–6.37')],
  },
  {
    id: 'mappa-i',
    term: 'MAPPA I (mental health form)',
    aliases: ['mappa i', 'form i'],
    definition: 'The form mental health services, including private hospitals, use to tell the MAPPA Co-ordinator about patients who are MAPPA offenders. Mental health services are the lead agency for patients in hospital or on a community treatment order.',
    refs: [mappa('26.56–26.57')],
  },
  {
    id: 'notification-requirements',
    term: 'Notification requirements ("the sex offenders register")',
    aliases: ['notification requirements', 'sex offenders register', 'sex offender register', 'on the register', 'registered sex offender', 'rso', 'signing the register'],
    definition:
      'After a conviction or caution for certain sexual offences, the person must give the police their details within 3 days, report changes and stays away, and confirm their details at least yearly; failing to do so is a crime. The "register" is this duty, not a list the public can see, and it puts the person in MAPPA Category 1.',
    refs: [rtc('2.1'), rtc('2.3'), mappa('6.4–6.6')],
    flow: 'mappa',
  },
  {
    id: 'schedule-15',
    term: 'Schedule 15 offences',
    aliases: ['schedule 15', 'sched 15', 'specified offence', 'specified offences'],
    definition:
      'The list in the Criminal Justice Act 2003 of violent and sexual "specified offences". A conviction for one of them with a qualifying sentence brings MAPPA Category 2. The procedures refer to the list but do not reproduce it.',
    refs: [{ doc: 'cja-2003-schedule-15', section: 'Schedule 15' }, mappa('6.7')],
    flow: 'mappa',
  },
  {
    id: 'serious-harm',
    term: 'Serious harm and risk of serious harm (RoSH)',
    aliases: ['serious harm', 'rosh', 'risk of serious harm', 'high rosh', 'very high rosh'],
    definition:
      'Serious harm is harm that is life-threatening or traumatic and from which recovery is difficult or impossible. Risk of serious harm is how likely that is, rated low, medium, high (could happen at any time) or very high (could happen imminently), for each group of people at risk.',
    refs: [briefing('What is Serious Harm?'), mappa('7.19')],
  },
  {
    id: 'disqualification-order',
    term: 'Disqualification Order',
    aliases: ['disqualification order', 'do', 'disqualification from working with children'],
    definition:
      'An old court order that barred someone from working with children. Since the Deregulation Act 2015 a Disqualification Order on its own no longer brings MAPPA status; some older documents still count it.',
    refs: [mappa('6.29'), memo('Legislation')],
  },
  {
    id: 'smb',
    term: 'Strategic Management Board (SMB)',
    aliases: ['smb', 'strategic management board', 'mappa smb'],
    definition:
      'The board through which the Responsible Authority and partner agencies oversee MAPPA in an area, monitor how well it works and publish the annual report. Its chair settles disputes about levels.',
    refs: [mappa2012('7.16–7.17')],
  },
  {
    id: 'dto',
    term: 'Detention and training order (DTO)',
    aliases: ['dto', 'detention and training order'],
    definition:
      'A custodial sentence for under-18s, served partly in custody and partly under supervision in the community. For MAPPA Category 2 the whole term of the order counts as the sentence length.',
    refs: [mappa('6.8')],
    flow: 'mappa',
  },

  // ---- Adult safeguarding ----
  {
    id: 's42-enquiry',
    term: 'S.42 enquiry (Care Act 2014)',
    aliases: ['s42', 's.42', 'section 42', 's 42', 'section 42 enquiry', 's42 enquiry', 'safeguarding enquiry', 'statutory enquiry'],
    definition:
      'The enquiry the local authority must make, or ask another agency to make, once the three conditions in section 42(1) of the Care Act are met. Its purpose is to find out what is happening and decide whether anything should be done to protect the adult, and by whom.',
    refs: [careAct('s.42(2)'), kent('1.1.2')],
    flow: 's42',
  },
  {
    id: 's42-conditions',
    term: 'The three S.42 conditions',
    aliases: ['s42 criteria', 's.42 criteria', 'section 42 criteria', 'three conditions', 's42 conditions', 'section 42 conditions', 's42 threshold', 'safeguarding threshold'],
    definition:
      'There must be reasonable cause to suspect that the adult (1) has needs for care and support, (2) is experiencing, or is at risk of, abuse or neglect, and (3) because of those needs cannot protect themselves from it. All three are needed; suspicion is enough, proof is not.',
    refs: [careAct('s.42(1)'), kent('1.1.1')],
    flow: 's42',
  },
  {
    id: 'care-support-needs',
    term: 'Care and support needs',
    aliases: ['care and support needs', 'care needs', 'needs for care and support'],
    definition:
      'The first S.42 condition. Reasonable cause to suspect the needs is enough, whether or not the local authority is meeting them or they meet its eligibility criteria.',
    refs: [kent('1.1.1')],
    notDefined: 'The procedures explain the threshold but do not define what counts as a care and support need.',
    flow: 's42',
  },
  {
    id: 'safeguarding-concern',
    term: 'Safeguarding concern (adults)',
    aliases: ['safeguarding concern', 'adult safeguarding concern', 'concern', 'safeguarding alert', 'safeguarding referral'],
    definition:
      'Any worry, suspicion or sign that an adult is being abused or neglected, raised with the local authority. The local authority triages it and decides whether it needs a safeguarding enquiry.',
    refs: [kent('4.1.2'), { doc: 'nice-ng189', section: '1.7.9' }],
    flow: 's42',
  },
  {
    id: 'triage',
    term: 'Triage',
    aliases: ['triage', 'initial triage'],
    definition:
      'In adult safeguarding, the first look at a concern, within one working day, to see whether it is about abuse or neglect and needs urgent action, before the Designated Senior Officer decides on an enquiry. In youth justice the same word names a diversion for children who admit a minor offence, which is a different thing.',
    refs: [kent('4.1.3')],
  },
  {
    id: 'dso',
    term: 'DSO (Designated Senior Officer)',
    aliases: ['dso', 'designated senior officer'],
    definition:
      'In Kent adult safeguarding, the role (not a job title) that acts for the local authority: decides whether to make an enquiry, sets what it covers, supervises the enquiry officer and leads strategy discussions. The DSO is accountable for those decisions. Not to be confused with a school\'s designated safeguarding lead (DSL).',
    refs: [kent('4.1.1')],
    flow: 's42',
  },
  {
    id: 'enquiry-officer',
    term: 'Enquiry officer (IO)',
    aliases: ['enquiry officer', 'inquiry officer', 'io', 'enquiry lead'],
    definition:
      'The practitioner, from any agency, who carries out enquiry tasks under the Designated Senior Officer\'s direction: getting to know the adult, finding out the facts and working out a safeguarding plan with them. Like the DSO, it is a role, not a job title.',
    refs: [kent('4.1.1')],
  },
  {
    id: 'msp',
    term: 'Making Safeguarding Personal (MSP)',
    aliases: ['msp', 'making safeguarding personal'],
    definition:
      'An approach built into the Care Act guidance: safeguarding is done with the person, not to them. Practitioners ask what outcomes the adult wants and keep those at the centre of every step.',
    refs: [kent('3.1')],
  },
  {
    id: 'pipot',
    term: 'Person in a position of trust (PiPoT)',
    aliases: ['pipot', 'pipot', 'person in a position of trust', 'position of trust', 'allegation against staff', 'allegations against staff'],
    definition:
      'Someone whose paid or voluntary work brings them into contact with adults with care and support needs, who are expected to trust them and over whom they have some power. Concerns about such a person follow the allegation management guidance as well as any safeguarding enquiry.',
    refs: [kent('7.6')],
    notDefined: 'The procedures describe the concept but never use the abbreviation "PiPoT".',
  },
  {
    id: 'self-neglect',
    term: 'Self-neglect and hoarding',
    aliases: ['self-neglect', 'self neglect', 'hoarding', 'hoarder', 'squalor'],
    definition:
      'A person not looking after their own health, hygiene or surroundings, including hoarding. It counts as abuse or neglect but does not always need a S.42 enquiry: the key question is whether the person can control their own behaviour, and a joint response by several agencies is usually needed.',
    refs: [kent('6.4'), { doc: 'care-support-statutory-guidance', section: '14.17' }, { doc: 'kmsab-self-neglect-policy', section: '(whole document)' }],
    notDefined: 'The procedures explain how to respond but do not define self-neglect itself.',
    flow: 's42',
  },
  {
    id: 'dols',
    term: 'Deprivation of Liberty Safeguards (DoLS)',
    aliases: ['dols', 'deprivation of liberty', 'deprivation of liberty safeguards', 'acid test', 'lps', 'liberty protection safeguards'],
    definition:
      'Legal safeguards for people who lack capacity to agree to their care arrangements and are under continuous supervision and control and not free to leave (the "acid test"). The DoLS team must be told about safeguarding enquiries involving such a person. Liberty Protection Safeguards are planned to replace DoLS but the procedures do not define them.',
    refs: [kent('7.7.4'), { doc: 'kmsab-mappg', section: 'G.8' }],
  },
  {
    id: 'mental-capacity',
    term: 'Mental capacity assessment',
    aliases: ['capacity assessment', 'mental capacity', 'mca', 'mental capacity act', 'lacks capacity', 'best interests'],
    definition:
      'Under the Mental Capacity Act 2005 a person is presumed able to make their own decisions. They must be helped to decide, an unwise decision does not show a lack of capacity, and anything done for a person who lacks capacity must be in their best interests and as unrestrictive as possible.',
    refs: [{ doc: 'ocsw-dementia-safeguarding-enquiries', section: 'Part 1, Advocacy' }],
    notDefined: 'The procedures name the Act\'s principles but do not describe how to carry out a capacity assessment.',
  },
  {
    id: 'imca',
    term: 'IMCA (independent mental capacity advocate)',
    aliases: ['imca', 'independent mental capacity advocate'],
    definition:
      'An advocate who speaks for a person who lacks capacity about particular decisions. In safeguarding an IMCA can be used even when family or friends are involved.',
    refs: [kent('7.7.2'), { doc: 'ocsw-dementia-safeguarding-enquiries', section: 'Part 1, Advocacy' }],
  },
  {
    id: 'imha',
    term: 'IMHA (independent mental health advocate)',
    aliases: ['imha', 'independent mental health advocate', 'independent mental health act advocate'],
    definition:
      'An advocate for people detained under the Mental Health Act 1983, or under guardianship or a community treatment order. They help the person understand and take part in decisions about their care, treatment and rights, including safeguarding decisions.',
    refs: [{ doc: 'ocsw-dementia-safeguarding-enquiries', section: 'Part 1, Advocacy' }],
  },
  {
    id: 'independent-advocate',
    term: 'Independent advocate (Care Act)',
    aliases: ['independent advocate', 'care act advocate', 'advocacy', 'section 68 advocate', 's68'],
    definition:
      'An advocate the local authority must arrange during an enquiry when the adult would have substantial difficulty taking part (understanding, remembering, weighing up or communicating) and has nobody suitable to support them. The duty comes from section 68 of the Care Act.',
    refs: [careAct('s.68'), kent('5.4')],
  },
  {
    id: 'carers-assessment',
    term: "Carer's assessment",
    aliases: ["carer's assessment", 'carers assessment', 'carer assessment', 'section 10'],
    definition:
      'An assessment of a carer\'s own needs for support, under section 10 of the Care Act. In a safeguarding case the DSO must offer one where the carer seems to need support.',
    refs: [careAct('s.10'), kent('1.1.4')],
  },
  {
    id: 'non-statutory-enquiry',
    term: 'Non-statutory (other) enquiry',
    aliases: ['non-statutory enquiry', 'non statutory enquiry', 'other enquiry', 'other safeguarding enquiry'],
    definition:
      'A safeguarding enquiry made where the S.42 conditions are not met, mainly for carers harmed by the person they care for and for young adults, such as care leavers, who cannot protect themselves. The local authority may choose to make one; it does not have to.',
    refs: [kent('1.1.3'), { doc: 'care-support-statutory-guidance', section: '14.45' }],
    flow: 's42',
  },
  {
    id: 'causing-others',
    term: 'Causing others to make enquiries',
    aliases: ['causing others to make enquiries', 'cause others', 'causing an enquiry'],
    definition:
      'The local authority may ask another agency, such as a care provider or health trust, to carry out all or part of a S.42 enquiry. The DSO must set out what the enquiry covers, be satisfied the agency is competent and has no conflict of interest, and agree when its report is due.',
    refs: [kent('5.3'), careAct('s.42(2)')],
  },
  {
    id: 'cqc',
    term: 'CQC (Care Quality Commission)',
    aliases: ['cqc', 'care quality commission'],
    definition:
      'The regulator of care homes and other health and social care services in England. It must be told about abuse in the services it regulates, and about the outcome.',
    refs: [kent('7.3')],
  },
  {
    id: 'sar',
    term: 'Safeguarding Adults Review (SAR)',
    aliases: ['sar', 'safeguarding adults review', 'safeguarding adult review'],
    definition:
      'A review a Safeguarding Adults Board must arrange when an adult dies or is seriously harmed through abuse or neglect and agencies could have worked together better. The duty comes from section 44 of the Care Act.',
    refs: [kent('10.3')],
  },
  {
    id: 'adult-strategy-discussion',
    term: 'Strategy discussion (adults)',
    aliases: ['strategy discussion', 'strategy meeting', 'strategy'],
    definition:
      'In adult safeguarding, one or more conversations led by the DSO to pull the information together, work out what may be happening and plan the enquiry. Children\'s procedures use "strategy meeting" too but do not define it.',
    refs: [kent('4.2.4'), rtc('6.18')],
  },
  {
    id: 'transitional-safeguarding',
    term: 'Transitional safeguarding',
    aliases: ['transitional safeguarding', 'young adult safeguarding', 'care leaver safeguarding'],
    definition:
      'Protecting young people as they move from children\'s to adult services, when risks such as exploitation do not stop at 18. It is one reason a young adult may get a non-statutory enquiry.',
    refs: [{ doc: 'transitional-safeguarding-bridging-the-gap', section: '(whole document)' }, kent('1.1.3')],
  },

  // ---- Domestic abuse ----
  {
    id: 'marac',
    term: 'MARAC (multi-agency risk assessment conference)',
    aliases: ['marac', 'multi agency risk assessment conference', 'marac meeting'],
    definition:
      'A regular meeting where agencies share information about the domestic abuse victims at highest risk and agree a joint safety plan for each. The victim does not attend; an independent domestic violence adviser speaks for them.',
    refs: [kent('9.5'), mappaDa('27.27')],
    flow: 'marac',
  },
  {
    id: 'dash',
    term: 'DASH checklist',
    aliases: ['dash', 'dash checklist', 'dash ric', 'dash risk checklist', 'safelives dash', 'ric'],
    definition:
      'The Domestic Abuse, Stalking and Harassment and Honour-based violence checklist: 24 questions that help a trained practitioner spot victims at high risk who should go to MARAC. The number of "yes" answers (ticks) is one of the referral criteria, and a Kent and Medway MARAC referral must include it.',
    refs: [kent('9.4'), dash('Questions 1–24'), dash('Total')],
    flow: 'marac',
  },
  {
    id: 'marac-threshold',
    term: 'MARAC referral criteria ("14 ticks")',
    aliases: ['marac threshold', 'marac criteria', '14 ticks', 'visible high risk', 'high risk domestic abuse'],
    definition:
      'Kent and Medway MARAC takes referrals where the DASH shows 14 or more "yes" answers (visible high risk), where professional judgement says the victim is at high risk, or where the abuse is escalating. The completed DASH goes with the referral.',
    refs: [maracForm('6'), maracForm('Completeness note')],
    notDefined: 'The form names "professional judgement" and "escalation" as reasons to refer but does not define them.',
    flow: 'marac',
  },
  {
    id: 'idva',
    term: 'IDVA (independent domestic violence adviser)',
    aliases: ['idva', 'independent domestic violence adviser', 'independent domestic violence advisor', 'independent domestic violence advocate'],
    definition:
      'A specialist who helps victims of domestic abuse at high risk to become safe, speaks for them at MARAC and supports them through the justice system. An IDVA is invited to any MAPPA meeting about the same case. Sources spell it "adviser", "advisor" or "advocate".',
    refs: [mappaDa('27.30'), maracForm('Routing')],
    flow: 'marac',
  },
  {
    id: 'domestic-abuse',
    term: 'Domestic abuse (legal definition)',
    aliases: ['domestic abuse', 'domestic violence', 'dv', 'da', 'domestic abuse act'],
    definition:
      'Under the Domestic Abuse Act 2021, abusive behaviour between two people aged 16 or over who are personally connected: physical or sexual abuse, violence or threats, controlling or coercive behaviour, economic abuse, or psychological or emotional abuse. A child who sees, hears or is affected by it is a victim too.',
    refs: [daAct('s.1'), daAct('s.2'), mappaDa('27.2')],
    flow: 'marac',
  },
  {
    id: 'personally-connected',
    term: 'Personally connected',
    aliases: ['personally connected'],
    definition:
      'The relationships the Domestic Abuse Act 2021 covers: people who are or were married, civil partners, engaged or in an intimate relationship, who share a child, or who are relatives. Abuse between people who are not personally connected is not domestic abuse under the Act, though it may still be a crime or a safeguarding matter.',
    refs: [daAct('s.2'), mappaDa('27.3')],
    flow: 'marac',
  },
  {
    id: 'coercive-control',
    term: 'Coercive control',
    aliases: ['coercive control', 'controlling behaviour', 'coercive and controlling behaviour'],
    definition:
      'A pattern of controlling or coercive behaviour in an intimate or family relationship, which is a crime under section 76 of the Serious Crime Act 2015. It is not a Schedule 15 offence, so it does not bring MAPPA Category 2 by itself, but a perpetrator must be considered for Category 3.',
    refs: [mappaDa('27.11'), mappaDa('27.2')],
    notDefined: 'The procedures point to a government definition but do not set it out.',
  },
  {
    id: 'stalking',
    term: 'Stalking',
    aliases: ['stalking', 'stalker', 'four'],
    definition:
      'There is no legal definition; the guidance describes it as a pattern of unwanted, fixated and obsessive behaviour that intrudes on the victim. "FOUR" is a memory aid: fixated, obsessive, unwanted, repeated.',
    refs: [mappaDa('27.6')],
    notDefined: 'No statutory definition exists; the guidance describes it only.',
  },

  // ---- Youth justice and remand ----
  {
    id: 'remand',
    term: 'Remand',
    aliases: ['remand', 'remanded', 'remand of a child'],
    definition:
      'When a court refuses bail, it remands the child until the next hearing: either to local authority accommodation or to youth detention accommodation. Either way the child becomes looked after, and the remand is reviewed regularly.',
    refs: [protocol('10'), protocol('10.4')],
    flow: 'remand',
  },
  {
    id: 'remlaa',
    term: 'REMLAA (remand to local authority accommodation)',
    aliases: ['remlaa', 'remand to local authority accommodation', 'remanded to local authority accommodation', 'remand to la accommodation', 'la remand'],
    definition:
      'A court remand of a child to the care of a local authority. Children\'s social care must find the placement, the child becomes looked after, and placement planning starts straight away.',
    refs: [protocol('10.2'), childrenAct('s.21')],
    flow: 'remand',
  },
  {
    id: 'yda',
    term: 'YDA (youth detention accommodation)',
    aliases: ['yda', 'youth detention accommodation', 'remand to youth detention', 'youth detention', 'secure remand'],
    definition:
      'A secure remand for a child aged 12 to 17 whom the court has refused bail and who meets the conditions in the Legal Aid, Sentencing and Punishment of Offenders Act 2012. The court names a local authority, which pays for the placement, and the child becomes looked after.',
    refs: [protocol('10.6'), { doc: 'laspo-2012', section: '(conditions)' }],
    flow: 'remand',
  },
  {
    id: 'pace-bed',
    term: 'PACE bed (transfer from police custody)',
    aliases: ['pace bed', 'pace transfer', 's38(6)', 's.38(6)', 'section 38(6)', 'pace accommodation'],
    definition:
      'Staff use "PACE bed" for the local authority accommodation a child must be moved to when the police charge them and refuse bail until court. It is non-secure unless the criteria for secure accommodation are met, and the police request it from children\'s social care.',
    refs: [protocol('6.1'), { doc: 'ho-concordat-children-in-custody-2017', section: '(whole document)' }],
    notDefined: 'The procedures describe this duty but do not use the terms "PACE bed" or "s.38(6) transfer".',
    flow: 'remand',
  },
  {
    id: 'secure-accommodation',
    term: 'Secure accommodation',
    aliases: ['secure accommodation', 'secure bed', 'secure unit', 'secure placement', "secure children's home", 'section 25', 's25'],
    definition:
      'A locked placement. For children remanded or sentenced it is one of the youth secure estate (young offender institution, secure training centre, secure school or secure children\'s home); for welfare reasons, a placement that meets the tests in section 25 of the Children Act 1989.',
    refs: [childrenAct('s.25'), protocol('12')],
    notDefined: 'The procedures name section 25 but do not set out its criteria.',
    flow: 'remand',
  },
  {
    id: 'appropriate-adult',
    term: 'Appropriate adult (AA)',
    aliases: ['appropriate adult', 'aa', 'an aa'],
    definition:
      'An adult who must be present when police detain or interview a child aged 10 to 17, to look after their welfare and rights. A parent is the first choice; otherwise a social worker or the youth offending service provides one, but never someone involved in the offence.',
    refs: [protocol('6.1'), protocol('App 1'), { doc: 'pace-code-c', section: '1.7(a)' }],
    flow: 'remand',
  },
  {
    id: 'pace',
    term: 'PACE (Police and Criminal Evidence Act 1984)',
    aliases: ['pace', 'police and criminal evidence act', 'pace codes', 'code c'],
    definition:
      'The law and codes of practice that govern police detention and interviews. A detained person can get free legal advice and have someone told where they are, and a child must have an appropriate adult.',
    refs: [{ doc: 'pace-1984', section: '(whole Act)' }, protocol('App 1')],
  },
  {
    id: 'laspo',
    term: 'LASPO (Legal Aid, Sentencing and Punishment of Offenders Act 2012)',
    aliases: ['laspo', 'laspoa', 'legal aid sentencing and punishment of offenders act'],
    definition:
      'The Legal Aid, Sentencing and Punishment of Offenders Act 2012. Its Chapter 3 sets the framework for remanding children, including the conditions a court must find before remanding a child to youth detention accommodation.',
    refs: [{ doc: 'laspo-2012', section: 'Chapter 3' }, protocol('10.6')],
    flow: 'remand',
  },
  {
    id: 'looked-after',
    term: 'Looked-after child',
    aliases: ['looked after', 'looked-after child', 'looked after child', 'lac', 'cla', 'child in care', 'in care'],
    definition:
      'A child in the care of a local authority: under a care order, accommodated under section 20, or remanded. The local authority acts as the child\'s corporate parent and must plan and review their care.',
    refs: [protocol('6.3'), protocol('10.7')],
    notDefined: 'The procedures describe who is looked after but give no formal definition.',
  },
  {
    id: 's20',
    term: 'Section 20 accommodation',
    aliases: ['s20', 's.20', 'section 20', 'section 20 accommodation', 'voluntary accommodation'],
    definition:
      'Accommodation a local authority provides for a child under section 20 of the Children Act 1989, usually with the parents\' agreement; the parents keep parental responsibility. The child is looked after while accommodated.',
    refs: [childrenAct('s.20'), protocol('7.2'), protocol('11')],
  },
  {
    id: 'care-order',
    term: 'Care order',
    aliases: ['care order', 'section 31', 's31', 'interim care order', 'ico'],
    definition:
      'A court order under section 31 of the Children Act 1989 placing a child in the care of a local authority, which then shares parental responsibility with the parents. The child is then looked after.',
    refs: [childrenAct('s.31'), protocol('6.3')],
    notDefined: 'The procedures use the term but do not explain the threshold for an order or interim orders.',
  },
  {
    id: 'care-plan',
    term: "Care plan (looked-after child)",
    aliases: ['care plan', 'pathway plan'],
    definition:
      'The overall plan for a looked-after child, which the youth offending service\'s plans must fit with; for older care leavers it becomes a pathway plan. For a child looked after only because of a remand, it need not cover where the child will live in the long term.',
    refs: [protocol('10.2'), protocol('10.7')],
    notDefined: 'The procedures use the term without defining it. In adult services and mental health "care plan" means other plans.',
  },
  {
    id: 'child-in-need',
    term: 'Child in need (section 17)',
    aliases: ['child in need', 'cin', 'section 17', 's17'],
    definition:
      'A child the local authority supports under section 17 of the Children Act 1989. Where a MAPPA offender is a child in need or looked after, the local authority must be represented at MAPPA meetings.',
    refs: [memo("Local Authority Children's Services Department"), protocol('3.2')],
    notDefined: 'The procedures name the status but do not define who is a child in need.',
  },
  {
    id: 'iro',
    term: 'IRO (independent reviewing officer)',
    aliases: ['iro', 'independent reviewing officer', 'independent review officer'],
    definition:
      'An officer appointed by children\'s social care to keep a looked-after or remanded child\'s care or detention plan under review and to chair their reviews. The IRO must be told when a child is remanded.',
    refs: [protocol('10.9')],
  },
  {
    id: 'placement-plan',
    term: 'Placement plan',
    aliases: ['placement plan'],
    definition:
      'A plan showing how a placement, including youth detention, meets the child\'s care, safety, contact, health and education needs. For a remanded child it is due within 5 working days, or 10 if the child was already looked after.',
    refs: [protocol('10.8'), protocol('10.7')],
    flow: 'remand',
  },
  {
    id: 'bail-support',
    term: 'Bail support (bail supervision and support)',
    aliases: ['bail support', 'bail supervision and support', 'bail package', 'bss'],
    definition:
      'A package of support in the community that the youth offending service puts to the court to avoid a remand, sometimes with help from carers or residential staff. The plan is shared with the child\'s social worker where there is one.',
    refs: [protocol('10.11')],
    flow: 'remand',
  },
  {
    id: 'electronic-monitoring',
    term: 'Electronic monitoring (tag)',
    aliases: ['tag', 'tagging', 'electronic tag', 'electronic monitoring', 'em'],
    definition:
      'A tag a court can require as part of bail or a remand to local authority accommodation. For a child already in local authority accommodation, the placement team and social worker must consent in writing to tagging at that address, within 24 hours.',
    refs: [protocol('10.13'), { doc: 'bexley-em-consent-form', section: '(whole form)' }],
    flow: 'remand',
  },
  {
    id: 'yos',
    term: 'YOS / YOT (youth offending service or team)',
    aliases: ['yos', 'yot', 'youth offending service', 'youth offending team', 'youth justice service', 'yjs'],
    definition:
      'The local authority\'s multi-agency youth justice team, with police and probation members, that supervises children on court orders. In MAPPA it is the lead agency for children. Many areas now call it the youth justice service, a name the procedures do not use.',
    refs: [protocol('3.1'), mappa('23.19')],
  },
  {
    id: 'edt',
    term: 'EDT (emergency duty team)',
    aliases: ['edt', 'emergency duty team', 'out of hours', 'out of hours team', 'ooh'],
    definition:
      'Children\'s social care cover outside office hours. The police contact it at night and at weekends, for example for an appropriate adult, accommodation for a child refused bail, or a late remand.',
    refs: [protocol('7.1')],
    notDefined: 'The procedures say "Out of Hours team" and never use the abbreviation "EDT".',
    flow: 'remand',
  },
  {
    id: 'mash',
    term: 'MASH (multi-agency safeguarding hub)',
    aliases: ['mash', 'multi agency safeguarding hub', 'front door'],
    definition:
      'The front door of children\'s social care in office hours. It takes referrals and consultations, with police and other agencies alongside, and decides whether a child needs an assessment or accommodation.',
    refs: [protocol('7.1')],
    notDefined: 'The procedures describe how the local MASH works but give no general definition.',
  },
  {
    id: 'csc',
    term: "Children's social care (CSC)",
    aliases: ['csc', "children's social care", 'childrens social care', "children's services", 'social services'],
    definition:
      'The local authority\'s children\'s social work service, responsible for children in need, child protection, looked-after children and care leavers. Outside office hours its out-of-hours team covers urgent work.',
    refs: [protocol('3.2')],
  },

  // ---- Children and risk ----
  {
    id: 's47',
    term: 'Section 47 enquiry',
    aliases: ['s47', 's.47', 'section 47', 'section 47 enquiry', 'child protection enquiry', 'child protection investigation'],
    definition:
      'The enquiry a local authority must make under section 47 of the Children Act 1989 when it has reasonable cause to suspect that a child in its area is suffering, or is likely to suffer, significant harm. A child protection referral about someone who poses a risk to a child they have contact with usually leads to one.',
    refs: [rtc('6.2'), memo('Local Authority Children\'s Services Department')],
    flow: 'rtc',
  },
  {
    id: 'significant-harm',
    term: 'Significant harm',
    aliases: ['significant harm'],
    definition:
      'Ill-treatment or harm to a child\'s health or development, including from seeing or hearing someone else being ill-treated, judged against what could be expected of a similar child. It is the threshold for a section 47 enquiry and for care proceedings.',
    refs: [protocol('12')],
    flow: 'rtc',
  },
  {
    id: 'risk-to-children',
    term: 'Person posing a risk to children',
    aliases: ['person posing a risk to children', 'risk to children', 'person who poses a risk to children', 'pprc'],
    definition:
      'Anyone identified, from all the information available, as a risk or possible risk to children, whether or not they have been convicted. It replaced the label "Schedule 1 offender", and contact with children usually means a child protection referral.',
    refs: [rtc('1.1'), rtc('1.3'), rtc('6.2')],
    flow: 'rtc',
  },
  {
    id: 'schedule-1',
    term: 'Schedule 1 offender (old term)',
    aliases: ['schedule 1', 'schedule one', 'schedule 1 offender', 'sch 1'],
    definition:
      'An old label for someone convicted of an offence against a child listed in Schedule 1 of the Children and Young Persons Act 1933. It was dropped in 2005 because it described past offences rather than present risk; the term now used is "a person posing a risk to children".',
    refs: [rtc('1.1'), rtc('1.2')],
    flow: 'rtc',
  },
  {
    id: 'disclosure',
    term: 'Disclosure (about a person who poses a risk)',
    aliases: ['disclosure', 'third party disclosure', 'telling the mum'],
    definition:
      'Telling someone outside the agencies, such as a new partner or a parent, about a person\'s history to protect a child or the public. It starts from a presumption against disclosure, needs a risk assessment and a recorded justification, and is decided at a strategy meeting or through MAPPA.',
    refs: [rtc('6.7'), rtc('6.12'), rtc('6.20')],
    flow: 'rtc',
  },
  {
    id: 'child-protection-conference',
    term: 'Child protection conference',
    aliases: ['child protection conference', 'cp conference', 'icpc', 'child protection plan', 'cp plan'],
    definition:
      'A meeting held after a section 47 enquiry when the threshold is met, to decide whether a child needs a child protection plan. It follows when a section 47 enquiry finds the threshold is met.',
    refs: [rtc('6.5')],
    notDefined: 'The procedures use the term but do not define the conference or the plan.',
    flow: 'rtc',
  },
  {
    id: 'lado',
    term: 'LADO (local authority designated officer)',
    aliases: ['lado', 'local authority designated officer', 'designated officer'],
    definition:
      'The officer in each local authority who is told about allegations that someone who works with children may have harmed a child. The MARAC referral form asks whether the LADO needs to be considered, for example when a perpetrator works with children.',
    refs: [maracForm('2'), maracForm('4')],
    notDefined: 'The procedures mention the LADO only as a prompt on the MARAC referral form and do not define the role.',
  },
];
