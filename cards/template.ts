import * as ACData from 'adaptivecards-templating';
import { inPlainWords } from './plainWords';

export type Card = Record<string, unknown>;

const compiled = new Map<object, ACData.Template>();

/** Expands a JSON template with data, and puts the result in the user's words (plainWords.ts). Templates are
 * parsed once and reused: expansion is on every turn. */
export function expand(template: object, data: object): Card {
  let t = compiled.get(template);
  if (!t) {
    t = new ACData.Template(template);
    compiled.set(template, t);
  }
  return inPlainWords(t.expand({ $root: data }) as Card);
}

export const PRIVACY_NOTE = 'Do not type names, dates of birth or other details that identify anyone. The bot keeps only your option choices: a check in progress for a day, a finished check\'s record for 30 days.';
