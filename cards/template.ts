import * as ACData from 'adaptivecards-templating';

export type Card = Record<string, unknown>;

const compiled = new Map<object, ACData.Template>();

/** Expands a JSON template with data. Templates are parsed once and reused: expansion is on every turn. */
export function expand(template: object, data: object): Card {
  let t = compiled.get(template);
  if (!t) {
    t = new ACData.Template(template);
    compiled.set(template, t);
  }
  return t.expand({ $root: data }) as Card;
}

export const PRIVACY_NOTE = 'Do not type names, dates of birth or other details that identify anyone. The bot stores only your option choices, and only for a day.';
