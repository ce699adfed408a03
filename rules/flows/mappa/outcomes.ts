/** Spec §3. CAT1, CAT2 and CAT4 are "no (the level is indicative)": the category follows from the law once the
 * facts are confirmed, so it is not presented as an indication; the level on those cards is, through the
 * `indicated_level` and `level_decided_by` facts, which name the MAPPA Co-ordinator. */
import type { OutcomeDef } from '../../model';
import { cheshire, national, national2012, riskToChildren, schedule15, westMidlands } from './refs';
import type { MappaSettings } from './settings';
import { outcomeSteps } from './steps';
import { leadAgency } from './lead';
import type { Ctx } from './predicates';

/** Spec §4.3: the lead agency depends on where the person is now (rows LA1–LA6). */
const LEAD_AGENCY = (ctx: Ctx) => leadAgency(ctx).agency;

export const outcomes: Record<string, OutcomeDef<MappaSettings>> = {
  NOT_MAPPA_NO_DISPOSAL: {
    label: 'Not MAPPA: no conviction, caution or finding',
    tone: 'info',
    summary:
      'MAPPA applies only to someone convicted, cautioned (or reprimanded or warned), or found not guilty by ' +
      'reason of insanity or unfit to plead but to have done the act, and this person has none of these.',
    decidedBy: { role: 'Set by the guidance; no one decides' },
    indicative: false,
    agency: 'Your own agency',
    refs: [
      national('6.11–6.14', '§6.12, 003 L3387–3397'),
      national('6.27–6.28', '§6.27, 003 L3466–3476'),
      national2012('6.11', '000 L7181–7200'),
      national2012('footnote 8', '000 L7305–7308'),
    ],
    steps: outcomeSteps,
  },
  CHECK_RECORDS: {
    label: 'Cannot tell yet: check the records',
    tone: 'warning',
    summary:
      'A fact that decides eligibility is missing: whether the person has any conviction, caution or finding, ' +
      'or whether the offence is in Schedule 15.',
    decidedBy: { role: 'The asking practitioner, with the police or the MAPPA Co-ordinator', team: 'asker' },
    indicative: true,
    agency: "The asking practitioner's agency",
    refs: [national('6.7', '003 L3366'), national('6.8', '003 L3369–3377'), schedule15],
    steps: outcomeSteps,
  },
  AWAIT_SENTENCE: {
    label: 'Depends on the sentence: check again once sentenced',
    tone: 'info',
    summary:
      'Category 2 (and Category 4) depend on the sentence for the offence, so ask again when the court has ' +
      'sentenced and identify the case within 3 days of sentence.',
    decidedBy: { role: 'Set by law once sentenced' },
    indicative: true,
    agency: 'The agency that will supervise the sentence',
    refs: [national('6.8', '003 L3369'), national('6.23–6.26', '§6.26, 003 L3458'), westMidlands('Category 2', '004 L132')],
    steps: outcomeSteps,
  },
  CAT1: {
    label: 'MAPPA Category 1: registered sexual offender',
    tone: 'attention',
    summary:
      'The person is subject to sex offender notification requirements, so is MAPPA Category 1 for as long as ' +
      'the registration lasts.',
    decidedBy: { role: 'Set by law; the police confirm registration', agency: 'Police', team: 'police' },
    indicative: false,
    agency: LEAD_AGENCY,
    refs: [
      cheshire('Who can be Referred to MAPPA?', '002 L25'),
      national('6.4–6.6', '§6.4, 003 L3348'),
      national('6.38–6.39', '§6.38, 003 L3536'),
      westMidlands('Category 1', '004 L93–94'),
    ],
    steps: outcomeSteps,
  },
  CAT1_PROVISIONAL: {
    label: 'Possibly MAPPA Category 1: police to confirm registration',
    tone: 'warning',
    summary:
      'A conviction or caution for certain sexual offences brings notification requirements automatically, so ' +
      'this is Category 1 if the police confirm notification.',
    decidedBy: { role: 'The police (public protection unit) confirm notification', agency: 'Police', team: 'police' },
    indicative: true,
    agency: LEAD_AGENCY,
    refs: [
      riskToChildren('2.1', '001 L30'),
      national('6.4–6.6', '§6.5, 003 L3350–3360'),
      national('6.10', '003 L3381'),
      westMidlands('Category 1', '004 L93'),
    ],
    steps: outcomeSteps,
  },
  CAT2: {
    label: 'MAPPA Category 2: violent or other sexual offender',
    tone: 'attention',
    summary:
      'Murder, a Schedule 15 offence or a section 327(4A) offence with a qualifying sentence (12 months or more ' +
      'in custody, a suspended sentence of 12 months or more, or any hospital or guardianship order) makes the ' +
      'person Category 2 while that sentence or order runs.',
    decidedBy: { role: 'Set by law; the lead agency identifies it' },
    indicative: false,
    agency: LEAD_AGENCY,
    refs: [
      cheshire('Who can be Referred to MAPPA?', '002 L27'),
      cheshire('Levels table: Category 2 row', '002 L43'),
      national('6.7', '003 L3366'),
      national('6.8', '003 L3369–3377'),
      national('6.9', '003 L3379'),
      national('6.38–6.39', '§6.38, 003 L3538'),
      westMidlands('Category 2', '004 L114–132'),
    ],
    steps: outcomeSteps,
  },
  CAT3_CANDIDATE: {
    label: 'Possible MAPPA Category 3: refer to the MAPPA Co-ordinator',
    tone: 'attention',
    summary:
      'The person may be a Category 3 "other dangerous offender", because the offence suggests they could cause ' +
      'serious harm and the case appears to need Level 2 or 3 management; only the MAPPA Co-ordinator can decide.',
    decidedBy: { role: 'MAPPA Co-ordinator', agency: 'MAPPA Co-ordination Unit, for the Responsible Authority' },
    indicative: true,
    agency: LEAD_AGENCY,
    refs: [
      cheshire('Who can be Referred to MAPPA?', '002 L29'),
      cheshire('Levels table: Category 2 row', '002 L43'),
      national('6.11–6.14', '§6.11–6.13, 003 L3385–3403'),
      national('6.22', '003 L3432'),
      westMidlands('Category 3', '004 L140–150'),
      westMidlands('Levels of Management', '004 L159'),
    ],
    steps: outcomeSteps,
  },
  CAT4: {
    label: 'MAPPA Category 4: terrorism or terrorism-connected offender',
    tone: 'attention',
    summary:
      'The person is subject to terrorism notification requirements, or has a terrorism or terrorism-connected ' +
      'conviction with a qualifying sentence or order, so is Category 4, which takes precedence over Categories 1 and 2.',
    decidedBy: {
      role: 'Set by law; counter-terrorism police and the probation National Security Division manage',
    },
    indicative: false,
    agency: LEAD_AGENCY,
    refs: [
      cheshire('Who can be Referred to MAPPA?', '002 L31'),
      cheshire('Levels table: Category 3 row', '002 L44'),
      national('6.2', '003 L3342'),
      national('6.23–6.26', '003 L3436–3464'),
      national('24.8', '003 L6174'),
    ],
    steps: outcomeSteps,
  },
  CAT4_CONFIRM: {
    label: 'Possibly MAPPA Category 4: confirm with counter-terrorism police or probation',
    tone: 'warning',
    summary:
      'The sources disagree on whether this terrorism or terrorism-connected conviction makes the person ' +
      'Category 4 (the Cheshire briefing says automatically; the national guidance needs a qualifying sentence), ' +
      'so counter-terrorism police or the probation counter-terrorism network must confirm.',
    decidedBy: {
      role: 'Counter-terrorism police or the probation counter-terrorism network / National Security Division',
    },
    indicative: true,
    agency: LEAD_AGENCY,
    refs: [
      cheshire('Who can be Referred to MAPPA?', '002 L31'),
      cheshire('Levels table: Category 3 row', '002 L44'),
      national('6.23–6.26', '§6.23b, 003 L3440; §6.26, 003 L3458–3464'),
      national('6.27–6.28', '§6.28, 003 L3482'),
    ],
    steps: outcomeSteps,
  },
  CAT4_DISCRETIONARY_CANDIDATE: {
    label: 'Possible discretionary Category 4: counter-terrorism police or probation decide',
    tone: 'warning',
    summary:
      'The person has an offence and a terrorism-risk concern but no automatic category applies, so only ' +
      'counter-terrorism police or the probation counter-terrorism network can identify them as discretionary Category 4.',
    decidedBy: {
      role:
        'Counter-terrorism police and the probation National Security Division (locally, through the regional ' +
        'Probation Counter-Terrorism Lead)',
    },
    indicative: true,
    agency: LEAD_AGENCY,
    refs: [
      cheshire('Levels table: Category 3 row', '002 L44'),
      national('6.27–6.28', '003 L3466–3482'),
      national('7.10–7.15', '§7.11, 003 L3616'),
    ],
    steps: outcomeSteps,
  },
  NOT_MAPPA: {
    label: 'Not MAPPA on these answers',
    tone: 'info',
    summary:
      'The person does not meet Categories 1, 2 or 4, and the answers do not point to Category 3, which needs ' +
      'both a capacity for serious harm and a need for Level 2 or 3 management.',
    decidedBy: { role: 'The lead agency; the MAPPA Co-ordinator if in doubt' },
    indicative: true,
    agency: 'Your own agency',
    refs: [
      cheshire('Who can be Referred to MAPPA?', '002 L29'),
      cheshire('Levels table: Category 2 row', '002 L43'),
      national('6.11–6.14', '§6.11–6.13, 003 L3385–3403'),
    ],
    steps: outcomeSteps,
  },
};
