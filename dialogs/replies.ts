import { ActivityTypes, CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Card } from '../cards';

/** A message carrying one Adaptive Card, with `text` for clients that show no cards. */
export function cardReply(card: Card, text?: string): Partial<Activity> {
  const reply = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (text) reply.text = text;
  return reply;
}

export function textReply(text: string): Partial<Activity> {
  return { type: ActivityTypes.Message, text };
}
