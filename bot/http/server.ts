import restify, { type Server } from 'restify';
import type { SafeguardingBot } from '../bot';
import type { Logger } from '../log';
import { messagesRoute, type ChannelAdapter } from './messagesRoute';

export interface ServerDeps {
  adapter: ChannelAdapter;
  /** MicrosoftAppId: when set, POST /api/messages refuses any request without a valid Bot Framework token. */
  appId?: string;
  /** The issuer channel tokens must name (default: Microsoft's public cloud channels). */
  tokenIssuer?: string;
  bot: SafeguardingBot;
  log: Logger;
  /** Readiness: storage reachable. */
  ready: () => Promise<boolean>;
  /** Extra routes (e.g. the local web chat), mounted after the bot's own. */
  extraRoutes?: (server: Server) => void;
}

export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'safeguarding-decision-assistant', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

  server.post('/api/messages', messagesRoute({ adapter: deps.adapter, logic: (context) => deps.bot.run(context), log: deps.log, appId: deps.appId, tokenIssuer: deps.tokenIssuer }));

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
