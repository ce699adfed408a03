import type { AnswerValue } from '../model';
import type { Entities } from './entities';

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
