import type { Storage, StoreItems, TurnContext } from 'botbuilder';
import { storeItems } from './storeItems';
import type { DecisionStore } from '../../dialogs/deps';
import type { Decision } from '../../rules';
import { randomToken } from '../../dialogs/randomToken';
import { dialogStateKey } from './dialogState';

/** How long a finished decision is kept for "Copy for the case file", "All steps" and reminders. */
export const DECISION_TTL_SECONDS = 30 * 86_400;

/** A kept decision's key, `{tag}/decision/<random>`: it carries the hash tag of the conversation that made it, so the
 * turn's one write (one script, one Redis Cluster slot) holds it with the state; the storage gives it
 * DECISION_TTL_SECONDS. Its id, `<tag>.<random>`, names the key and nothing else. */
const DECISION_KEY = /^\{([A-Za-z0-9_-]+)\}\/decision\/([A-Za-z0-9_-]+)$/;
const DECISION_ID = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/;

export const isDecisionKey = (key: string): boolean => DECISION_KEY.test(key.slice(key.indexOf('{')));

/** The random part is unguessable: a decision holds no names, but it is still one user's case. */
function newDecision(context: TurnContext): { id: string; key: string } {
  const tag = /^\{([^}]+)\}/.exec(dialogStateKey(context))?.[1] ?? 'none';
  const random = randomToken(12);
  return { id: `${tag}.${random}`, key: `{${tag}}/decision/${random}` };
}

function keyOf(id: string): string | undefined {
  const parts = DECISION_ID.exec(id);
  return parts ? `{${parts[1]}}/decision/${parts[2]}` : undefined;
}

/** Only what the rules derived from option values: the trace keeps each answer's value and label, never text
 * the user typed (typed answers were matched to an option, a number or a date before they got here). */
const kept = (decision: Decision): Decision => ({
  ...decision,
  trace: decision.trace.map(({ questionId, question, answer, answerLabel }) => ({ questionId, question, answer, answerLabel })),
});

const KEPT = Symbol('decisions kept this turn');

/** The decisions kept during this turn, as storage items: the bot writes them with the turn's state, in the
 * turn's one write (no extra Redis round trip). */
export function keptThisTurn(context: TurnContext): StoreItems {
  return (context.turnState.get(KEPT) as StoreItems | undefined) ?? storeItems();
}

/** Decisions in the conversation storage (Redis), each under its own key with a 30-day time to live, so that
 * any instance can send any record after the conversation's own state has expired. */
export class StorageDecisionStore implements DecisionStore {
  constructor(private readonly storage: Storage) {}

  async keep(decision: Decision, context: TurnContext): Promise<string> {
    const { id, key } = newDecision(context);
    context.turnState.set(KEPT, storeItems(keptThisTurn(context), { [key]: { decision: kept(decision), eTag: '*' } }));
    return id;
  }

  async find(id: string): Promise<Decision | undefined> {
    const key = keyOf(id);
    if (!key) return undefined;
    const item = (await this.storage.read([key]))[key] as { decision?: Decision } | undefined;
    return item?.decision;
  }
}

/** Decisions in this process's memory, for a single process without Redis: lost on restart, at most `max`.
 * Each is kept as its JSON in UTF-8 bytes, as Redis keeps it, so a reader gets its own copy. The bytes live
 * outside the JavaScript heap: held as objects, every collection walked them all; held as strings (most have a
 * dash or a curly quote, so two bytes a character, often 30 KB a decision), every young collection copied each
 * new one twice and the heap grew by that much with each decision. */
export class MemoryDecisionStore implements DecisionStore {
  private readonly entries = new Map<string, { json: Buffer; expiresAt: number }>();

  constructor(
    private readonly clock: () => Date,
    private readonly options: { ttlSeconds?: number; max?: number } = {},
  ) {}

  async keep(decision: Decision, context: TurnContext): Promise<string> {
    const { id } = newDecision(context);
    const now = this.clock().getTime();
    // Entries are kept in the order they were made, all with the same lifetime: the expired ones are at the front.
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) break;
      this.entries.delete(key);
    }
    const max = this.options.max ?? 10_000;
    while (this.entries.size >= max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(id, { json: Buffer.from(JSON.stringify(kept(decision))), expiresAt: now + (this.options.ttlSeconds ?? DECISION_TTL_SECONDS) * 1000 });
    return id;
  }

  async find(id: string): Promise<Decision | undefined> {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock().getTime()) {
      this.entries.delete(id);
      return undefined;
    }
    return JSON.parse(entry.json.toString()) as Decision;
  }
}
