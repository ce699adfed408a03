import { BotState, type Activity, type Storage, type TurnContext } from 'botbuilder';

/** Where a conversation's dialog state is kept. In a personal chat, one state per conversation; in group
 * chats and channels each user has their own (so two people can run checks side by side). */
export function dialogStateKey(context: TurnContext): string {
  const { activity } = context;
  const channel = activity.channelId ?? 'unknown';
  const conversation = activity.conversation?.id ?? 'unknown';
  const base = `${channel}/conversations/${conversation}`;
  return isSharedConversation(activity) ? `${base}/users/${activity.from?.id ?? 'unknown'}` : base;
}

/** A group chat or a team channel, where several people talk to the bot in one conversation. */
export function isSharedConversation(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return activity.conversation?.isGroup === true || type === 'groupChat' || type === 'channel';
}

export class DialogState extends BotState {
  constructor(storage: Storage) {
    super(storage, async (context) => dialogStateKey(context));
  }
}
