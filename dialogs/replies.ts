import { ActivityTypes, CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { inUsersWords, plainText, type Card } from '../cards';

/** Channels that show no Adaptive Cards. Only there does a card's reply carry its plain-text rendering in
 * `text`: Teams, Web Chat, Direct Line and the Emulator show `text` as well as the card, so the same answer
 * would come twice and push the card a screen down. */
export const TEXT_ONLY_CHANNELS: readonly string[] = ['sms', 'twilio-sms', 'email', 'telegram', 'line', 'kik', 'groupme', 'facebook', 'slack'];

export const showsCards = (channelId: string | undefined): boolean => !TEXT_ONLY_CHANNELS.includes(channelId ?? '');

/** A message carrying one Adaptive Card with a one-line `summary` (some clients use it for notifications; it is
 * kept short, so its acronyms are spelt out on the card rather than in it).
 * `plain`, the card in plain text, goes in `text` only on channels that cannot show the card: given as a function,
 * it is worked out only there. */
export function cardReply(card: Card, summary: string, options: { channelId?: string; plain?: string | (() => string) } = {}): Partial<Activity> {
  const reply: Partial<Activity> = { ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), summary: inUsersWords(firstLine(summary)) };
  if (!showsCards(options.channelId)) {
    const { plain } = options;
    reply.text = plainText((typeof plain === 'function' ? plain() : plain) ?? summary);
  }
  return reply;
}

const firstLine = (text: string): string => text.split('\n')[0];

export function textReply(text: string): Partial<Activity> {
  return { type: ActivityTypes.Message, text: plainText(text) };
}
