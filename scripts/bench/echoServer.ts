import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import { loadConfig } from '../../bot/config';

/** The framework floor: a stock botbuilder bot on restify (the same body parser and the same settings as the
 * bot, botbuilder's CloudAdapter as it comes) that only echoes, with no dialogs, state or cards. What the
 * Safeguarding bot costs per turn beyond this is ours to reduce; what it saves on botbuilder's own work
 * (bot/http/adapter.ts reuses the clients the stock adapter builds for every turn) counts in its favour. */
const config = loadConfig();

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
const adapter = new CloudAdapter(
  new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  }),
);
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
