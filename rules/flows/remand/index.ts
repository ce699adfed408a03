/**
 * Flow `remand`: "What are our remand duties?" (shared/specs/remand.md), from the Bexley YOS and CSC
 * inter-agency protocol. Questions, rules, outcomes, flags and steps live in the files beside this one,
 * in the spec's order; this file assembles them with the deadline anchors and the cross-field checks.
 */
import { bankHolidayTableEndsOn, bankHolidayTableStartsOn, londonDate } from '../../calendar';
import type { FlowDefinition, Problem } from '../../model';
import { instantOf, isRemanded, type Ctx } from './context';
import { facts } from './facts';
import { flags } from './flags';
import { outcomes, rules } from './outcomes';
import { questions } from './questions';
import { defaultSettings, settingsSchema, type RemandSettings } from './settings';
import { steps } from './steps';

const DATE_TIME_QUESTIONS = ['remand_or_request_at', 'aa_requested_at', 'placement_confirmed_at'];

function validate(ctx: Ctx): Problem[] {
  const problems: Problem[] = [];
  // Routing and working days need the bank holiday table: outside it the bot would have to guess.
  for (const questionId of DATE_TIME_QUESTIONS) {
    const at = instantOf(ctx, questionId);
    if (!at) continue;
    const date = londonDate(at);
    if (date < bankHolidayTableStartsOn || date > bankHolidayTableEndsOn) {
      problems.push({ questionId, message: `must be between ${bankHolidayTableStartsOn} and ${bankHolidayTableEndsOn}` });
    }
  }
  const remandAt = instantOf(ctx, 'remand_or_request_at');
  const confirmedAt = instantOf(ctx, 'placement_confirmed_at');
  if (remandAt && confirmedAt && confirmedAt.getTime() < remandAt.getTime()) {
    problems.push({ questionId: 'placement_confirmed_at', message: 'cannot be earlier than the remand' });
  }
  return problems;
}

export const remand: FlowDefinition<RemandSettings> = {
  id: 'remand',
  title: 'What are our remand duties?',
  description: 'A child aged 10–17 in police custody, at court or remanded: who does what, and by when',
  triggers: [
    'remand',
    'remanded',
    'remand duties',
    'what are our remand duties',
    'remlaa',
    'remand to local authority accommodation',
    'youth detention',
    'youth detention accommodation',
    'yda',
    'police custody',
    'refused bail',
    'denied bail',
    'held for court',
    'pace bed',
    'pace transfer',
    'secure accommodation',
    'who does what tonight',
  ],
  rulesVersion: 'remand-2026.12.3',
  // Q1–Q6 and Q6a: police custody after charge with an appropriate adult needed.
  maxQuestions: 7,
  defaultSettings,
  settingsSchema,
  questions,
  outcomes,
  rules,
  flags,
  steps,
  anchors: {
    remand: {
      label: 'remand',
      resolve: (ctx) => (isRemanded(ctx) ? (ctx.answers.remand_or_request_at as string | undefined) : undefined),
    },
    request: {
      label: 'request',
      resolve: (ctx) => (isRemanded(ctx) ? undefined : (ctx.answers.remand_or_request_at as string | undefined)),
    },
    placement_confirmed: {
      label: 'the placement being confirmed',
      resolve: (ctx) => ctx.answers.placement_confirmed_at as string | undefined,
    },
    aa_request: {
      label: 'the AA request',
      resolve: (ctx) => ctx.answers.aa_requested_at as string | undefined,
    },
  },
  validate,
  facts,
  officeCloses: (settings) => settings.officeCloses,
};
