import type { Activity, ChannelAccount, ResourceResponse, TurnContext } from 'botbuilder';
import { leaveUnrecorded } from '../audit/turnRecords';
import type { AppAdapter } from '../http/adapter';
import type { ConversationStore, LocalConversation } from './conversations';

/** The bot, as the local web chat uses it (it sits above this wing). */
export interface ConversationBot {
  run(context: TurnContext): Promise<void>;
  forgetConversation(activity: Partial<Activity>): Promise<void>;
}

export const BOT_NAME = 'Safeguarding Decision Assistant';
const LOCAL_CHANNEL_ID = 'webchat';
const BOT_ACCOUNT: ChannelAccount = { id: 'safeguarding-decision-assistant', name: BOT_NAME, role: 'bot' };
/** The user has an id from the server and a generic name: nothing personal. */
const userAccount = (conversation: LocalConversation): ChannelAccount => ({ id: conversation.userId, name: 'Web Chat user', role: 'user' });
/** Required by the adapter's connector client, which these turns never use: every reply is captured. It also marks
 * a reminder's address as this local web chat's. */
export const LOCAL_SERVICE_URL = 'http://localhost/local-web-chat';
/** What a Direct Line client can show; traces, delays and invoke responses stay inside the turn. */
const DELIVERED_TYPES = new Set(['message', 'typing', 'event']);

/** A submit's `value` larger than this (as JSON) is left out of its echo: the page shows the text only. */
const MAX_ECHOED_VALUE_BYTES = 1024;

/** What Web Chat needs of the user's own activity to show it and mark it sent: its text, the client's id
 * for it and, if small, the submit's value. The turn itself sees the whole activity. */
function echoOf(inbound: InboundActivity): Partial<Activity> {
  const value = inbound.value !== undefined && Buffer.byteLength(JSON.stringify(inbound.value)) <= MAX_ECHOED_VALUE_BYTES ? inbound.value : undefined;
  return {
    type: inbound.type,
    ...(inbound.text !== undefined && { text: inbound.text }),
    ...(value !== undefined && { value }),
    ...(inbound.channelData?.clientActivityID !== undefined && { channelData: { clientActivityID: inbound.channelData.clientActivityID } }),
  };
}

/** What the page sent, already validated (see directLine.ts). */
export type InboundActivity = Pick<Activity, 'type'> & Partial<Pick<Activity, 'text' | 'value' | 'name' | 'locale' | 'textFormat' | 'channelData'>>;

/** Runs web chat activities through the app's adapter and bot, and files the replies in the
 * conversation for the page to poll. */
export class LocalTurns {
  constructor(
    private readonly adapter: AppAdapter,
    private readonly bot: ConversationBot,
    private readonly store: ConversationStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The user joined: the bot is told once, as a channel would, and sends its welcome. */
  async start(conversation: LocalConversation): Promise<void> {
    if (conversation.started) return;
    conversation.started = true;
    await this.turn(conversation, { type: 'conversationUpdate', membersAdded: [BOT_ACCOUNT, userAccount(conversation)] });
  }

  /** Files the user's activity (Web Chat waits for its echo before marking it sent), then runs the turn. */
  async receive(conversation: LocalConversation, inbound: InboundActivity): Promise<string> {
    const id = this.store.append(conversation, this.address(conversation, echoOf(inbound)));
    await this.turn(conversation, { ...this.address(conversation, inbound), id });
    return id;
  }

  /** Frees what the bot keeps for a conversation the store has dropped. */
  forget(conversation: LocalConversation): Promise<void> {
    return this.bot.forgetConversation(this.address(conversation, { type: 'message' }));
  }

  private async turn(conversation: LocalConversation, activity: Partial<Activity>): Promise<void> {
    await this.adapter.processLocalActivity(this.address(conversation, activity) as Activity, async (context: TurnContext) => {
      context.onSendActivities(async (_context, activities): Promise<ResourceResponse[]> =>
        activities.map((reply) => ({ id: DELIVERED_TYPES.has(reply.type ?? '') ? this.deliver(conversation, reply) : '' })),
      );
      context.onUpdateActivity(async (_context, update) => {
        const original = update.id ? this.store.find(conversation, update.id) : undefined;
        if (!original) throw new Error('no such activity in this conversation');
        // Same id and timestamp: Web Chat replaces the old card in place, as Teams does.
        this.deliver(conversation, { ...update, timestamp: original.timestamp });
      });
      context.onDeleteActivity(async () => undefined);
      // Anyone who can reach the page can make decisions here: they are not for the decision record.
      leaveUnrecorded(context);
      await this.bot.run(context);
    });
  }

  private address(conversation: LocalConversation, activity: Partial<Activity>): Partial<Activity> {
    return {
      timestamp: this.clock(),
      ...activity,
      channelId: LOCAL_CHANNEL_ID,
      serviceUrl: LOCAL_SERVICE_URL,
      from: userAccount(conversation),
      recipient: BOT_ACCOUNT,
      conversation: { id: conversation.id, conversationType: 'personal', isGroup: false, name: '' },
    };
  }

  /** A message the bot sends on its own (a reminder) into a conversation still held; false once it is gone. */
  deliverTo(conversationId: string, message: Partial<Activity>): boolean {
    const conversation = this.store.held(conversationId);
    if (!conversation) return false;
    this.deliver(conversation, message);
    return true;
  }

  /** A reply as the page sees it: plain JSON, from the bot, with an id and a timestamp. */
  private deliver(conversation: LocalConversation, reply: Partial<Activity>): string {
    const plain = JSON.parse(JSON.stringify(reply)) as Partial<Activity>;
    delete plain.serviceUrl;
    return this.store.append(conversation, {
      timestamp: this.clock(),
      ...plain,
      from: BOT_ACCOUNT,
      recipient: userAccount(conversation),
      conversation: { id: conversation.id, conversationType: 'personal', isGroup: false, name: '' },
    });
  }
}
