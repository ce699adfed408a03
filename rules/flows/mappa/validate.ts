/** The cross-field refusals of spec §2 ("Invalid:"), over the answers on the path. */
import type { Problem } from '../../model';
import { NOTIFICATION_ENDED, REG, REGQ, S15, S15Q, detained, disposal, needs, sentenceType, whereNow, type Ctx } from './predicates';

const CUSTODIAL_OR_INDETERMINATE = ['custody', 'dto', 'suspended', 'indeterminate'];
const COURT_MENTAL_HEALTH_ORDERS = ['hospital_order', 'hospital_order_restricted', 'guardianship'];

export function validate(ctx: Ctx): Problem[] {
  const problems: Problem[] = [];
  const refuse = (questionId: string, message: string) => problems.push({ questionId, message });
  const sentence = sentenceType(ctx);
  const where = whereNow(ctx);

  if (REG(ctx) && REGQ(ctx)) refuse('status', 'cannot be both on the register and not yet confirmed');
  if (REG(ctx) && NOTIFICATION_ENDED(ctx)) {
    refuse('status', 'cannot be both on the register and at the end of the notification period');
  }
  if (S15(ctx) && S15Q(ctx)) refuse('status', 'cannot be both in Schedule 15 and not sure about Schedule 15');

  if (CUSTODIAL_OR_INDETERMINATE.includes(sentence ?? '') && ['ngri', 'unfit_did_act'].includes(disposal(ctx) ?? '')) {
    refuse(
      'sentence_type',
      'a prison, DTO, suspended or indeterminate sentence cannot follow an insanity or unfitness finding',
    );
  }

  if (where === 'awaiting_sentence' && sentence !== undefined && sentence !== 'not_sentenced') {
    refuse('where_now', 'cannot be awaiting sentence when a sentence was given');
  }
  if (where === 'awaiting_sentence' && disposal(ctx) === 'cautioned') {
    refuse('where_now', 'a caution is not followed by a sentence');
  }
  if (where === 'hospital' && CUSTODIAL_OR_INDETERMINATE.includes(sentence ?? '')) {
    refuse(
      'where_now',
      'a hospital order is not this sentence: for a prisoner moved to hospital choose the transfer option',
    );
  }
  if (where === 'hospital_transferred' && COURT_MENTAL_HEALTH_ORDERS.includes(sentence ?? '')) {
    refuse('where_now', 'a transfer from prison does not fit a hospital or guardianship order from the court');
  }

  // The spec offers complex_release only to someone detained; the card cannot hide it, so it is refused here.
  if (needs(ctx, 'complex_release') && !detained(ctx)) {
    refuse('level_needs', '"complex release" applies only to someone in custody or hospital');
  }
  return problems;
}
