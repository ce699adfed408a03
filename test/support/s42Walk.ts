import type { Activity } from 'botbuilder';
import { messages } from '../../dialogs';
import type { AnswerValue } from '../../rules';
import { cardOf, cardTexts, lastCard, pendingQuestion, texts } from './conversation';

/** One S.42 case that asks seven questions (an adult, a relative taking money, crime suspected), used to
 * carry a conversation across instances, outages and restarts. */
export const S42_ANSWERS: Record<string, AnswerValue> = {
  immediate_danger: 'no',
  age_18_plus: 'yes',
  received_at: '2026-11-30T10:00',
  concern_relates: 'yes',
  care_support_needs: 'yes',
  abuse_or_risk: 'yes',
  unable_to_protect: 'yes',
  other_factors: ['crime_suspected'],
};
export const S42_NOW = new Date('2026-12-01T10:00:00Z');

/** The outcome S42_ANSWERS must reach (the spec's S.42 criteria met, with the DSO deciding), typed here rather
 * than read from the rules, so that a rules change that moves this case shows. */
export const S42_OUTCOME_LABEL = 'S.42 criteria indicated (DSO decides)';


/** "Question 3 of at most 8" on the question card: how many answers the state holds, plus one. */
export function questionNumber(replies: Partial<Activity>[]): number {
  const card = lastCard(replies);
  const progress = card && cardTexts(card).find((t) => /^Question \d+ of/.test(t));
  if (!progress) throw new Error(`no progress line in: ${JSON.stringify(texts(replies))}`);
  return Number(/^Question (\d+)/.exec(progress)![1]);
}

/** The first TextBlock of the last card: the outcome label on an outcome card. */
export const outcomeLabel = (replies: Partial<Activity>[]): string | undefined => {
  const card = lastCard(replies);
  return card && !pendingQuestion(card) ? cardTexts(card)[0] : undefined;
};

/** Whether the last card asks a question (false on an outcome, help or menu card). */
export const hasQuestion = (replies: Partial<Activity>[]): boolean => {
  const card = lastCard(replies);
  return Boolean(card && pendingQuestion(card));
};

export const hasCard = (replies: Partial<Activity>[]): boolean => replies.some((r) => cardOf(r) !== undefined);

const REFUSALS = [messages.stale, messages.finishedCard, messages.crossed, messages.busy];

/** Whether a turn applied its input: it answered with a card and said nothing about refusing it. A turn that
 * was not applied says why (out of date, still working, too fast...) in text. */
export const applied = (replies: Partial<Activity>[]): boolean => hasCard(replies) && !texts(replies).some((t) => REFUSALS.includes(t));

/** A turn that was not applied, and told the user so in words. */
export const toldNotApplied = (replies: Partial<Activity>[]): boolean => !applied(replies) && texts(replies).some((t) => t.trim() !== '');
