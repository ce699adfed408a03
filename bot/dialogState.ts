import { BotState, type Storage, type TurnContext } from 'botbuilder';

/** Where a conversation's dialog state is kept. In a personal chat, one state per conversation; in group
 * chats and channels each user has their own (so two people can run checks side by side). */
export function dialogStateKey(context: TurnContext): string {
  const { activity } = context;
  const channel = activity.channelId ?? 'unknown';
  const conversation = activity.conversation?.id ?? 'unknown';
  const type = activity.conversation?.conversationType;
  const shared = activity.conversation?.isGroup === true || type === 'groupChat' || type === 'channel';
  const base = `${channel}/conversations/${conversation}`;
  return shared ? `${base}/users/${activity.from?.id ?? 'unknown'}` : base;
}

export class DialogState extends BotState {
  constructor(storage: Storage) {
    super(storage, async (context) => dialogStateKey(context));
  }
}
