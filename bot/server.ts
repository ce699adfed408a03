import restify, { type Server } from 'restify';
import type { CloudAdapter, Storage } from 'botbuilder';
import type { SafeguardingBot } from './bot';
import type { Logger } from './log';

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: SafeguardingBot;
  log: Logger;
  /** Readiness: storage reachable. */
  ready: () => Promise<boolean>;
  storage?: Storage;
  /** Extra routes (e.g. the local web chat), mounted after the bot's own. */
  extraRoutes?: (server: Server) => void;
}

export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'safeguarding-decision-assistant', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });

  server.get('/readyz', async (_req, res) => {
    const ready = await deps.ready().catch(() => false);
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'storage unreachable' });
  });

  deps.extraRoutes?.(server);
  return server;
}
