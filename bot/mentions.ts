import { TurnContext, type Activity } from 'botbuilder';

/** In group chats and channels Teams puts "<at>Bot name</at>" in the text; routing and typed answers
 * must see only what the user wrote to the bot. */
export function removeBotMention(activity: Activity): void {
  if (typeof activity.text === 'string' && activity.recipient?.id) TurnContext.removeRecipientMention(activity);
}
