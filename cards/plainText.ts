import type { Decision } from '../rules';
import { dueText } from './deadline';
import { ownerText } from './owner';

/** What the outcome's plain text and the decision record both say after who decides: the facts, the
 * outcome's notes and the flags. One place, so the text a client shows and the record a worker pastes agree. */
export function outcomeDetailLines(decision: Decision): string[] {
  return [
    ...decision.facts.map((f) => `${f.label}: ${f.value}`),
    ...decision.outcome.notes,
    ...decision.flags.map((f) => `Also: ${f.label}. ${f.text}`),
  ];
}

/** The next steps, numbered, each with its owner and deadline. */
export function nextStepLines(decision: Decision): string[] {
  return decision.nextSteps.map((s, i) => `${i + 1}. ${s.action} (${ownerText(s.owner)}; ${dueText(s.due)})`);
}
