import type { Activity } from 'botbuilder';
import type { Server } from 'restify';
import type { AppAdapter } from '../http/adapter';
import type { Logger } from '../log';
import { ConversationStore, DEFAULT_LIMITS, type ConversationLimits, type LocalConversation } from './conversations';
import { mountDirectLine } from './directLine';
import { mountPage } from './page';
import { LocalTurns, type ConversationBot } from './turns';

export interface WebChatDeps {
  adapter: AppAdapter;
  bot: ConversationBot;
  log: Logger;
  limits?: ConversationLimits;
  /** RATE_LIMIT_PER_MINUTE, per conversation. */
  turnsPerMinute: number;
  trustedProxies?: readonly string[];
  allowedTenantIds?: readonly string[];
  clock?: () => number;
}

export interface WebChat {
  store: ConversationStore;
  /** Posts a message the bot sends on its own into a local conversation; false once that conversation is gone. */
  deliverTo(conversationId: string, message: Partial<Activity>): boolean;
}

/** The local web chat: the page at `/` and the Direct Line endpoints it talks to. */
export function mountWebChat(server: Server, deps: WebChatDeps): WebChat {
  let turns: LocalTurns | undefined;
  const forget = (conversation: LocalConversation) =>
    void turns?.forget(conversation).catch((err: Error) => deps.log.warn({ err: { name: err?.name, message: err?.message } }, 'local web chat state not freed'));
  const store = new ConversationStore(deps.limits ?? DEFAULT_LIMITS, deps.clock, forget);
  turns = new LocalTurns(deps.adapter, deps.bot, store);
  mountDirectLine(server, {
    store,
    turns,
    log: deps.log,
    turnsPerMinute: deps.turnsPerMinute,
    trustedProxies: deps.trustedProxies,
    closed: Boolean(deps.allowedTenantIds?.length),
  });
  mountPage(server, store.limits, deps.log);
  const localTurns = turns;
  return { store, deliverTo: (conversationId, message) => localTurns.deliverTo(conversationId, message) };
}
export { LOCAL_SERVICE_URL } from './turns';
