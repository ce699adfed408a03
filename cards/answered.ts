import template from './templates/answered.json';
import { expand, type Card } from './template';

export interface AnsweredView {
  flowTitle: string;
  number: number;
  maxQuestions: number;
  question: string;
  /** The chosen answer as the user saw it (option labels, not values). */
  answer: string;
}

/** What a question card becomes once answered: the question and the answer, with no buttons, so the
 * card cannot be clicked again in clients that update cards in place. */
export function answeredCard(view: AnsweredView): Card {
  return expand(template, {
    flowTitle: view.flowTitle,
    progress: `Question ${view.number} of at most ${view.maxQuestions}`,
    text: view.question,
    answer: view.answer,
  });
}

export function answeredText(view: AnsweredView): string {
  return `${view.number}. ${view.question}\nAnswered: ${view.answer}`;
}
