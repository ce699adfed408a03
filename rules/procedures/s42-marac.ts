import type { ProcedureDocument } from './types';

/**
 * Documents cited by the `s42` and `marac` flows (shared/specs/procedures-s42-marac.md). Seed lines in the
 * comments refer to shared/seeds/003_969c98eab9c792cf.txt. No procedure text is held here, only headings.
 */
export const documents: ProcedureDocument[] = [
  {
    id: 'kcc-asc-safeguarding-pg',
    title:
      'Practice Guidance: Kent County Council Adult Social Care guidance on adult safeguarding duties under the Care Act 2014',
    publisher: 'Kent County Council Adult Social Care (Strategic Safeguarding, Policy, Practice & Quality Assurance)',
    version: 'Main text undated; App B 22/05/2023, App C Version 1 September 2023, App I v.1 August 2023',
    sections: {
      '1.1.1': 'Section 42 (1) Care Act 2014',
      '1.1.2': 'Section 42 (2) Care Act 2014',
      '1.1.3': 'Non-statutory Safeguarding Enquiries',
      '1.1.4': 'Duty to Offer a Carers Assessment',
      '3.1': 'Making Safeguarding Personal (MSP)',
      '4.1.1': 'Introducing the role of the Designated Senior Officer (DSO) and Inquiry Officer (IO)',
      '4.1.2': 'Receiving the Referral',
      '4.1.3': 'Initial Triage of Referral',
      '4.1.4': 'Deciding which team is responsible for managing the safeguarding referral',
      '4.1.5': 'When referrers wish to remain anonymous',
      '4.1.6': 'Informing other departments and agencies',
      '4.2': 'Risk Assessment and Strategy Discussion',
      '4.2.1': 'Initial Information gathering to inform the risk assessment and strategy discussion',
      '4.2.2': 'Completing the initial risk assessment',
      '4.2.3': 'What to consider for each category (Vulnerability; Overall impact; Likelihood of future harm)',
      '4.2.4': 'Strategy discussion and decision to progress or close',
      '4.2.5': 'Protocol between Area Referral Service and Community Teams',
      '5.3': 'Causing Others to make enquiries',
      '5.4': 'Independent Advocates',
      '5.5': 'Adult not consenting to a Safeguarding Enquiry',
      '5.6': 'The Enquiry',
      '6.1': 'Information Sharing',
      '6.2': 'Criminal Offences',
      '6.4': 'Self-Neglect',
      '6.5': 'Domestic Abuse',
      '6.6': 'Multi-agency meetings (Case Conferences)',
      '6.7': 'Managing disputes with multi-agency partners',
      // Not in the catalogue table, but cited by the s42 step `quality_or_safeguarding`; headings from seed l. 877, 881.
      '7.1.3': 'The danger of normalising abuse within establishments',
      '7.1.4': 'Ensuring a proportionate response to apparently minor incidents',
      '7.3': 'Commissioning and Regulatory Bodies',
      '7.4': 'Sanctions on KCC commissioned establishments',
      '7.5': 'Quality in care or adult safeguarding response',
      '7.6': 'Allegations against staff (Allegation Management)',
      '7.7.1': 'Independent Mental Health Advocate (IMHA)',
      '7.7.2': 'Independent Mental Capacity Advocate (IMCA)',
      '7.7.4': 'DoLS',
      '7.8': 'Reporting a crime when a person is within an establishment',
      '7.8.1': 'Reporting to the police',
      '8.2': 'Post Enquiry planning',
      '8.3': 'Feedback on the outcome and post enquiry plan',
      '9.1': 'What is the Court of Protection (CoP) and the Office of the Public Guardian?',
      '9.4': 'What is the Domestic Abuse, Stalking and Honor Based Violence Assessment (DASH) and who should complete it?',
      '9.5': 'What is Multi-Agency Risk Assessment Conference (MARAC) and how and when should I refer someone?',
      // Not in the catalogue table; cited by the marac step `consent_and_basis` (legal powers, MCA 2005; l. 1214).
      '9.6': 'What legal powers can be utilised to support safeguarding enquiries and help to protect someone from further abuse',
      '9.7': 'How do I report to the police when the safeguarding concern appears to be a criminal offence?',
      '9.8': 'How do I contact Medway Safeguarding Team?',
      '10.3': 'Safeguarding Adult Review (SAR) referral process',
      '10.4': 'Inherent Jurisdiction guidance',
      // Cited at seed l. 366 but absent from the file.
      'App A': 'Safeguarding Pathway Map Tool',
      'App B': 'Release Notes: Notifying the DoLS Team of safeguarding concerns',
      'App C': 'Safeguarding Adults – Causing Others to make Enquiries request form',
      'App D': 'Self Neglect Process and Guidance (Mosaic hazard recording)',
      'App F': 'Does Meet S42 Criteria Feedback',
      'App G': 'Does not meet S42 Criteria Feedback',
      'App I': 'Adult Social Care Safeguarding Closures Aide Memoire: Closing at Concern; Closing at Risk Assessment',
    },
  },
  {
    id: 'care-act-2014',
    title: 'Care Act 2014',
    publisher: 'UK Parliament',
    version: '2014 (cited through the KCC practice guidance)',
    sections: {
      's.10': "Carer's assessment",
      's.42(1)': 'Enquiry by local authority: the three conditions',
      's.42(2)': 'Enquiry by local authority: duty to make enquiries or cause others to',
      // The seed never gives this number (App L l. 9948–9961, KCC PG §5.4 l. 717): check it against the Act.
      's.68': 'Independent advocacy in safeguarding enquiries',
    },
  },
  {
    id: 'care-support-statutory-guidance',
    title: 'Care and support statutory guidance (chapter 14: Safeguarding)',
    publisher: 'GOV.UK',
    version: 'Not given in the source',
    publicUrl:
      'https://www.gov.uk/government/publications/care-act-statutory-guidance/care-and-support-statutory-guidance#safeguarding-1',
    sections: {
      '14.17': 'Self-neglect and the ability to protect oneself by controlling one’s own behaviour',
      '14.45': 'Carers experiencing harm from the adult they support or from professionals and organisations',
    },
  },
  {
    id: 'kmsab-mappg',
    title: 'Multi-agency Safeguarding Adults Policy, Procedures and Practitioner Guidance for Kent and Medway (MAPPG)',
    publisher: 'Kent and Medway Safeguarding Adults Board (KMSAB)',
    version: 'Not given in the source (cited only where the KCC guidance quotes it)',
    sections: {
      'P.12': 'Police must be informed where a crime is suspected',
      'Pr.1': 'Sharing information and duty of candour',
      'G.8': 'DoLS acid test',
    },
  },
  {
    id: 'kmsab-self-neglect-policy',
    title: 'Kent and Medway multi-agency self-neglect and hoarding policy and procedures',
    publisher: 'Kent and Medway Safeguarding Adults Board (KMSAB)',
    version: 'Not given in the source',
    sections: {
      '(whole document)': 'Kent and Medway multi-agency self-neglect and hoarding policy and procedures',
    },
  },
  {
    id: 'kmsab-da-protocol',
    title:
      'KMSAB multi-agency protocol for dealing with cases of domestic abuse to safeguard adults with care and support needs',
    publisher: 'Kent and Medway Safeguarding Adults Board (KMSAB)',
    version: 'Not given in the source',
    sections: {
      '(whole document)': 'Multi-agency protocol for domestic abuse of adults with care and support needs',
    },
  },
  {
    id: 'ocsw-dementia-safeguarding-enquiries',
    title: 'Supporting people with dementia to be involved in adult safeguarding enquiries',
    publisher: 'Office of the Chief Social Worker for Adults',
    version: 'Undated; commissioned in 2019',
    sections: {
      'Part 1, Advocacy': 'Advocacy: independent advocate, IMCA and IMHA',
    },
  },
  {
    id: 'transitional-safeguarding-bridging-the-gap',
    title: 'Bridging the gap – Transitional safeguarding and the role of social work with adults',
    publisher: 'Not named in the source',
    version: 'Not given in the source',
    publicUrl:
      'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/990426/dhsc_transitional_safeguarding_report_bridging_the_gap_web.pdf',
    sections: {
      '(whole document)': 'Transitional safeguarding of young adults',
    },
  },
  {
    id: 'kmsab-marac-referral',
    title: 'Kent and Medway MARAC Referral Form – Non Police Agencies',
    publisher: 'Kent and Medway MARAC',
    version: 'Undated',
    sections: {
      'Routing note': 'Send to the MARAC for the area where the victim lives and to the correct IDVA service',
      Routing: 'MARAC coordinator and IDVA service per area',
      'Completeness note': 'Incomplete forms, or forms without a completed DASH, are returned',
      '1': 'Referring Agency',
      '2': 'Victim',
      // Not in the catalogue table; cited by the marac step `complete_marac_form` (LADO question, l. 8009).
      '4': 'Perpetrator(s)',
      '5': 'Children',
      '6': 'Additional Information: Reason for Referral; Number of ticks on DASH',
      '7': 'Reasons for Referral: Current Incident',
      // The catalogue lists both of these as "7 (cont.)"; they need distinct keys.
      'Actions taken': 'Actions Taken at Time of Referral',
      'Report offences': 'Does the victim wish to report any offences disclosed in this referral to the Police?',
      '8': 'Legal Basis for Information Sharing',
    },
  },
  {
    id: 'safelives-dash',
    title:
      "DASH Risk Identification checklist for use by IDVAs and other non-police agencies (domestic abuse, 'honour' based violence and stalking)",
    publisher: 'SafeLives',
    version: 'Not given in the source',
    sections: {
      Instructions: 'Instructions',
      'Questions 1–24': 'Risk identification questions',
      Total: "Total 'yes' responses",
      'Professional considerations': 'For consideration by professional',
      Children: 'Risks facing the children in the family',
    },
  },
  {
    id: 'mappa-guidance',
    title: 'MAPPA Guidance (Multi-Agency Public Protection Arrangements)',
    publisher: 'Secretary of State for Justice',
    version: 'Undated',
    sections: {
      '3.8': 'Duty to Co-operate Agencies: What the duty to co-operate means',
      '6.16': 'Identification and Notification of MAPPA Offenders: Domestic Abuse and Stalking',
      '13a.22': 'Multi-Agency Public Protection Meetings: Adult Social Care',
      '22.21': 'Victims: Multi-Agency Risk Assessment Conference (MARAC)',
      '22.22': 'Victims: The link between MAPPA and MARAC',
      '22.23': 'Victims: The link between MAPPA and MARAC (IDVA invited)',
      '22.25': 'Victims: Disclosure of MAPPA meeting minutes to a MARAC',
      '27.2': 'Domestic Abuse and Stalking: Domestic Abuse',
      '27.3': 'Domestic Abuse and Stalking: abusive behaviour; personally connected',
      '27.6': 'Domestic Abuse and Stalking: Stalking',
      '27.8': 'Domestic Abuse and Stalking: Identification',
      '27.11': 'Domestic Abuse and Stalking: Category 3 consideration',
      '27.27': 'Domestic Abuse and Stalking: Multi-Agency Risk Assessment Conferences (MARAC)',
      '27.30': 'Domestic Abuse and Stalking: IDVA invited when the victim is referred to MARAC',
      // Cited by the marac spec but missing from the catalogue table; seed l. 6755.
      '27.31': 'Domestic Abuse and Stalking: Multi-Agency Risk Assessment Conferences (MARAC) (risk management plan shared with the offender)',
    },
  },
  {
    id: 'domestic-abuse-act-2021',
    title: 'Domestic Abuse Act 2021',
    publisher: 'UK Parliament',
    version: '2021',
    sections: {
      's.1': 'Definition of domestic abuse',
      's.2': 'Definition of "personally connected"',
    },
  },
  {
    id: 'nice-ng189',
    title: 'Safeguarding adults in care homes (NG189)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    version: '© NICE 2022',
    sections: {
      // Cited by s42 §3 for "raise the concern whatever this card shows" but missing from the catalogue table; seed l. 12064.
      '1.6.1': 'Immediate actions to take if you suspect abuse or neglect: act on it',
      '1.6.2': 'Immediate actions to take if you suspect abuse or neglect: Making sure people are safe',
      '1.6.9': 'Immediate actions to take if you suspect abuse or neglect: do not contact the alleged abuser',
      '1.6.10': 'Immediate actions to take if you suspect abuse or neglect: do not investigate; preserve evidence',
      '1.6.12': 'Confidentiality and discussing suspected abuse and neglect: no secrets or promises',
      '1.7.9': 'Responding to reports of abuse or neglect: Local authorities',
    },
  },
];
