import type { RedisClient } from '../state/redisClient';
import { z } from 'zod';
import type { DecisionRecord } from './decisionRecord';
import { onRedis } from '../state/storageErrors';

/** Where decision records go: appended in order, read back from a time on. */
export interface AuditLog {
  append(record: DecisionRecord): Promise<void>;
  /** Records written at or after `from` and before `until`, oldest first. */
  between(from: Date, until?: Date): AsyncIterable<DecisionRecord>;
}

/** With in-memory state: the latest `maxLen` records of this process, gone when it stops. A ring: once full,
 * each record takes the oldest one's place (dropping the oldest from the front of an array moved every
 * record on every decision). */
export class MemoryAuditLog implements AuditLog {
  private readonly records: DecisionRecord[] = [];
  /** Where the oldest record is once the ring is full. */
  private oldest = 0;

  constructor(private readonly maxLen: number) {}

  async append(record: DecisionRecord): Promise<void> {
    if (this.records.length < this.maxLen) {
      this.records.push(record);
      return;
    }
    this.records[this.oldest] = record;
    this.oldest = (this.oldest + 1) % this.maxLen;
  }

  async *between(from: Date, until?: Date): AsyncIterable<DecisionRecord> {
    const start = from.toISOString();
    const end = until?.toISOString();
    const { records, oldest } = this;
    for (let i = 0; i < records.length; i++) {
      const record = records[(oldest + i) % records.length];
      if (record.time >= start && (!end || record.time < end)) yield record;
    }
  }
}

const jsonOf = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, ctx): z.infer<T> => {
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      /* reported below */
    }
    ctx.addIssue({ code: 'custom', message: 'not the JSON written' });
    return z.NEVER;
  });

const storedRecord = z.object({
  time: z.string(),
  flow: z.string(),
  rulesVersion: z.string(),
  outcome: z.string(),
  rule: z.string(),
  flags: jsonOf(z.array(z.string())),
  answers: jsonOf(z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))),
  tenant: z.string(),
  user: z.string(),
});

const READ_BATCH = 500;

/** A Redis stream capped at about `maxLen` entries (XADD MAXLEN ~, which trims whole macro-nodes: cheap, and
 * never below the cap). Entry ids are the time of writing, so reading from a date is a range read. */
export class RedisAuditLog implements AuditLog {
  constructor(
    readonly redis: RedisClient,
    readonly key: string,
    readonly maxLen: number,
  ) {}

  async append(record: DecisionRecord): Promise<void> {
    await this.appendFields(this.fieldsOf(record));
  }

  /** Appends one record given as its stream fields (see fieldsOf). */
  async appendFields(fields: string[]): Promise<void> {
    await onRedis(() => this.redis.xadd(this.key, 'MAXLEN', '~', String(this.maxLen), '*', ...fields));
  }

  /** The stream entry's field names and values. */
  fieldsOf(record: DecisionRecord): string[] {
    return Object.entries(record).flatMap(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]);
  }

  between(from: Date, until?: Date): AsyncIterable<DecisionRecord> {
    return readAuditStream(this.redis, this.key, from, until);
  }
}

/** Reads the stream by its entries' ids, which Redis sets from its own clock when it appends them. */
export async function* readAuditStream(redis: RedisClient, key: string, from: Date, until?: Date): AsyncIterable<DecisionRecord> {
  let start = String(from.getTime());
  const end = until ? `(${until.getTime()}` : '+';
  for (;;) {
    const entries = await onRedis(() => redis.xrange(key, start, end, 'COUNT', READ_BATCH));
    for (const [, fields] of entries) {
      const parsed = storedRecord.safeParse(Object.fromEntries(pairs(fields)));
      if (parsed.success) yield parsed.data;
    }
    if (entries.length < READ_BATCH) return;
    start = `(${entries[entries.length - 1][0]}`;
  }
}

function pairs(fields: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) out.push([fields[i], fields[i + 1]]);
  return out;
}

/** The stream's key under the deployment's prefix. */
export const auditStreamKey = (prefix: string): string => `${prefix}audit`;

/** The stream in Redis when the bot keeps its state there; otherwise this process's memory. */
export function auditLogFor(options: { redis?: RedisClient; prefix: string; maxLen: number }): AuditLog {
  return options.redis ? new RedisAuditLog(options.redis, auditStreamKey(options.prefix), options.maxLen) : new MemoryAuditLog(options.maxLen);
}
