/**
 * Every acronym a card or message may use, with its spelt-out form: the one list that cards read to spell an
 * acronym out at its first use, and that the glossary's "what does … stand for" answers read. Add an acronym
 * here before any text uses it. Expansions are the usual English public-sector forms; where the procedures
 * use a local name (KCC, KMSAB), it is given as they name it.
 */
export interface Acronym {
  /** As written in text, case-sensitive (e.g. "DoLS"). */
  short: string;
  /** Spelt out, in plain words. */
  long: string;
}

export const acronyms: readonly Acronym[] = [
  { short: 'AA', long: 'appropriate adult' },
  { short: 'COM', long: 'community offender manager' },
  { short: 'CPPC', long: 'Critical Public Protection Case' },
  { short: 'CPS', long: 'Crown Prosecution Service' },
  { short: 'CQC', long: 'Care Quality Commission' },
  { short: 'CSC', long: "children's social care" },
  { short: 'CT', long: 'counter-terrorism' },
  { short: 'CTP', long: 'Counter Terrorism Policing' },
  { short: 'DASH', long: 'Domestic Abuse, Stalking and Honour-Based Violence risk checklist' },
  { short: 'DBS', long: 'Disclosure and Barring Service' },
  { short: 'DoLS', long: 'Deprivation of Liberty Safeguards' },
  { short: 'DPP', long: 'detention for public protection' },
  { short: 'DSL', long: 'designated safeguarding lead' },
  { short: 'DSO', long: 'Designated Senior Officer' },
  { short: 'DTO', long: 'detention and training order' },
  { short: 'EDT', long: "emergency duty team (children's social care out of hours)" },
  { short: 'GDPR', long: 'UK General Data Protection Regulation' },
  { short: 'GMC', long: 'General Medical Council' },
  { short: 'HCPC', long: 'Health and Care Professions Council' },
  { short: 'HMPPS', long: "His Majesty's Prison and Probation Service" },
  { short: 'ICB', long: 'integrated care board' },
  { short: 'IDVA', long: 'independent domestic violence adviser' },
  { short: 'IMCA', long: 'independent mental capacity advocate' },
  { short: 'IMHA', long: 'independent mental health advocate' },
  { short: 'IO', long: 'Inquiry Officer' },
  { short: 'IPP', long: 'imprisonment for public protection' },
  { short: 'IRO', long: 'independent reviewing officer' },
  { short: 'KASC', long: 'Kent Adult Safeguarding Concern' },
  { short: 'KCC', long: 'Kent County Council' },
  { short: 'KFRS', long: 'Kent Fire and Rescue Service' },
  { short: 'KIDAS', long: 'Kent Integrated Domestic Abuse Services' },
  { short: 'KMSAB', long: 'Kent and Medway Safeguarding Adults Board' },
  { short: 'LA', long: 'local authority' },
  { short: 'LAC', long: 'looked-after child' },
  { short: 'LADO', long: 'local authority designated officer' },
  { short: 'LASPO', long: 'Legal Aid, Sentencing and Punishment of Offenders Act 2012' },
  { short: 'MAPPA', long: 'multi-agency public protection arrangements' },
  { short: 'MAPPG', long: 'Multi-agency Safeguarding Adults Policy, Procedures and Practitioner Guidance for Kent and Medway' },
  { short: 'MARAC', long: 'multi-agency risk assessment conference' },
  { short: 'MASH', long: 'multi-agency safeguarding hub' },
  { short: 'MCA', long: 'Mental Capacity Act 2005' },
  { short: 'MSP', long: 'Making Safeguarding Personal' },
  { short: 'NHS', long: 'National Health Service' },
  { short: 'NICE', long: 'National Institute for Health and Care Excellence' },
  { short: 'NMC', long: 'Nursing and Midwifery Council' },
  { short: 'NSD', long: 'Probation Service National Security Division' },
  { short: 'OASys', long: 'Offender Assessment System' },
  { short: 'PACE', long: 'Police and Criminal Evidence Act 1984' },
  { short: 'PiPoT', long: 'person in a position of trust' },
  { short: 'PPRC', long: 'person posing a risk to children' },
  { short: 'RA', long: 'Responsible Authority (MAPPA)' },
  { short: 'REMLAA', long: 'remand to local authority accommodation' },
  { short: 'RoSH', long: 'risk of serious harm' },
  { short: 'RSO', long: 'registered sexual offender' },
  { short: 'SAR', long: 'Safeguarding Adults Review' },
  { short: 'SECAMB', long: 'South East Coast Ambulance Service' },
  { short: 'SHPO', long: 'Sexual Harm Prevention Order' },
  { short: 'SMB', long: 'Strategic Management Board (MAPPA)' },
  { short: 'TPIM', long: 'Terrorism Prevention and Investigation Measures' },
  { short: 'ViSOR', long: 'Violent and Sex Offender Register' },
  { short: 'VIT', long: 'Vulnerable Investigation Team' },
  { short: 'VLO', long: 'victim liaison officer' },
  { short: 'YDA', long: 'youth detention accommodation' },
  { short: 'YJS', long: 'youth justice service' },
  { short: 'YOS', long: 'youth offending service' },
  { short: 'YOT', long: 'youth offending team' },
  { short: 'CoP', long: 'Court of Protection' },
  { short: 'ROH', long: 'risk of harm' },
  { short: 'SIN', long: 'serious incident notification' },
  { short: 'SWB', long: 'safety and wellbeing' },
];

/** Capitals that are words everyone reads without spelling out, or emphasis the procedures use: not acronyms. */
export const commonCapitals: readonly string[] = ['UK', 'DNA', 'MUST', 'BOTH', 'AND', 'INTRODUCTION'];
