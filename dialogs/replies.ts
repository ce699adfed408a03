import { ActivityTypes, CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Card } from '../cards';

/** A message carrying one Adaptive Card, with `text` for clients that show no cards. */
export function cardReply(card: Card, text?: string): Partial<Activity> {
  const reply = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (text) reply.text = text;
  return reply;
}

/** A card whose plain-text version goes in `summary`, the field for clients that cannot render cards:
 * clients that can (Teams, Web Chat) show `text` as a second bubble beside the card, so a question that
 * is all on its card would be shown twice. Outcome cards keep `text` (DESIGN.md, Outcome card). */
export function summarisedCardReply(card: Card, summary: string): Partial<Activity> {
  return { ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), summary };
}

export function textReply(text: string): Partial<Activity> {
  return { type: ActivityTypes.Message, text };
}
