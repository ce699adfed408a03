import type { Storage, TurnContext } from 'botbuilder';
import type { RedisClient } from './state/redisClient';
import type { Server } from 'restify';
import type { DecisionSettings } from '../rules';
import { createAdapter, type ChannelTrust } from './http/adapter';
import { SafeguardingBot } from './bot';
import { webChatEnabled, type Config } from './config';
import { auditLogFor, type AuditLog } from './audit/auditLog';
import { UserHasher } from './audit/decisionRecord';
import { decisionRecorder } from './decisionRecorder';
import type { Logger } from './log';
import { createServer } from './http/server';
import { memoryStateStorage } from './state/stateStore';
import { MemoryDecisionStore, StorageDecisionStore } from './state/decisionStore';
import { createTurnLimiter } from './state/turnLimiter';
import { LocalTurnGate, type TurnGate } from './state/turnGate';
import { createReminders, ChannelReminderSender, ReminderService, type Reminders } from './reminders';
import { LOCAL_SERVICE_URL, mountWebChat, type WebChat } from './webchat';
import type { ConversationLimits } from './webchat/conversations';

export interface App {
  server: Server;
  bot: SafeguardingBot;
  /** The decision records (DESIGN: nothing personal; see SECURITY.md). */
  audit: AuditLog;
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
  /** The Redis behind the state store: the turn limit and the decision records are kept there too. */
  redis?: RedisClient;
  /** The local web chat's limits, when not the defaults (tests). */
  webChatLimits?: ConversationLimits;
  /** Tests only: the signing keys and issuer to trust for channel tokens instead of Microsoft's. */
  channelTrust?: ChannelTrust;
  /** The reminders' scheduler, when not the one the config gives (tests). */
  reminders?: Reminders;
}

function decisionSettings(config: Config): DecisionSettings {
  return {
    ...(config.FLOW_SETTINGS ?? {}),
    procedureUrls: config.PROCEDURE_URLS,
    procedureNames: config.PROCEDURE_NAMES,
    office: { opens: config.OFFICE_OPENS, closes: config.OFFICE_CLOSES },
  };
}

/** Wires config, storage, bot, adapter and server together; nothing listens until `listen()`. */
export function createApp(options: AppOptions): App {
  const { config, log } = options;
  const storage = options.storage ?? memoryStateStorage(config);
  const clock = options.clock ?? (() => new Date());
  const audit = auditLogFor({ redis: options.redis, prefix: config.REDIS_KEY_PREFIX, maxLen: config.AUDIT_STREAM_MAXLEN });
  const hasher = UserHasher.fromKey(config.AUDIT_HMAC_KEY);
  const decisions = options.redis ? new StorageDecisionStore(storage) : new MemoryDecisionStore(clock);
  // The bot is made below; the adapter calls back into it only when a turn fails.
  const adapter = createAdapter(config, log, (context: TurnContext) => bot.resetState(context), options.channelTrust);
  let webChat: WebChat | undefined;
  const sender = new ChannelReminderSender(adapter, config.MicrosoftAppId ?? '', {
    serviceUrl: LOCAL_SERVICE_URL,
    deliver: (conversationId, message) => webChat?.deliverTo(conversationId, message) ?? false,
  });
  const reminders = options.reminders ?? createReminders(config, log, sender, clock);
  const reminderService =
    reminders && new ReminderService({ reminders, decisionById: (id) => decisions.find(id), hasher, clock, leadMinutes: config.REMINDER_LEAD_MINUTES, officeOpens: config.OFFICE_OPENS });
  const bot = new SafeguardingBot({
    storage,
    gate: options.gate ?? new LocalTurnGate(),
    log,
    clock,
    settings: decisionSettings(config),
    idleLimitSeconds: config.STATE_TTL_SECONDS,
    allowedTenantIds: config.ALLOWED_TENANT_IDS,
    limiter: createTurnLimiter({ turnsPerMinute: config.RATE_LIMIT_PER_MINUTE, redis: options.redis, prefix: config.REDIS_KEY_PREFIX }),
    audit,
    decisions,
    reminders: reminderService,
    onDecision: decisionRecorder({ audit, hasher, clock, log }),
  });
  const extraRoutes = webChatEnabled(config)
    ? (s: Server) =>
        void (webChat = mountWebChat(s, {
          adapter,
          bot,
          log,
          limits: options.webChatLimits,
          turnsPerMinute: config.RATE_LIMIT_PER_MINUTE,
          trustedProxies: config.TRUSTED_PROXIES,
          allowedTenantIds: config.ALLOWED_TENANT_IDS,
        }))
    : undefined;
  const server = createServer({ adapter, appId: config.MicrosoftAppId, tokenIssuer: options.channelTrust?.tokenIssuer, bot, log, ready: options.ready ?? (async () => true), extraRoutes });
  return {
    server,
    bot,
    audit,
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
      await reminders?.close();
      await options.onClose?.();
    },
  };
}
