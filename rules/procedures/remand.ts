import type { ProcedureDocument } from './types';

/**
 * Documents cited by the `remand` flow (shared/specs/procedures-remand.md). Seed lines in the comments refer
 * to shared/seeds/000_7b74fc7b3b56a3b8.txt. No procedure text is held here, only headings; where the
 * catalogue describes a section instead of heading it ("as named"), the heading is that short description.
 * None of these documents prints its own public URL: every link is configured per deployment.
 */
export const documents: ProcedureDocument[] = [
  // Three statutes the protocol does not name, cited only where a card states the law now (issue 13, audit L1, L5, L7).
  {
    id: 'secure-accommodation-regulations-1991',
    title: 'The Children (Secure Accommodation) Regulations 1991',
    publisher: 'Statutory instrument (England and Wales)',
    version: 'As amended; not in the source',
    sections: { 'reg 4': 'Approval by the Secretary of State of secure accommodation for a child under 13' },
  },
  {
    id: 'cypa-1933',
    title: 'Children and Young Persons Act 1933',
    publisher: 'UK Parliament (Act of Parliament)',
    version: 'As amended; not in the source',
    sections: { 's.31': 'Separation of children from adults in police stations and courts' },
  },
  {
    id: 'pcsc-act-2022',
    title: 'Police, Crime, Sentencing and Courts Act 2022',
    publisher: 'UK Parliament (Act of Parliament)',
    version: '2022; not in the source',
    sections: { 's.157': 'Remands of children to youth detention accommodation (amending LASPO 2012)' },
  },
  {
    id: 'bexley-yos-csc-protocol',
    title: 'Bexley YOS and CSC Inter-Agency Protocol',
    publisher: "London Borough of Bexley: Children's Social Care and the Youth Offending Service",
    version: 'Undated and unsigned (about 2019); next review was due June 2020',
    sections: {
      '1': 'INTRODUCTION',
      '3.1': 'Responsibilities of the YOS to promote the safety and well-being of children and young people',
      '3.2':
        "Responsibilities of Children's Social Care under Section 17 of the Crime and Disorder Act and Legal Aid Sentencing and Punishment of Offenders (LASPO) Act 2012",
      '4.2.1': 'Police to Local Authority',
      '4.2.2': "YOS to Children's Social Care",
      '4.3': 'Young people charged with a sexual offence or subject to a notification requirement under the Sexual Offences Act 2003',
      '6': 'APPROPRIATE ADULT (AA) ARRANGEMENTS, SERVICES AND POLICE BAIL',
      '6.1': 'Responsibilities of the YOS and CSC: Appropriate Adults (AA) and Local Authority Accommodation Transfers',
      '6.2': 'Parental involvement',
      '6.3': 'Looked After Children',
      '7': "REFERRALS TO CHILDREN'S SOCIAL CARE",
      // §7.1 has no heading of its own (l. 185): the catalogue's description stands in for it.
      '7.1': 'Referrals to the MASH or allocated social worker 09:00–17:00; CSC Out of Hours team outside these times',
      '7.2': 'Requests for Accommodation under Children Act 1989',
      '9': 'WORK IN COURT',
      '9.3': "Attendance at Court by Children's Social Care",
      '10': 'BAIL AND REMAND AND OVERNIGHT DETENTION IN POLICE CUSTODY',
      '10.1': 'Young People Appearing in Court from Police Custody',
      '10.2': 'Remands to Local Authority Accommodation (REMLAA)',
      '10.3': 'Initial Placement Meeting',
      // Two sections share the heading "Remand Reviews" (l. 354, 442); the catalogue's glosses tell them apart.
      '10.4': 'Remand Reviews (monthly, held by the YOS)',
      '10.5': 'Subsequent Court Appearances whilst REMLAA',
      '10.6': 'Remand to Youth Detention Accommodation (YDA)',
      '10.7': 'Where the child was Looked After immediately before being remanded',
      '10.8': 'Placement Plans must',
      '10.9': 'Remand Reviews (IRO and Detention Plan)',
      '10.11': 'Bail Supervision and Support Programmes',
      '10.12': '17 year olds remanded on bail',
      '10.13': 'Electronic Tagging',
      '11': 'YOUNG PEOPLE SENTENCED TO CUSTODY AND S20',
      '12': 'SAFEGUARDING IN THE SECURE ESTATE',
      '13.3': 'Out of Borough Placements',
      '13.5': 'Attendance at inter-agency and partnership meetings',
      // Not in the catalogue table, but cited by the remand step `missing_risk_assessment`; heading from seed l. 638.
      '14': 'CHILDREN AND YOUNG PEOPLE WHO GO MISSING',
      '16': 'MODERN DAY SLAVERY',
      '17': 'SERIOUS INCIDENT NOTIFICATIONS (SIN)',
      '18': 'BUDGETS AND FUNDING',
      '20': 'REVIEW OF THIS PROTOCOL',
      'App 1': 'Appropriate Adult (AA) responsibilities and legal framework',
    },
  },
  {
    id: 'bexley-yos-risk-policy',
    title: 'Bexley YOS Risk Policy and Procedures',
    publisher: 'London Borough of Bexley Youth Offending Service',
    version: 'Revised November 2018',
    sections: {
      '3': 'Planning for Risk of Harm (ROH) and Safety & Wellbeing Concerns (SWB)',
    },
  },
  {
    id: 'bexley-yot-pace-interview-form',
    title: 'Bexley YOT PACE Interview Form',
    publisher: 'Bexley Youth Offending Team',
    version: 'Undated',
    sections: {
      'Section Six': 'Section Six (AA Function) - Decision and Disposal',
      'PACE Bed': 'PACE Bed',
    },
  },
  {
    id: 'children-act-1989',
    title: 'Children Act 1989',
    publisher: 'UK Parliament (Act of Parliament)',
    version: '1989 (no version given in the source)',
    sections: {
      's.20': 'Accommodation of children',
      's.21': 'Duty to provide accommodation for children remanded to local authority accommodation',
      // Cited as the law now (issue 13), not from the protocol.
      's.21(2)(b)': 'Duty to receive and accommodate children removed from police detention under PACE s.38(6)',
      's.22(1)': 'Meaning of a child looked after by a local authority',
      's.47': "Local authority's duty to investigate (named at l. 522)",
      // The s.25 criteria are not in the protocol (l. 157 only names them).
      's.25': 'Secure accommodation',
      's.31': 'Care orders',
      's.8, s.34': 'Orders about contact',
    },
  },
  {
    id: 'laspo-2012',
    title: 'Legal Aid, Sentencing and Punishment of Offenders Act 2012',
    publisher: 'UK Parliament (Act of Parliament)',
    version: '2012 (the source gives no section numbers)',
    sections: {
      'Chapter 3': 'Chapter 3 of LASPOA (as named in the protocol)',
      '(conditions)': 'Conditions for a remand to youth detention (named in the protocol, not set out)',
      '(designation)': 'Designation of a local authority for a youth detention remand (as summarised in the protocol)',
      // Cited as the law now (issue 13), not from the protocol.
      's.91(4A)': "Remands of children: the court must consider the child's interests and welfare",
      's.92': 'Remands to local authority accommodation: designation of the local authority',
      's.98': 'First set of conditions for a remand to youth detention accommodation',
      's.99': 'Second set of conditions for a remand to youth detention accommodation',
      's.104': 'Looked after child status of children remanded to youth detention accommodation',
    },
  },
  {
    id: 'pace-1984',
    title: 'Police and Criminal Evidence Act 1984',
    publisher: 'UK Parliament (Act of Parliament)',
    version: '1984 (no version given in the source)',
    sections: {
      '(whole Act)': 'Rights of a person arrested; appropriate adults for children aged 10 to 17 (as named in the protocol)',
      's.47(3)': 'Bail to return to a police station ("(47/3) bail" in the protocol)',
      // Cited as the law now (issue 13), not from the protocol.
      's.38(6)': 'Duties of the custody officer after charge: moving an arrested child to local authority accommodation',
    },
  },
  {
    id: 'pace-code-c',
    title: 'PACE Code of Practice C (detention, treatment and questioning of persons by police officers)',
    publisher: 'Not stated in the source',
    version: 'Not given in the source; the protocol cites the paragraph as 1.17(a)(i), which is paragraph 1.7(a)',
    sections: {
      '1.7(a)': 'Meaning of "appropriate adult" for a juvenile (cited by the protocol as 1.17(a)(i))',
    },
  },
  {
    id: 'care-planning-regulations-2010',
    title:
      'The Care Planning, Placement and Case Review (England) Regulations 2010, as amended by the Care Planning, Placement and Case Review (England) (Amendment) Regulations 2013',
    publisher: 'Statutory instrument (England)',
    version: '2010, amended 2013',
    sections: {
      '(as amended 2013)': 'Care planning for children remanded to local authority accommodation or youth detention (as named)',
      // Cited as the law now (issue 13), not from the protocol.
      'reg 9': 'Placement plan',
    },
  },
  {
    id: 'ca1989-guidance-vol2',
    title: 'The Children Act 1989 guidance and regulations Volume 2: care planning, placement and case review',
    publisher: 'Not stated in the source',
    version: '2015 (as cited)',
    sections: {
      '(whole volume)': 'Care planning, placement and case review (the whole volume, as named)',
    },
  },
  {
    id: 'ca1989-vol2-youth-justice-supplement-2014',
    title:
      'Children Act 1989 Guidance and Regulations Volume 2 (Supplement): Looked After Children and Youth Justice – Application of the Care Planning, Placement and Case Review (England) Regulations 2010 to Looked After Children in Contact with Youth Justice Services',
    publisher: 'Not stated in the source',
    version: 'April 2014',
    sections: {
      '(whole supplement)': 'Care planning for remanded children (the whole supplement, as named)',
      'Matters to be dealt with in a Detention Centre': 'Matters to be dealt with in a Detention Centre',
    },
  },
  {
    id: 'national-standards-youth-justice',
    title: 'National Standards for Youth Justice Services',
    publisher: 'Not stated in the source',
    version: 'Not given in the source (not in the source file; check the current edition)',
    sections: {
      '(whole document)': 'Looked-after child reviews for children in the criminal justice system (as named)',
    },
  },
  {
    id: 'ho-concordat-children-in-custody-2017',
    title: 'Home Office Concordat on Children in Custody',
    publisher: 'Home Office',
    version: 'October 2017 (not in the source file)',
    sections: {
      '(whole document)': 'Transfers of children from police custody to local authority accommodation (cited by title)',
    },
  },
  {
    id: 'london-protocol-police-custody-accommodation-2019',
    title: 'London Protocol for the provision of local authority accommodation for children held in police custody',
    publisher: 'Not stated in the source',
    version: 'July 2019 (not in the source file)',
    sections: {
      '(whole document)': 'Provision of local authority accommodation for children held in police custody (cited by title)',
    },
  },
  {
    id: 'yjb-bail-remand-case-management-guidance',
    title: 'Youth Justice Board Bail & Remand Case Management Guidance',
    publisher: 'Youth Justice Board',
    version: 'Not given in the source (not in the source file)',
    sections: {
      '(whole document)': 'Liaison with the police on bail information and bail supervision and support (as named)',
    },
  },
  {
    id: 'bexley-health-lac-procedure',
    title: 'Health and Looked After Children Procedure (Bexley CSC)',
    publisher: "London Borough of Bexley Children's Social Care",
    version: 'Not given in the source (not in the source file)',
    sections: {
      '(whole document)': 'Health assessments for looked-after children (as named)',
    },
  },
  {
    id: 'bexley-em-consent-form',
    title: 'Consent form for electronic monitoring',
    publisher: 'Not stated in the source',
    version: 'Not given in the source (not in the source file)',
    sections: {
      '(whole form)': 'Written consent to electronic monitoring at the proposed address',
    },
  },
];
