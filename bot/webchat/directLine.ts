import type { Request, Response, Server } from 'restify';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { z } from 'zod';
import { clientAddress } from '../http/clientAddress';
import { jsonShapeWithin, type JsonShapeLimits } from '../http/jsonBody';
import type { Logger } from '../log';
import type { ConversationStore, LocalConversation } from './conversations';
import type { LocalTurns } from './turns';

export const DIRECT_LINE_PATH = '/v3/directline';
/** Far more than any card submit or typed question; the bot reads at most 2,000 characters of text. */
const MAX_ACTIVITY_BYTES = 16 * 1024;
/** A card submit is a handful of fields; a restart carries at most a flow's answers. */
const VALUE_SHAPE: JsonShapeLimits = { maxDepth: 4, maxEntries: 64, maxNodes: 256 };
/** Tokens one client address may take a minute: a page takes one per load. */
export const TOKENS_PER_MINUTE_PER_ADDRESS = 10;

const inboundActivity = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(4000).optional(),
  value: z.unknown().optional(),
  name: z.string().max(100).optional(),
  locale: z.string().max(35).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  // Only the ids Web Chat matches its echo by; anything else the client sends is dropped.
  channelData: z.object({ clientActivityID: z.string().max(100).optional(), clientTimestamp: z.string().max(40).optional() }).optional(),
});
const conversationParams = z.object({ conversationId: z.string().regex(/^local-[A-Za-z0-9_-]{1,40}$/) });
const activitiesQuery = z.object({ watermark: z.string().regex(/^\d{0,9}$/).optional() });

type ErrorCode = 'BadArgument' | 'BadToken' | 'MessageSizeTooBig' | 'BotError' | 'TooManyRequests' | 'ServiceUnavailable' | 'Forbidden';

function fail(res: Response, status: number, code: ErrorCode, message: string): void {
  res.send(status, { error: { code, message } });
}

const bearer = (req: Request): string | undefined => /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];

export interface DirectLineDeps {
  store: ConversationStore;
  turns: LocalTurns;
  log: Logger;
  /** RATE_LIMIT_PER_MINUTE, counted per conversation before anything is stored. */
  turnsPerMinute: number;
  /** TRUSTED_PROXIES: whose X-Forwarded-For names the client. */
  trustedProxies?: readonly string[];
  /** ALLOWED_TENANT_IDS is set: the bot ignores activities without a tenant, so this chat is closed. */
  closed?: boolean;
}

/** Counts one use of `key`; false once over the limit for this minute. */
function minuteLimit(points: number): (key: string) => Promise<boolean> {
  const limiter = new RateLimiterMemory({ points, duration: 60 });
  return (key) => limiter.consume(key).then(() => true, () => false);
}

/** A local Direct Line 3.0 service, enough for Web Chat over polling: tokens, start and reconnect,
 * post an activity, get activities after a watermark. No WebSocket stream and no uploads. */
export function mountDirectLine(server: Server, deps: DirectLineDeps): void {
  const { store, turns, log } = deps;
  const tokenAllowed = minuteLimit(TOKENS_PER_MINUTE_PER_ADDRESS);
  const activityAllowed = minuteLimit(deps.turnsPerMinute);
  const expiresIn = Math.floor(store.limits.idleMs / 1000);
  const describe = (c: LocalConversation) => ({ conversationId: c.id, token: c.token, expires_in: expiresIn });

  /** The conversation the request's token belongs to, which must be the one in the path if there is one. */
  function authorise(req: Request, res: Response): LocalConversation | undefined {
    const conversation = store.byToken(bearer(req));
    if (!conversation) {
      fail(res, 403, 'BadToken', 'Unknown or expired token: reload the page to start a new conversation.');
      return undefined;
    }
    if (req.params?.conversationId !== undefined) {
      const params = conversationParams.safeParse(req.params);
      if (!params.success || params.data.conversationId !== conversation.id) {
        fail(res, 403, 'BadToken', 'This token is for another conversation.');
        return undefined;
      }
    }
    return conversation;
  }

  /** Runs a turn; a failure the adapter did not handle is answered plainly, and logged without content. */
  async function runTurn<T>(res: Response, work: () => Promise<T>): Promise<{ result: T } | undefined> {
    try {
      return { result: await work() };
    } catch (err) {
      log.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message } }, 'local web chat turn failed');
      fail(res, 500, 'BotError', 'The bot could not handle that. Try again, or reload the page.');
      return undefined;
    }
  }

  server.post(`${DIRECT_LINE_PATH}/tokens/generate`, async (req, res) => {
    if (deps.closed) {
      fail(res, 403, 'Forbidden', 'The local chat is switched off on this server: it answers listed organisations only.');
      return;
    }
    if (!(await tokenAllowed(clientAddress(req, deps.trustedProxies)))) {
      fail(res, 429, 'TooManyRequests', 'Too many new conversations from here: wait a minute, then reload the page.');
      return;
    }
    const conversation = store.create();
    if (!conversation) {
      fail(res, 503, 'ServiceUnavailable', 'The local chat is full: try again in a few minutes.');
      return;
    }
    // `userId` is this server's addition: the page shows the user's own messages on the user's side.
    res.send(200, { ...describe(conversation), userId: conversation.userId });
  });

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, async (req, res) => {
    const conversation = authorise(req, res);
    if (conversation) res.send(200, describe(conversation));
  });

  server.post(`${DIRECT_LINE_PATH}/conversations`, async (req, res) => {
    const conversation = authorise(req, res);
    if (!conversation) return;
    const isNew = !conversation.started;
    if (await runTurn(res, () => turns.start(conversation))) res.send(isNew ? 201 : 200, describe(conversation));
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId`, async (req, res) => {
    const conversation = authorise(req, res);
    if (conversation) res.send(200, describe(conversation));
  });

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req, res) => {
    const conversation = authorise(req, res);
    if (!conversation) return;
    if (Buffer.byteLength(JSON.stringify(req.body ?? null)) > MAX_ACTIVITY_BYTES) {
      fail(res, 413, 'MessageSizeTooBig', `An activity may be at most ${MAX_ACTIVITY_BYTES / 1024} KB.`);
      return;
    }
    const parsed = inboundActivity.safeParse(req.body);
    if (!parsed.success) {
      fail(res, 400, 'BadArgument', `Not an activity this chat accepts: ${parsed.error.issues.map((i) => i.path.join('.') || '(body)').join(', ')}.`);
      return;
    }
    if (parsed.data.value !== undefined && !jsonShapeWithin(parsed.data.value, VALUE_SHAPE)) {
      fail(res, 400, 'BadArgument', 'Not an activity this chat accepts: value is nested too deeply or too long.');
      return;
    }
    // Typing indicators from the page mean nothing to this bot.
    if (parsed.data.type === 'typing') {
      res.send(200, { id: '' });
      return;
    }
    // Counted before anything is kept: over the limit, nothing is stored and no turn runs.
    if (!(await activityAllowed(conversation.id))) {
      fail(res, 429, 'TooManyRequests', 'Too many messages: wait a minute, then send again.');
      return;
    }
    const ran = await runTurn(res, () => turns.receive(conversation, parsed.data));
    if (ran) res.send(200, { id: ran.result });
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req, res) => {
    const conversation = authorise(req, res);
    if (!conversation) return;
    const query = activitiesQuery.safeParse(Object.fromEntries(new URL(req.url ?? '/', 'http://local').searchParams));
    if (!query.success) {
      fail(res, 400, 'BadArgument', 'watermark must be a number.');
      return;
    }
    const { activities, watermark } = store.since(conversation, Number(query.data.watermark || 0));
    res.send(200, { activities, watermark: String(watermark) });
  });
}
