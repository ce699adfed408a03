import type { Server } from 'restify';
import type { AppAdapter } from '../http/adapter';
import type { SafeguardingBot } from '../bot';
import type { Logger } from '../log';
import { ConversationStore, DEFAULT_LIMITS, type ConversationLimits } from './conversations';
import { mountDirectLine } from './directLine';
import { mountPage } from './page';
import { LocalTurns } from './turns';

export interface WebChatDeps {
  adapter: AppAdapter;
  bot: SafeguardingBot;
  log: Logger;
  limits?: ConversationLimits;
}

/** The local web chat: the page at `/` and the Direct Line endpoints it talks to. */
export function mountWebChat(server: Server, deps: WebChatDeps): void {
  const store = new ConversationStore(deps.limits ?? DEFAULT_LIMITS);
  mountDirectLine(server, { store, turns: new LocalTurns(deps.adapter, deps.bot, store), log: deps.log });
  mountPage(server, store.limits, deps.log);
}
