import { getFlow } from '../engine';
import { checkAnswer, answerLabel } from '../answers';
import type { AnswerValue } from '../model';
import { remandLanguage } from '../flows/remand/language';
import { mappaLanguage } from '../flows/mappa/language';
import { s42Language } from '../flows/s42.language';
import { maracLanguage } from '../flows/marac.language';
import { rtcLanguage } from '../flows/rtc.language';
import { echoDateTime } from './dateTime';
import { extractEntities } from './entities';
import type { FlowLanguage, NumberUnit, TimeDirection } from './types';

export { extractEntities } from './entities';
export { readDateTime, readDate } from './dateTime';
export { readQuantity } from './numbers';
export { outOfScopeExamples } from './outOfScope';
export type { FlowLanguage, NumberUnit, TimeDirection } from './types';

/** Every flow's language, in menu order. */
export const flowLanguages: readonly FlowLanguage[] = [s42Language, maracLanguage, rtcLanguage, remandLanguage, mappaLanguage];

function languageOf(flowId: string): FlowLanguage | undefined {
  return flowLanguages.find((l) => l.flowId === flowId);
}

/** How a typed answer to one question is read: its unit, and what a bare time means. */
export interface AnswerHints {
  unit?: NumberUnit;
  direction: TimeDirection;
}

export function answerHints(flowId: string, questionId: string): AnswerHints {
  const language = languageOf(flowId);
  return { unit: language?.units?.[questionId], direction: language?.timeDirection?.[questionId] ?? 'past' };
}

export interface TakenFact {
  questionId: string;
  value: AnswerValue;
  /** e.g. "age 13", "where the child is now: In police custody: charged, refused police bail…". */
  text: string;
}

/** The answers a first message states plainly for a flow, each checked exactly as a typed answer is;
 * anything that does not pass is left out (and so asked). Times are read against `now`, when given. */
export function factsFromMessage(flowId: string, text: string, now?: Date): TakenFact[] {
  const flow = getFlow(flowId);
  const language = languageOf(flowId);
  if (!flow || !language) return [];
  const entities = extractEntities(text, now);
  const facts: TakenFact[] = [];
  for (const mapping of language.entities) {
    const question = flow.questions.find((q) => q.id === mapping.question);
    const raw = question ? mapping.answer(entities) : undefined;
    if (!question || raw === undefined) continue;
    const check = checkAnswer(question, raw);
    if (!check.ok) continue;
    const label = question.type === 'datetime' && typeof check.value === 'string' ? echoDateTime(check.value) : answerLabel(question, check.value);
    const said = question.type === 'datetime' ? label : `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
    facts.push({ questionId: question.id, value: check.value, text: `${mapping.label}: ${said}` });
  }
  return facts;
}
