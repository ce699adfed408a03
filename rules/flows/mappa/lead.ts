/** Spec §4.3 "Lead agency": the first matching row wins. */
import type { Owner, Ref, Team } from '../../model';
import { underEighteen, whereNow, type Ctx } from './predicates';
import { national, national2012, westMidlands } from './refs';

export interface LeadAgency {
  row: 'LA1' | 'LA2' | 'LA3' | 'LA4' | 'LA5' | 'LA6';
  /** The agency as a step owner names it. */
  agency: string;
  /** The service that leads (mental health and learning disability services count as health). */
  team: Team;
  /** What the card says about it. */
  text: string;
  refs: Ref[];
}

const MENTAL_HEALTH = 'Mental health or learning disability services';
const YOT = 'Youth offending team (YOT/YOS)';

export function leadAgency(ctx: Ctx): LeadAgency {
  const where = whereNow(ctx);
  if (where === 'hospital') {
    return {
      row: 'LA1',
      agency: MENTAL_HEALTH,
      team: 'health',
      // Shown whatever the status: registration may still be unconfirmed (CAT1_PROVISIONAL) when the card is read.
      text:
        `${MENTAL_HEALTH} (the police are consulted throughout detention if the person is on the sex offender ` +
        'register)',
      refs: [national('2.3–2.4', '§2.4, 003 L2501'), national('26.51', '003 L6482'), national2012('26.51', '000 L17818')],
    };
  }
  if (where === 'hospital_transferred') {
    const agency = underEighteen(ctx) ? YOT : 'Probation offender manager';
    return {
      row: 'LA2',
      agency,
      team: underEighteen(ctx) ? 'youth_justice' : 'probation',
      text: `${agency}: they keep the risk management plan and attend the Care Programme Approach meetings`,
      refs: [westMidlands('Health Bodies', '004 L456'), national('26.17', '003 L6364'), national('26.52', '003 L6486')],
    };
  }
  if (where === 'community_mental_health') {
    return { row: 'LA3', agency: MENTAL_HEALTH, team: 'health', text: MENTAL_HEALTH, refs: [national('2.3–2.4', '§2.4, 003 L2501')] };
  }
  if (underEighteen(ctx) && (where === 'custody' || where === 'community_supervised')) {
    return {
      row: 'LA4',
      agency: YOT,
      team: 'youth_justice',
      text: YOT,
      refs: [national('2.3–2.4', '§2.4, 003 L2499'), westMidlands('Probation Service', '004 L263')],
    };
  }
  // No source names the lead for a prisoner still in custody; probation plans the release and leads on
  // licence (spec LA5 [INFERENCE] from 003 §7.10 and 004 L270).
  if (where === 'custody' || where === 'community_supervised') {
    return {
      row: 'LA5',
      agency: 'Probation',
      team: 'probation',
      text: 'Probation',
      refs: [
        national('2.3–2.4', '§2.4, 003 L2497'),
        westMidlands('Police Service', '004 L255'),
        westMidlands('Probation Service', '004 L263, L270'),
        national('7.10–7.15', '§7.10, 003 L3614'),
      ],
    };
  }
  return {
    row: 'LA6',
    agency: 'Police',
    team: 'police',
    text: 'Police',
    refs: [
      national('2.3–2.4', '§2.4, 003 L2503'),
      national('6.4–6.6', '§6.5, 003 L3360'),
      westMidlands('Police Service', '004 L251'),
    ],
  };
}

/** A step owner in the lead agency, with the role the step gives it. */
export const inLeadAgency = (ctx: Ctx, role: string): Owner => {
  const { agency, team } = leadAgency(ctx);
  return { role, agency, team };
};

/** "Lead agency" as a step owner. */
export const leadAgencyOwner = (ctx: Ctx): Owner => inLeadAgency(ctx, 'Lead agency');
