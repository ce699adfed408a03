import type { Activity, ConfigurationBotFrameworkAuthentication, InvokeResponse, TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import { CHANNEL_TOKEN_ISSUER, precheckBearerToken } from './bearerToken';
import { parseInboundActivity } from './inboundActivity';
import { isLoopbackHost } from '../config';
import type { Logger } from '../log';

export type Authenticated = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** The two halves of the CloudAdapter's own `process`, kept apart so that each failure gets its own status. */
export interface ChannelAdapter {
  authenticate(activity: Activity, authorization: string): Promise<Authenticated>;
  processAuthenticated(auth: Authenticated, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined>;
}

export interface MessagesRouteDeps {
  adapter: ChannelAdapter;
  logic: (context: TurnContext) => Promise<void>;
  log: Logger;
  /** MicrosoftAppId: when set, every request must carry a valid Bot Framework token. */
  appId?: string;
  /** The issuer every channel token must name (default: Microsoft's public cloud channels). */
  tokenIssuer?: string;
  clock?: () => Date;
  /** How long verifying a token may take, including fetching Microsoft's signing keys when they are not cached. */
  authTimeoutMs?: number;
}

const AUTH_TIMEOUT_MS = 5_000;

class AuthTimeoutError extends Error {
  override name = 'AuthTimeoutError';
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AuthTimeoutError(`token not verified within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** POST /api/messages. The CloudAdapter's own `process` answers a body it cannot read, and a token it cannot
 * verify because Microsoft's keys are out of reach, with 500 and the internal error message; here a body that
 * is not an activity gets 400, any token that is not verified gets 401 (a forged one fast, without a network
 * call), and nothing internal reaches the caller. */
export function messagesRoute(deps: MessagesRouteDeps): (req: Request, res: Response) => Promise<void> {
  const clock = deps.clock ?? (() => new Date());
  return async (req, res) => {
    const inbound = parseInboundActivity(req.body);
    if (!inbound.ok) {
      deps.log.info({ problems: inbound.problems }, 'request refused: not a valid activity');
      res.send(400, { error: 'Bad request: the body is not a valid activity.', problems: inbound.problems });
      return;
    }
    const { activity } = inbound;
    // Without an app id nobody is authenticated, so a caller could have the bot post its replies anywhere.
    if (!deps.appId && !isLoopbackHost(new URL(activity.serviceUrl).hostname)) {
      deps.log.info({ channelId: activity.channelId }, 'request refused: serviceUrl not on this machine and no app id');
      res.send(400, { error: 'Bad request: without an app id the bot replies only to a serviceUrl on this machine.' });
      return;
    }
    const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';

    if (deps.appId) {
      const precheck = precheckBearerToken(authorization, { appId: deps.appId, issuer: deps.tokenIssuer ?? CHANNEL_TOKEN_ISSUER }, clock());
      if (!precheck.ok) return refuse(res, deps.log, precheck.reason);
    }
    let auth: Authenticated;
    try {
      auth = await withTimeout(deps.adapter.authenticate(activity, authorization), deps.authTimeoutMs ?? AUTH_TIMEOUT_MS);
    } catch (err) {
      return refuse(res, deps.log, `${(err as Error)?.name ?? 'Error'}: ${(err as Error)?.message ?? ''}`);
    }

    try {
      const invoke = await deps.adapter.processAuthenticated(auth, activity, deps.logic);
      if (invoke?.body === undefined) res.send(invoke?.status ?? 200);
      else res.send(invoke.status ?? 200, invoke.body);
    } catch (err) {
      // Turn errors are handled by the adapter's onTurnError; this is a failure around the turn.
      deps.log.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message }, activityType: activity.type }, 'activity not processed');
      if (!res.headersSent) res.send(500, { error: 'Internal error: the activity was not processed.' });
    }
  };
}

/** The reason goes to the log only (it names the check that failed, never the token); the caller learns
 * nothing about why. */
function refuse(res: Response, log: Logger, reason: string): void {
  log.warn({ reason }, 'request refused: not authenticated');
  res.send(401, { error: 'Unauthorized.' });
}
