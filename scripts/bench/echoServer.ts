import restify from 'restify';
import { ActivityHandler, MessageFactory } from 'botbuilder';
import { createAdapter } from '../../bot/http/adapter';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';

/** The framework floor: the bot's own server stack (restify with the same body parser, the same
 * CloudAdapter and config) around a bot that only echoes, with no dialogs, state or cards. What the
 * Safeguarding bot costs per turn beyond this is ours to reduce. */
const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`echo: ${context.activity.text ?? ''}`));
      await next();
    });
  }
}

const bot = new EchoBot();
const adapter = createAdapter(config, log, async () => undefined);
const server = restify.createServer({ name: 'echo-floor', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
for (const path of ['/healthz', '/readyz']) {
  server.get(path, (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
}
server.listen(config.PORT, config.HOST);
process.once('SIGTERM', () => server.close(() => process.exit(0)));
