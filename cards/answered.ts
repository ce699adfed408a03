import { readableAnswer } from './plainWords';
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
  return expand(template, { ...common(view), status: 'Answered:', statusColor: 'Good', answer: readableAnswer(view.answer) });
}

export function answeredText(view: AnsweredView): string {
  return `${view.number}. ${view.question}\nAnswered: ${readableAnswer(view.answer)}`;
}

/** A question card left behind unanswered (the user went back, started again or stopped): no buttons, and why. */
export function closedCard(view: Omit<AnsweredView, 'answer'>, reason: string): Card {
  return expand(template, { ...common(view), status: 'Closed:', statusColor: 'Attention', answer: reason });
}

const common = (view: Omit<AnsweredView, 'answer'>) => ({
  flowTitle: view.flowTitle,
  progress: `Question ${view.number} of at most ${view.maxQuestions}`,
  text: view.question,
});
