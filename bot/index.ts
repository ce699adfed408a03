import { sharedIntentModel } from '../dialogs/understanding';
import { createApp } from './app';
import { ConfigError, loadConfig, startupWarnings, webChatEnabled } from './config';
import { createLogger, routeConsoleToLog } from './log';
import { createStateStore } from './state/stateStore';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every setting.\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL);
  routeConsoleToLog(log);
  for (const warning of startupWarnings(config)) log.warn(warning);
  if (!config.REDIS_URL) log.warn('REDIS_URL is not set: conversation state is held in memory, for this one process only, and is lost on restart');
  const store = createStateStore(config, log);
  if (!config.AUDIT_HMAC_KEY) log.warn('AUDIT_HMAC_KEY is not set: decision records hash user ids with a key made for this process, so hashes differ after a restart');
  // Trained in memory while the server starts (README: under 2 s); a message that arrives first waits for it.
  sharedIntentModel().then(
    (intents) => log.info({ trainedInMs: Math.round(intents.trainedInMs), cpuMs: Math.round(intents.trainingCpuMs) }, 'language model trained'),
    (err: unknown) => log.error({ err }, 'language model failed to train: typed messages cannot be routed'),
  );
  const app = createApp({ config, log, storage: store.storage, gate: store.gate, ready: store.ready, onClose: store.close, redis: store.redis });
  const { port } = await app.listen();
  log.info({ host: config.HOST, port, authentication: Boolean(config.MicrosoftAppId), webChat: webChatEnabled(config) }, 'bot listening');
  if (webChatEnabled(config)) {
    log.info(`local web chat (a test client, not a channel): http://localhost:${port}/`);
    if (config.ALLOWED_TENANT_IDS?.length) log.warn('ALLOWED_TENANT_IDS is set: local web chat activities carry no tenant, so the bot will ignore them');
  }

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

void main();
