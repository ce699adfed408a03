import type { Activity, StatePropertyAccessor, StoreItem, TurnContext } from 'botbuilder';
import type { DialogState as DialogStackState } from 'botbuilder-dialogs';

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

const HELD = Symbol('conversation state of this turn');

/** The conversation's state for this turn: the bot reads it once at the start of a turn and writes it once at
 * the end, and the dialogs reach their stack in it through `dialogStackProperty`. */
export function holdState(context: TurnContext, state: StoreItem): void {
  context.turnState.set(HELD, state);
}

export function heldState(context: TurnContext): StoreItem {
  const state = context.turnState.get(HELD) as StoreItem | undefined;
  if (!state) throw new Error('no conversation state is held for this turn');
  return state;
}

export function releaseState(context: TurnContext): void {
  context.turnState.delete(HELD);
}

const STACK = 'dialogState';

/** The dialog stack inside the held state, under the name botbuilder's BotState accessors gave it. */
class DialogStackProperty implements StatePropertyAccessor<DialogStackState> {
  get(context: TurnContext): Promise<DialogStackState | undefined>;
  get(context: TurnContext, defaultValue: DialogStackState): Promise<DialogStackState>;
  async get(context: TurnContext, defaultValue?: DialogStackState): Promise<DialogStackState | undefined> {
    const state = heldState(context);
    if (!Object.prototype.hasOwnProperty.call(state, STACK) && defaultValue !== undefined) state[STACK] = structuredClone(defaultValue);
    return state[STACK];
  }

  async set(context: TurnContext, value: DialogStackState): Promise<void> {
    heldState(context)[STACK] = value;
  }

  async delete(context: TurnContext): Promise<void> {
    delete heldState(context)[STACK];
  }
}

export const dialogStackProperty: StatePropertyAccessor<DialogStackState> = new DialogStackProperty();
