import { factsFromMessage, flows, lookupTerm, termQuestion, type Lookup, type TakenFact, type TermQuestion } from '../../rules';
import { routeText } from '../routing';
import type { IntentModel } from './intentModel';

/** At or above this score the likeliest check starts at once. */
export const START_AT = 0.75;
/** At or above this score (and below START_AT) the likeliest checks are offered as buttons. */
const SUGGEST_AT = 0.3;
const MAX_SUGGESTIONS = 3;

export type Understanding =
  | { kind: 'explain'; question: TermQuestion; found: Lookup[]; unknown: string[] }
  | { kind: 'start'; flowId: string; facts: TakenFact[] }
  | { kind: 'suggest'; flowIds: string[] }
  /** `unknownTerm`: the message asked what a term means, and the glossary does not have it. */
  | { kind: 'none'; unknownTerm?: string };

/** The terms a term question names, found in the glossary (or acronym list), and the ones not found. */
export function explainTerms(question: TermQuestion): { found: Lookup[]; unknown: string[] } {
  const subjects = question.kind === 'difference' ? question.subjects : [question.subject];
  const found: Lookup[] = [];
  const unknown: string[] = [];
  for (const subject of subjects) {
    const hit = lookupTerm(subject);
    if (hit) found.push(hit);
    else unknown.push(subject);
  }
  return { found, unknown };
}

/** What a message typed outside any check asks for: an explanation, a check (with the facts it states), a choice
 * of the likeliest checks, or none. */
export async function understand(text: string, model: IntentModel, now?: Date): Promise<Understanding> {
  const question = termQuestion(text);
  if (question) {
    const { found, unknown } = explainTerms(question);
    if (found.length) return { kind: 'explain', question, found, unknown };
  }
  const { ranked, outOfScope } = await model.classify(text);
  const top = ranked[0];
  const start = (flowId: string): Understanding => ({ kind: 'start', flowId, facts: factsFromMessage(flowId, text, now) });
  if (top && !outOfScope && top.score >= START_AT) return start(top.flowId);
  const trigger = routeText(text, flows);
  if (trigger) return start(trigger.flow.id);
  const likely = ranked.filter((r) => r.score >= SUGGEST_AT / 2).slice(0, MAX_SUGGESTIONS);
  if (top && !outOfScope && top.score >= SUGGEST_AT) return { kind: 'suggest', flowIds: likely.map((r) => r.flowId) };
  const subject = question && question.kind !== 'difference' ? question.subject : undefined;
  return subject ? { kind: 'none', unknownTerm: subject } : { kind: 'none' };
}
