import type { Activity } from 'botbuilder';
import { z } from 'zod';

/** Generous bounds: well above anything Teams or Web Chat sends, low enough that no field can be used to
 * make a turn expensive. The body as a whole is capped at 256 KB by the server. */
const idText = z.string().min(1).max(512);
const shortText = z.string().max(512);

const account = z.looseObject({ id: idText, name: shortText.optional(), aadObjectId: shortText.optional() });

const conversation = z.looseObject({
  id: idText,
  conversationType: z.string().max(64).optional(),
  tenantId: shortText.optional(),
  isGroup: z.boolean().optional(),
});

/** A mention must name whom it mentions: botbuilder throws on one that does not. */
const wellFormedEntity = (entity: { type: string; mentioned?: unknown }): boolean =>
  entity.type !== 'mention' || typeof (entity.mentioned as { id?: unknown } | null | undefined)?.id === 'string';

/** What the bot relies on in an activity from a channel, checked before authentication, the adapter or the
 * bot see it. Fields the bot does not read (Teams sends many) pass through unchanged. */
const inboundActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: shortText.optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().url().max(2048),
  conversation,
  from: account,
  recipient: account,
  text: z.string().max(100_000).optional(),
  textFormat: z.string().max(64).optional(),
  locale: z.string().max(64).optional(),
  deliveryMode: z.string().max(64).optional(),
  replyToId: shortText.optional(),
  name: shortText.optional(),
  timestamp: z.string().max(64).optional(),
  localTimestamp: z.string().max(64).optional(),
  membersAdded: z.array(account).max(256).optional(),
  membersRemoved: z.array(account).max(256).optional(),
  // Malformed entities are dropped, not refused: the message itself can still be answered.
  entities: z
    .array(z.looseObject({ type: z.string().max(128) }))
    .max(64)
    .optional()
    .transform((entities) => entities?.filter(wellFormedEntity)),
  attachments: z.array(z.looseObject({ contentType: z.string().max(256) })).max(64).optional(),
});

export type InboundActivityResult = { ok: true; activity: Activity } | { ok: false; problems: string[] };

/** Reads a request body as an activity. Problems name the field and what was wrong with it, never the
 * value sent, so that they can be returned and logged. */
export function parseInboundActivity(body: unknown): InboundActivityResult {
  const parsed = inboundActivity.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data as unknown as Activity };
  const problems = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`);
  return { ok: false, problems };
}
