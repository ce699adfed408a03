import { MemoryStorage, type Storage, type TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { DecisionSettings } from '../rules';
import { createAdapter } from './adapter';
import { SafeguardingBot } from './bot';
import { webChatEnabled, type Config } from './config';
import type { Logger } from './log';
import { createServer } from './server';
import { LocalTurnGate, type TurnGate } from './turnGate';
import { mountWebChat } from './webchat';

export interface App {
  server: Server;
  bot: SafeguardingBot;
  listen(): Promise<{ port: number }>;
  close(): Promise<void>;
}

export interface AppOptions {
  config: Config;
  log: Logger;
  clock?: () => Date;
  storage?: Storage;
  gate?: TurnGate;
  ready?: () => Promise<boolean>;
  onClose?: () => Promise<void>;
}

export function decisionSettings(config: Config): DecisionSettings {
  return {
    ...(config.FLOW_SETTINGS ?? {}),
    procedureUrls: config.PROCEDURE_URLS,
    office: { opens: config.OFFICE_OPENS, closes: config.OFFICE_CLOSES },
  };
}

/** Wires config, storage, bot, adapter and server together; nothing listens until `listen()`. */
export function createApp(options: AppOptions): App {
  const { config, log } = options;
  const storage = options.storage ?? new MemoryStorage();
  const bot = new SafeguardingBot({
    storage,
    gate: options.gate ?? new LocalTurnGate(),
    log,
    clock: options.clock ?? (() => new Date()),
    settings: decisionSettings(config),
    idleLimitSeconds: config.STATE_TTL_SECONDS,
    allowedTenantIds: config.ALLOWED_TENANT_IDS,
  });
  const adapter = createAdapter(config, log, (context: TurnContext) => bot.resetState(context));
  const extraRoutes = webChatEnabled(config) ? (s: Server) => mountWebChat(s, { adapter, bot, log }) : undefined;
  const server = createServer({ adapter, bot, log, ready: options.ready ?? (async () => true), extraRoutes });
  return {
    server,
    bot,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.PORT, config.HOST, () => {
          const address = server.address();
          resolve({ port: address.port });
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await options.onClose?.();
    },
  };
}
