import { STATUS_CODES } from 'node:http';
import type { TurnContext } from 'botbuilder';
import restify, { type Server } from 'restify';
import { restifyLogger, type Logger } from '../log';
import { jsonBody } from './jsonBody';
import { messagesRoute, type ChannelAdapter } from './messagesRoute';

/** What the server hands each authenticated activity to: the bot, which sits above this wing. */
export interface TurnHandler {
  run(context: TurnContext): Promise<void>;
}

export interface ServerDeps {
  adapter: ChannelAdapter;
  /** MicrosoftAppId: when set, POST /api/messages refuses any request without a valid Bot Framework token. */
  appId?: string;
  /** The issuer channel tokens must name (default: Microsoft's public cloud channels). */
  tokenIssuer?: string;
  bot: TurnHandler;
  log: Logger;
  /** Readiness: storage reachable. */
  ready: () => Promise<boolean>;
  /** Extra routes (e.g. the local web chat), mounted after the bot's own. */
  extraRoutes?: (server: Server) => void;
}

/** Errors restify answers by itself (no route, wrong method, a handler that threw) get a fixed message for
 * their status: restify's own would carry the path asked for or the error's text. */
function plainErrors(server: Server, log: Logger): void {
  server.on('restifyError', (_req, res, err: Error & { statusCode?: number }, done: () => void) => {
    const status = typeof err?.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) log.error({ err: { name: err?.name, message: err?.message } }, 'request failed');
    if (!res.headersSent) res.send(status, { error: `${STATUS_CODES[status] ?? 'Error'}.` });
    done();
  });
}

export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({
    name: 'safeguarding-decision-assistant',
    handleUncaughtExceptions: false,
    // restify 11 logs through pino; its type definitions still name bunyan's Logger.
    log: restifyLogger(deps.log) as unknown as restify.ServerOptions['log'],
  });
  plainErrors(server, deps.log);
  server.use(jsonBody());

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
