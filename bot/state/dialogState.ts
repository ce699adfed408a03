import { createHash } from 'node:crypto';
import type { Activity, StatePropertyAccessor, StoreItem, TurnContext } from 'botbuilder';
import type { DialogState as DialogStackState } from 'botbuilder-dialogs';
import { remembered } from '../../rules';

/** The ids that name one conversation's state (the user too in group chats and channels). */
export interface ConversationIds {
  channelId?: string;
  conversationId?: string;
  userId?: string;
}

/** A hash of the ids, each escaped first so that no two lists of ids join into the same text. It is the
 * Redis Cluster hash tag of every key of that state (the state, its marker and its lock live in one slot, so
 * that one script can touch them all), and since the ids never appear in a key, no id can be chosen to make
 * one conversation's key equal another's (a channel id "lock:emulator" once made a state key equal a lock's). */
export function conversationTag(ids: ConversationIds): string {
  const parts = [ids.channelId ?? 'unknown', ids.conversationId ?? 'unknown', ...(ids.userId === undefined ? [] : [ids.userId])];
  return tagOf(parts.map(encodeURIComponent).join('/'));
}

/** A conversation's turns come one after another: its tag is hashed once while it is going on. */
const tagOf = remembered((escaped: string) => createHash('sha256').update(escaped).digest('base64url').slice(0, 22));

/** The storage key of a conversation's dialog state, `{tag}/state`; its marker and lock add to it. */
export const stateKeyOf = (ids: ConversationIds): string => `{${conversationTag(ids)}}/state`;

/** The storage key that remembers the conversation was welcomed (one per conversation, never per user). */
export const welcomeKeyOf = (activity: Partial<Activity>): string =>
  `{${conversationTag({ channelId: activity.channelId, conversationId: activity.conversation?.id })}}/welcome`;

/** Where a conversation's dialog state is kept. In a personal chat, one state per conversation; in group
 * chats and channels each user has their own (so two people can run checks side by side). */
export function dialogStateKey(context: TurnContext): string {
  let key = stateKeys.get(context);
  if (key === undefined) {
    const { activity } = context;
    const ids = { channelId: activity.channelId, conversationId: activity.conversation?.id };
    key = stateKeyOf(isSharedConversation(activity) ? { ...ids, userId: activity.from?.id ?? 'unknown' } : ids);
    stateKeys.set(context, key);
  }
  return key;
}

/** Several parts of a turn ask for its key (the runner, the decision store, the reminders): it is hashed once. */
const stateKeys = new WeakMap<TurnContext, string>();

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
