import type { AnswerValue } from '../model';

/** Units a number question is asked in: "2 years" answers a months question as 24. */
export type NumberUnit = 'years' | 'months' | 'weeks';

/** For a date-time question, what a bare time such as "01:15" means: the most recent one that has passed
 * ("when was the request made?") or the next one to come. */
export type TimeDirection = 'past' | 'next';

/** A fact from the user's first message that answers one question. `answer` returns undefined when the
 * message does not state it; whatever it returns is still checked exactly as a typed answer is. */
export interface EntityAnswer {
  question: string;
  /** How the fact reads back to the user, e.g. "age" → "From your message: age 13". */
  label: string;
  answer: (entities: Entities) => AnswerValue | undefined;
}

/** How people ask for one check, kept beside the flow: examples for the intent model (staff language, at
 * least 25), the entities that can answer its questions, and how its number and date-time answers read. */
export interface FlowLanguage {
  flowId: string;
  examples: string[];
  entities: EntityAnswer[];
  units?: Record<string, NumberUnit>;
  timeDirection?: Record<string, TimeDirection>;
}

/** Facts a first message can state plainly. Each is taken only where the words leave no doubt; where a
 * message states two different values (two ages), the fact is left out and the question asked. */
export interface Entities {
  /** Age in years ("13 year old", "a fourteen-year-old", "aged 16", "16yo"). */
  age?: number;
  /** Where a child is in the remand process, as the remand flow's stages name it. */
  stage?: 'police_custody_refused_bail' | 'police_custody_other' | 'remanded_la' | 'remanded_yda' | 'court_yda_sought';
  /** What the police asked the local authority for. */
  policeRequest?: 'secure' | 'la_accommodation';
  /** Yes answers ("ticks") on a DASH checklist. */
  dashCount?: number;
  /** A sentence length in months ("6 months", "2 years", "18 month sentence"). */
  sentenceMonths?: number;
  /** The sentence was immediate custody ("jailed", "prison sentence") or suspended. */
  sentenceKind?: 'custody' | 'suspended';
  convicted?: boolean;
  /** Only "no immediate danger" in so many words; the safety question is otherwise always asked. */
  immediateDanger?: 'no';
  /** A past date-time the message ties to an event in so many words ("asked at 01:15", "received yesterday
   * 6pm"), as London local `YYYY-MM-DDTHH:MM`. Only read when the caller passes `now`. */
  when?: { event: 'asked' | 'remanded' | 'received'; at: string };
}
