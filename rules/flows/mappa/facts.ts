/** Spec §4.3: the decision facts every card shows next to the outcome (the category): lead agency, the text
 * added for some outcomes, the indicated level and who decides it. */
import type { Fact } from '../../model';
import { leadAgency } from './lead';
import { C4, LEVEL, TN, whereNow, type Ctx } from './predicates';
import { cheshire, national, westMidlands } from './refs';

const NO_LEAD_AGENCY = ['NOT_MAPPA_NO_DISPOSAL', 'CHECK_RECORDS', 'AWAIT_SENTENCE', 'NOT_MAPPA'];
const LEVEL_INDICATED = ['CAT1', 'CAT1_PROVISIONAL', 'CAT2', 'CAT4', 'CAT3_CANDIDATE', 'NOT_MAPPA'];
const LEVEL_SET_WITH_COUNTER_TERRORISM = ['CAT4_CONFIRM', 'CAT4_DISCRETIONARY_CANDIDATE'];

const LOWEST_LEVEL =
  'The lowest level that gives a defensible risk management plan is the right one. The MAPPA Co-ordinator ' +
  'decides on any Level 2 or 3 referral.';

function leadAgencyNote(ctx: Ctx, outcomeId: string): Fact | undefined {
  const fact = (value: string, refs: Fact['refs']): Fact => ({
    id: 'lead_agency_note',
    label: 'Working with the lead agency',
    value,
    refs,
  });
  if (outcomeId === 'CAT1' || outcomeId === 'CAT1_PROVISIONAL') {
    return fact(
      'The police own the ViSOR record and support the lead agency in jointly managing registered sexual ' +
        'offenders; they become the lead agency when statutory supervision ends.',
      [
        national('2.3–2.4', '§2.4, 003 L2503'),
        national('8.15–8.16', '§8.15, 003 L3806'),
        westMidlands('Police Service', '004 L251–255'),
      ],
    );
  }
  if (outcomeId === 'CAT4' || outcomeId === 'CAT4_CONFIRM') {
    const probationManages = ['custody', 'community_supervised', 'hospital_transferred'].includes(whereNow(ctx) ?? '');
    return fact(
      probationManages
        ? 'Probation manages terrorism and terrorism-connected offenders through its National Security Division, ' +
            'working with counter-terrorism police.'
        : TN(ctx)
          ? 'Counter-terrorism policing (CT Nominal Management) manages the terrorism notification requirements.'
          : 'Counter-terrorism police work with the lead agency. The answers do not say the person is subject to ' +
            'terrorism notification requirements; those follow only from certain terrorism convictions at 16 or ' +
            'over with a qualifying sentence or order (Counter-Terrorism Act 2008, Part 4).',
      // Audit E8: notification requirements exist only for TN (003 §6.24 L3446).
      [national('24.7', '003 L6168'), national('2.3–2.4', '§2.4, 003 L2503'), national('6.23–6.26', '§6.24, 003 L3446')],
    );
  }
  if (outcomeId === 'CAT3_CANDIDATE') {
    return fact('ViSOR: probation records the case if it supervises the person; otherwise the police.', [
      westMidlands('Category 3', '004 L152'),
    ]);
  }
  return undefined;
}

/** Only NOT_MAPPA reached after `level_needs` shows a level: always 1, which Category 3 cannot have. */
function indicatedLevel(ctx: Ctx, outcomeId: string): Fact | undefined {
  const refs = [
    cheshire('Levels of management', '002 L37'),
    westMidlands('Levels of Management', '004 L157–158'),
    national('7.17–7.18', '§7.17, 003 L3642'),
  ];
  if (LEVEL_SET_WITH_COUNTER_TERRORISM.includes(outcomeId)) {
    return {
      id: 'indicated_level',
      label: 'Indicated level',
      value:
        'Level: set with counter-terrorism police and probation. Discretionary Category 4 can only be Level 2 or 3; ' +
        'most terrorism cases start at Level 2 or 3.',
      refs: [national('7.6', '003 L3594'), national('24.13–24.15', '§24.15, 003 L6192')],
    };
  }
  const level = LEVEL(ctx);
  if (level === undefined || !LEVEL_INDICATED.includes(outcomeId)) return undefined;
  const categoryThree =
    outcomeId === 'CAT3_CANDIDATE'
      ? ' (Category 3 is managed at Level 2 or 3 only)'
      : outcomeId === 'NOT_MAPPA'
        ? ', which Category 3 cannot have: Category 3 is managed at Level 2 or 3 only'
        : '';
  const levelRefs =
    outcomeId === 'CAT3_CANDIDATE' || outcomeId === 'NOT_MAPPA'
      ? [cheshire('Levels table: Category 2 row', '002 L43'), westMidlands('Category 3', '004 L150'), national('6.11–6.14', '§6.13, 003 L3403')]
      : [];
  return {
    id: 'indicated_level',
    label: 'Indicated level',
    value: `Indicated level: ${level}${categoryThree}. ${LOWEST_LEVEL}`,
    refs: [
      cheshire('Levels table: Category 1 row', '002 L42'),
      national('7.4', '003 L3568'),
      national('7.5', '003 L3572–3584'),
      national('7.6', '003 L3588–3596'),
      ...levelRefs,
      ...refs,
    ],
  };
}

function levelDecidedBy(ctx: Ctx): Fact {
  return {
    id: 'level_decided_by',
    label: 'Who decides the level',
    value:
      'Level: the lead agency assesses and either keeps the case at Level 1 or refers it on a MAPPA A; the MAPPA ' +
      'Co-ordinator (Co-ordination Unit) decides whether a referral meets Level 2 or 3.' +
      (C4(ctx)
        ? ' Category 4: counter-terrorism police / the probation National Security Division identify the case and refer it.'
        : ''),
    refs: [
      national('2.3–2.4', '§2.3, 003 L2493'),
      national('7.4', '003 L3568'),
      national('7.7', '003 L3604'),
      national('7.10–7.15', '§7.11, §7.13, 003 L3616, L3620'),
      national('15.16', '003 L5260'),
    ],
  };
}

export function facts(ctx: Ctx, outcomeId: string): Fact[] {
  const lead = leadAgency(ctx);
  const level = indicatedLevel(ctx, outcomeId);
  return [
    ...(NO_LEAD_AGENCY.includes(outcomeId)
      ? []
      : [{ id: 'lead_agency', label: 'Lead agency', value: lead.text, refs: lead.refs }]),
    ...[leadAgencyNote(ctx, outcomeId)].filter((f): f is Fact => f !== undefined),
    ...(level ? [level, levelDecidedBy(ctx)] : []),
  ];
}
