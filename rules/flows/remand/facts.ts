/** Spec §3 "Legal status shown on each card". */
import type { Fact, Ref } from '../../model';
import type { Ctx } from './context';
import { protocol } from './refs';

const legalStatus: Record<string, { value: string; refs: Ref[] }> = {
  police: {
    // The last sentence is a spec inference: the protocol does not say (spec N7).
    value:
      "Detained in police custody. The protocol does not say what the child's status is during a transfer to local authority accommodation; ask CSC. If the child was already looked after, that continues.",
    refs: [protocol('6.1', 'l. 157')],
  },
  notRemanded: {
    value: 'Not remanded yet. Status is unchanged until the court decides.',
    refs: [protocol('10.2', 'l. 328'), protocol('10.6', 'l. 368')],
  },
  remlaa: {
    value: 'Looked after: accommodated by the local authority under s.21 Children Act 1989 while remanded.',
    refs: [protocol('10.2', 'l. 316, 328')],
  },
  // The protocol says "under s20" (l. 368); the statutory basis is doubtful (spec N2), so it is shown as its wording.
  yda: {
    value:
      'Looked after for the duration of the remand; if not looked after before, by virtue of the remand. The protocol says this status is under s.20 Children Act 1989; check the legal basis with CSC.',
    refs: [protocol('10.6', 'l. 368')],
  },
};

const statusByOutcome: Record<string, keyof typeof legalStatus> = {
  PACE_TRANSFER_LA_ACCOMMODATION: 'police',
  PACE_SECURE_REQUESTED: 'police',
  POLICE_CUSTODY_NO_TRANSFER_YET: 'police',
  REMLAA_POSSIBLE: 'notRemanded',
  YDA_IMMINENT: 'notRemanded',
  YDA_NOT_POSSIBLE_AGE_10_11: 'notRemanded',
  REMLAA_LOOKED_AFTER: 'remlaa',
  YDA_REMAND_LOOKED_AFTER: 'yda',
};

export function facts(_ctx: Ctx, outcomeId: string): Fact[] {
  const key = statusByOutcome[outcomeId];
  if (!key) return [];
  return [{ id: 'legal_status', label: 'Legal status', ...legalStatus[key] }];
}
