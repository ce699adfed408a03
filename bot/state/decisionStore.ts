import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { DecisionStore } from '../../dialogs/deps';
import type { Decision } from '../../rules';

/** How long a finished decision is kept for "Copy for the case file" and its reminders. */
export const DECISION_TTL_SECONDS = 30 * 86_400;

/** Ids are random and unguessable: a decision holds no names, but it is still one user's case. */
const newId = () => randomBytes(12).toString('base64url');

/** Only what the rules derived from option values: the trace keeps each answer's value and label, never text
 * the user typed (typed answers were matched to an option, a number or a date before they got here). */
const kept = (decision: Decision): Decision => ({
  ...decision,
  trace: decision.trace.map(({ questionId, question, answer, answerLabel }) => ({ questionId, question, answer, answerLabel })),
});

/** Decisions in Redis, each under its own key with a time to live: any instance can send any record. */
export class RedisDecisionStore implements DecisionStore {
  constructor(
    private readonly redis: Redis,
    private readonly options: { prefix: string; ttlSeconds?: number },
  ) {}

  private key(id: string): string {
    return `${this.options.prefix}decision:${id}`;
  }

  async keep(decision: Decision): Promise<string> {
    const id = newId();
    await this.redis.set(this.key(id), JSON.stringify(kept(decision)), 'EX', this.options.ttlSeconds ?? DECISION_TTL_SECONDS);
    return id;
  }

  async find(id: string): Promise<Decision | undefined> {
    const json = await this.redis.get(this.key(id));
    return json ? (JSON.parse(json) as Decision) : undefined;
  }
}

/** Decisions in this process's memory, for a single process without Redis: lost on restart, at most `max`. */
export class MemoryDecisionStore implements DecisionStore {
  private readonly entries = new Map<string, { decision: Decision; expiresAt: number }>();

  constructor(
    private readonly clock: () => Date,
    private readonly options: { ttlSeconds?: number; max?: number } = {},
  ) {}

  async keep(decision: Decision): Promise<string> {
    const id = newId();
    const now = this.clock().getTime();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    const max = this.options.max ?? 10_000;
    while (this.entries.size >= max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(id, { decision: structuredClone(kept(decision)), expiresAt: now + (this.options.ttlSeconds ?? DECISION_TTL_SECONDS) * 1000 });
    return id;
  }

  async find(id: string): Promise<Decision | undefined> {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock().getTime()) {
      this.entries.delete(id);
      return undefined;
    }
    return structuredClone(entry.decision);
  }
}
