import type { Activity, CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { ReminderAddress } from './reminder';

/** The channels' audience, which the adapter's connector factory expects for a new conversation. */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

/** A send that failed in a way worth trying again later (429, a 5xx, the channel unreachable). */
export class RetryableSendError extends Error {
  constructor(readonly status: number | string | undefined) {
    super(`reminder not delivered yet (${status ?? 'no response'})`);
    this.name = 'RetryableSendError';
  }
}

/** A send that will never succeed as it is (the conversation is gone, the bot was removed): not retried. */
export class UndeliverableError extends Error {
  constructor(readonly status: number | string | undefined) {
    super(`reminder cannot be delivered (${status ?? 'unknown'})`);
    this.name = 'UndeliverableError';
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', 'EPIPE', 'ESOCKETTIMEDOUT', 'REQUEST_SEND_ERROR']);

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  const status = e?.statusCode ?? e?.status ?? e?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/** 429, 5xx and network failures are retried; every other failure is final. */
export function classifySendFailure(err: unknown): RetryableSendError | UndeliverableError {
  const status = statusOf(err);
  if (status === 429 || (status !== undefined && status >= 500)) return new RetryableSendError(status);
  const code = (err as { code?: unknown })?.code;
  if (status === undefined && (typeof code !== 'string' || NETWORK_CODES.has(code))) return new RetryableSendError(typeof code === 'string' ? code : undefined);
  return new UndeliverableError(status ?? (typeof code === 'string' ? code : undefined));
}

/** Delivers a message to a reminder's address. */
export interface ReminderSender {
  send(address: ReminderAddress, message: Partial<Activity>): Promise<void>;
}

/** Posts into the bot's own local web chat; false when that conversation is gone. */
export type LocalDelivery = (conversationId: string, message: Partial<Activity>) => boolean;

function referenceOf(address: ReminderAddress): Partial<ConversationReference> {
  return {
    channelId: address.channelId,
    serviceUrl: address.serviceUrl,
    conversation: { id: address.conversationId, conversationType: address.conversationType ?? 'personal', isGroup: isShared(address), tenantId: address.tenantId, name: '' },
    user: { id: address.userId, name: '' },
    bot: { id: address.botId, name: '' },
  };
}

/** Runs a proactive turn that sends `message`, and throws what the send threw: the adapter would otherwise hand the
 * failure to its onTurnError, which answers a user's failed turn with an apology card. */
async function throwingFrom(turn: (logic: (context: TurnContext) => Promise<void>) => Promise<void>, message: Partial<Activity>): Promise<void> {
  let failure: unknown;
  await turn(async (context) => {
    try {
      await context.sendActivity(message);
    } catch (err) {
      failure = err ?? new Error('send failed');
    }
  });
  if (failure !== undefined) throw failure;
}

const isShared = (address: ReminderAddress): boolean => address.conversationType === 'groupChat' || address.conversationType === 'channel';

/**
 * Proactive messages through the adapter. A reminder set in a group chat or channel goes to a personal chat with
 * the person who set it (Teams: the app's personal scope), falling back to the thread where they asked when the
 * channel refuses a personal chat (403 or 404), without retrying that. The local web chat is delivered in process.
 */
export class ChannelReminderSender implements ReminderSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly local?: { serviceUrl: string; deliver: LocalDelivery },
  ) {}

  async send(address: ReminderAddress, message: Partial<Activity>): Promise<void> {
    if (this.local && address.serviceUrl === this.local.serviceUrl) {
      if (!this.local.deliver(address.conversationId, message)) throw new UndeliverableError('conversation closed');
      return;
    }
    try {
      if (isShared(address) && (await this.sendPersonally(address, message))) return;
      await throwingFrom((logic) => this.adapter.continueConversationAsync(this.appId, referenceOf(address), logic), message);
    } catch (err) {
      throw err instanceof RetryableSendError || err instanceof UndeliverableError ? err : classifySendFailure(err);
    }
  }

  /** True when sent in a personal chat; false when the channel refused one (403/404), so the thread is used. */
  private async sendPersonally(address: ReminderAddress, message: Partial<Activity>): Promise<boolean> {
    try {
      await throwingFrom((logic) => this.adapter.createConversationAsync(
        this.appId,
        address.channelId,
        address.serviceUrl,
        BOT_FRAMEWORK_AUDIENCE,
        {
          isGroup: false,
          bot: { id: address.botId, name: '' },
          members: [{ id: address.userId, name: '' }],
          tenantId: address.tenantId,
          channelData: address.tenantId ? { tenant: { id: address.tenantId } } : undefined,
        },
        logic,
      ), message);
      return true;
    } catch (err) {
      const status = statusOf(err);
      if (status === 403 || status === 404) return false;
      throw classifySendFailure(err);
    }
  }
}
