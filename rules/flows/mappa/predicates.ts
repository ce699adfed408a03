/**
 * The predicates and derived values of spec §4.1, named as the spec names them so that each rule, question
 * condition and flag can be checked against the spec symbol by symbol. Each reads only the answers on the
 * path (unanswered = undefined) and the area setting.
 */
import type { FlowContext } from '../../model';
import type { MappaSettings } from './settings';

export type Ctx = FlowContext<MappaSettings>;

const choice = (ctx: Ctx, id: string): string | undefined => {
  const v = ctx.answers[id];
  return typeof v === 'string' ? v : undefined;
};
const ticked = (ctx: Ctx, id: string, value: string): boolean => {
  const v = ctx.answers[id];
  return Array.isArray(v) && v.includes(value);
};
const isOneOf = (ctx: Ctx, id: string, values: readonly string[]): boolean => values.includes(choice(ctx, id) ?? '');

export const disposal = (ctx: Ctx) => choice(ctx, 'disposal');
export const sentenceType = (ctx: Ctx) => choice(ctx, 'sentence_type');
export const whereNow = (ctx: Ctx) => choice(ctx, 'where_now');
export const seriousHarm = (ctx: Ctx) => choice(ctx, 'serious_harm');
export const underEighteen = (ctx: Ctx): boolean => choice(ctx, 'under_18') === 'yes';
export const needs = (ctx: Ctx, value: string): boolean => ticked(ctx, 'level_needs', value);

/** The ISO date answered, or undefined for "Not known" or when the question is off the path. */
export const dateAnswer = (ctx: Ctx, id: 'sentence_date' | 'release_date'): string | undefined => {
  const v = choice(ctx, id);
  return v !== undefined && v !== 'unknown' ? v : undefined;
};

export const CUSTODIAL_SENTENCES = ['custody', 'dto', 'suspended'] as const;
export const DETAINED = ['custody', 'hospital', 'hospital_transferred'] as const;
export const MENTAL_HEALTH_SETTINGS = ['hospital', 'hospital_transferred', 'community_mental_health'] as const;

/** Detained in prison, youth custody or hospital: the places that have a release or discharge date. */
export const detained = (ctx: Ctx): boolean => isOneOf(ctx, 'where_now', DETAINED);

/** C4: the area uses Category 4. */
export const C4 = (ctx: Ctx): boolean => ctx.settings.category4 === 'on';
/** A: convicted, cautioned or found (MAPPA needs one of these). */
export const A = (ctx: Ctx): boolean =>
  isOneOf(ctx, 'disposal', ['convicted', 'convicted_abroad', 'cautioned', 'ngri', 'unfit_did_act']);
/** UKC: a UK conviction or finding; a caution never carries the sentence that Category 2 or automatic
 * Category 4 needs. */
export const UKC = (ctx: Ctx): boolean => isOneOf(ctx, 'disposal', ['convicted', 'ngri', 'unfit_did_act']);
export const REG = (ctx: Ctx): boolean => ticked(ctx, 'status', 'sex_offender_register');
/** Audit E12: was on the register, but the notification period has ended (003 §6.38 L3536): Category 1 has
 * ended and the other categories are tested (§6.3 L3344). */
export const NOTIFICATION_ENDED = (ctx: Ctx): boolean => ticked(ctx, 'status', 'notification_ended');
/** Audit E6: convicted only outside the UK: no notification without a Notification Order (003 §6.21 L3428). */
export const ABROAD = (ctx: Ctx): boolean => choice(ctx, 'disposal') === 'convicted_abroad';
/** The person lives with children, will go to an address with children, or has a new partner with children. */
export const WITH_CHILDREN = (ctx: Ctx): boolean => choice(ctx, 'children') === 'yes';
export const REGQ = (ctx: Ctx): boolean => ticked(ctx, 'status', 'register_not_confirmed');
export const S15 = (ctx: Ctx): boolean => ticked(ctx, 'status', 'schedule15_or_murder');
export const S15Q = (ctx: Ctx): boolean => ticked(ctx, 'status', 'schedule15_unsure');
export const TN = (ctx: Ctx): boolean => ticked(ctx, 'status', 'terrorism_notification');
export const TO = (ctx: Ctx): boolean => ticked(ctx, 'status', 'terrorism_offence');
export const TR = (ctx: Ctx): boolean => ticked(ctx, 'status', 'terrorism_risk');
export const T4 = (ctx: Ctx): boolean => C4(ctx) && (TN(ctx) || TO(ctx));

/** NEED_SENTENCE: the sentence decides Category 2 and automatic Category 4 only. */
export const NEED_SENTENCE = (ctx: Ctx): boolean =>
  UKC(ctx) && ((C4(ctx) && TO(ctx) && !TN(ctx)) || ((S15(ctx) || S15Q(ctx)) && !REG(ctx) && !T4(ctx)));
export const NS = (ctx: Ctx): boolean => sentenceType(ctx) === 'not_sentenced';
export const AWAIT_PENDING = (ctx: Ctx): boolean => NEED_SENTENCE(ctx) && NS(ctx) && !REG(ctx) && !REGQ(ctx);

/** The sentence length in months, when a custodial sentence was given in months or weeks. */
const sentenceMonths = (ctx: Ctx): number | undefined => {
  const months = ctx.answers.sentence_months;
  return typeof months === 'number' ? months : undefined;
};
const sentenceWeeks = (ctx: Ctx): number | undefined => {
  const weeks = ctx.answers.sentence_weeks;
  return typeof weeks === 'number' ? weeks : undefined;
};

/** QUAL: a qualifying sentence. "12 months or more" includes exactly 12; 52 weeks is less than 12 months,
 * and 53 weeks (371 days) is more than any 12 months. A DTO is measured on its whole term and a suspended
 * sentence on its suspended term (the question asks for those); hospital and guardianship orders have no
 * length test. */
export const QUAL = (ctx: Ctx): boolean => {
  if (isOneOf(ctx, 'sentence_type', ['indeterminate', 'hospital_order', 'hospital_order_restricted', 'guardianship'])) {
    return true;
  }
  if (!isOneOf(ctx, 'sentence_type', CUSTODIAL_SENTENCES)) return false;
  return (sentenceMonths(ctx) ?? 0) >= 12 || (sentenceWeeks(ctx) ?? 0) >= 53;
};

/** RUNNING: the sentence or order for this offence is still running, supervised or not (audit E3: "not
 * supervised" is not "ended"); post-sentence supervision, or supervision for a later offence, does not count. */
export const RUNNING = (ctx: Ctx): boolean => detained(ctx) || ctx.answers.order_running === 'yes';
/** The user said the sentence or order for this offence has ended. */
export const ENDED = (ctx: Ctx): boolean => ctx.answers.order_running === 'no';

/** TOFF: a terrorism offender (used by the flags, under either setting). */
export const TOFF = (ctx: Ctx): boolean => TN(ctx) || (TO(ctx) && UKC(ctx) && !NS(ctx));

// ---- indicated level (spec §4.3), from the current national wording (Cheshire briefing and 003 ch. 7) ----

export type Level = 1 | 2 | 3;

/** The forms of "oversight at a more senior level" that 003 §7.5–7.6 name (a reading: spec §4.3). */
export const SENIOR = (ctx: Ctx): boolean =>
  needs(ctx, 'resources_short_notice') ||
  needs(ctx, 'media_public_confidence') ||
  needs(ctx, 'national_security_or_organised_crime');

export const L2_MET = (ctx: Ctx): boolean =>
  needs(ctx, 'adds_value') &&
  (needs(ctx, 'rosh_high') || needs(ctx, 'active_coordination') || needs(ctx, 'previously_level3') || SENIOR(ctx));

/** LEVEL: undefined when `level_needs` is not on the path. */
export const LEVEL = (ctx: Ctx): Level | undefined => {
  if (!Array.isArray(ctx.answers.level_needs)) return undefined;
  if (
    needs(ctx, 'national_security_or_organised_crime') ||
    (L2_MET(ctx) && (needs(ctx, 'resources_short_notice') || needs(ctx, 'media_public_confidence')))
  ) {
    return 3;
  }
  if (L2_MET(ctx) || needs(ctx, 'barriers')) return 2;
  return 1;
};

export const multiAgencyLevel = (ctx: Ctx): boolean => (LEVEL(ctx) ?? 1) >= 2;
