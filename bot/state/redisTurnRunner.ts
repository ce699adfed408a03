import type { StoreItems, TurnContext } from 'botbuilder';
import { pick, storeItems } from './storeItems';
import type { RedisClient } from './redisClient';
import { RedisAuditLog, type AuditLog } from '../audit/auditLog';
import type { DecisionRecord } from '../audit/decisionRecord';
import type { Logger } from '../log';
import { LUA_WRITE_IF_CURRENT, type RedisStorage } from './redisStorage';
import type { RedisTurnGate, TurnLock } from './redisTurnGate';
import { onRedis } from './storageErrors';
import { LUA_COUNT_TURN, type RedisTurnLimiter, type TurnLimiter } from './turnLimiter';
import { setRecordSink, type RecordSink } from '../audit/turnRecords';
import type { TurnOutcome, TurnRequest, TurnRunner, TurnSession } from './turnRunner';

/** A turn's first round trip. KEYS: the lock, the user's turn counter, then the keys the turn reads. ARGV: the
 * lock's token and lifetime in ms, the turn limit ('0': not counted, as on a retry) and its window in ms.
 * Replies 'limited' (nothing taken), 'busy', or 'ran' followed by the values read. */
const BEGIN_TURN = `${LUA_COUNT_TURN}
if ARGV[3] ~= '0' and not countTurn(KEYS[2], ARGV[3], ARGV[4]) then return {'limited'} end
if not redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then return {'busy'} end
local reply = redis.call('MGET', unpack(KEYS, 3))
table.insert(reply, 1, 'ran')
return reply
`;

/** A turn's last round trip. KEYS: the lock, the audit stream, then the items to write. ARGV: the lock's token,
 * the stream's cap, three values per item (see writeIfCurrent), then each decision record as its number of
 * fields and the fields. The items are written if none conflicts; the records are appended either way (as
 * they were decided and shown), each on its own so that one refused cannot undo the state's write (XADD
 * MAXLEN ~); the lock is let go only if it is still this turn's. Replies {conflicting item or 0, records not
 * appended}. */
const END_TURN = `${LUA_WRITE_IF_CURRENT}
local items = #KEYS - 2
local conflict = writeIfCurrent(3, items, 3)
local unrecorded = 0
local at = 3 + 3 * items
while at <= #ARGV do
  local n = tonumber(ARGV[at])
  local added = redis.pcall('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*', unpack(ARGV, at + 1, at + n))
  if type(added) == 'table' and added.err then unrecorded = unrecorded + 1 end
  at = at + 1 + n
end
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return {conflict, unrecorded}
`;

type ScriptedRedis = RedisClient & {
  beginTurn(...args: (string | number)[]): Promise<(string | null)[]>;
  endTurn(...args: (string | number)[]): Promise<[number, number]>;
  releaseIfOwner(key: string, token: string): Promise<number>;
};

export interface RedisTurnRunnerParts {
  storage: RedisStorage;
  gate: RedisTurnGate;
  /** Counted inside the first round trip; a limiter elsewhere is asked on its own before it. */
  countedBy?: RedisTurnLimiter;
  limiter?: TurnLimiter;
  audit?: AuditLog;
  log: Logger;
}

/** A turn against Redis in two round trips: one script counts the user's turn, takes the lock and reads the
 * state; another writes the state (eTag-checked, TTL refreshed), appends the turn's decision records and lets
 * the lock go. Waiting for a busy key repeats the first, without counting again. In a Redis Cluster each
 * script touches only the conversation's slot (its keys share one hash tag): the user's turn is counted by the
 * limiter before the first (one more round trip), and the records are appended beside the last. */
export class RedisTurnRunner implements TurnRunner {
  private readonly redis: ScriptedRedis;
  private readonly stream?: RedisAuditLog;

  constructor(private readonly parts: RedisTurnRunnerParts) {
    const { redis } = parts.gate;
    if (!('beginTurn' in redis)) redis.defineCommand('beginTurn', { lua: BEGIN_TURN });
    if (!('endTurn' in redis)) redis.defineCommand('endTurn', { lua: END_TURN });
    this.redis = redis as ScriptedRedis;
    if (parts.audit instanceof RedisAuditLog && parts.audit.redis === redis) this.stream = parts.audit;
  }

  async run<T>(context: TurnContext, request: TurnRequest, turn: (session: TurnSession) => Promise<T>): Promise<TurnOutcome<T>> {
    const { gate, storage, countedBy, limiter } = this.parts;
    const { userKey } = request;
    if (userKey && limiter && !countedBy && !(await limiter.allow(userKey))) return { ran: false, reason: 'limited' };
    const lock = gate.lockFor(request.key);
    const counted = userKey && countedBy ? { key: countedBy.keyOf(userKey), limit: countedBy.turnsPerMinute, windowMs: countedBy.windowMs } : undefined;
    // In a cluster, keys outside the conversation's slot (the user's service) are read beside the first script,
    // sent in the same tick; unreadable, the turn goes on without them.
    const { here, elsewhere } = bySlot(request.reads, request.key, this.redis.isCluster);
    const aside = elsewhere.length > 0 ? storage.read(elsewhere).catch(() => ({}) as StoreItems) : undefined;
    const keys = [lock.key, counted?.key ?? lock.key, ...here.map((k) => storage.redisKey(k))];
    const reply = await gate.acquire(lock, async (first) => {
      const begun = await this.redis.beginTurn(keys.length, ...keys, lock.token, gate.lockMs, first && counted ? counted.limit : 0, counted?.windowMs ?? 0);
      return begun[0] === 'busy' ? undefined : begun;
    });
    if (!reply) return { ran: false, reason: 'busy' };
    if (reply[0] === 'limited') return { ran: false, reason: 'limited' };

    const items = storeItems(storage.decode(here, reply.slice(1)), aside && (await aside));
    const session = new RedisTurn(this.redis, this.parts, lock, request.key, { keys: request.reads, items }, this.stream);
    if (this.stream) setRecordSink(context, session);
    try {
      return { ran: true, result: await turn(session) };
    } finally {
      await session.close();
    }
  }
}

/** A Redis Cluster hash tag: what is between the key's first "{" and the "}" after it. */
const slotTag = (key: string): string | undefined => /\{([^}]+)\}/.exec(key)?.[1];

/** The keys that can join the conversation's scripts (all of them on one node), and those in other slots. */
function bySlot(keys: string[], conversationKey: string, cluster: boolean): { here: string[]; elsewhere: string[] } {
  if (!cluster) return { here: keys, elsewhere: [] };
  const tag = slotTag(conversationKey);
  return { here: keys.filter((k) => slotTag(k) === tag), elsewhere: keys.filter((k) => slotTag(k) !== tag) };
}

/** One turn's session: the reads made with the lock, and the write that ends the turn. */
class RedisTurn implements TurnSession, RecordSink {
  private stage: 'open' | 'ended' | 'failed' = 'open';
  private prefetched?: { keys: string[]; items: StoreItems };
  private readonly records: string[][] = [];

  constructor(
    private readonly redis: ScriptedRedis,
    private readonly parts: RedisTurnRunnerParts,
    private readonly lock: TurnLock,
    private readonly conversationKey: string,
    prefetched: { keys: string[]; items: StoreItems },
    private readonly stream?: RedisAuditLog,
  ) {
    this.prefetched = prefetched;
  }

  /** The reads made with the lock serve the turn's first read of those keys; anything later reads Redis again. */
  async read(keys: string[]): Promise<StoreItems> {
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    if (!prefetched || !keys.every((k) => prefetched.keys.includes(k))) return this.parts.storage.read(keys);
    return pick(prefetched.items, keys);
  }

  async write(changes: StoreItems): Promise<void> {
    if (this.stage !== 'open') return this.parts.storage.write(changes);
    await this.end(changes);
  }

  async append(record: DecisionRecord): Promise<void> {
    if (this.stage !== 'open' || !this.stream) return this.parts.audit?.append(record);
    this.records.push(this.stream.fieldsOf(record));
  }

  /** After the turn: a turn that wrote nothing still appends its records and lets the lock go. */
  async close(): Promise<void> {
    if (this.stage === 'open') await this.end({}).catch((err: Error) => this.parts.gate.warnNotReleased(err));
    else if (this.stage === 'failed') await this.redis.releaseIfOwner(this.lock.key, this.lock.token).catch((err: Error) => this.parts.gate.warnNotReleased(err));
  }

  private async end(changes: StoreItems): Promise<void> {
    const { storage, log } = this.parts;
    // In a cluster, items outside the conversation's slot (the user's service) are written beside the script.
    const { here, elsewhere } = bySlot(Object.keys(changes), this.conversationKey, this.redis.isCluster);
    const write = storage.encode(pick(changes, here));
    const aside =
      elsewhere.length > 0
        ? storage.write(pick(changes, elsewhere)).catch((err: Error) => log.warn({ err: { name: err?.name, message: err?.message } }, "user's service not saved"))
        : undefined;
    const records = this.records.splice(0);
    // On one node the records ride in the script; in a cluster the stream is in another slot, so they are
    // appended beside it, sent in the same tick (one round trip of waiting, to two nodes).
    const inScript = this.stream && !this.redis.isCluster ? this.stream : undefined;
    const keys = [this.lock.key, inScript?.key ?? this.lock.key, ...write.redisKeys];
    const args = [this.lock.token, inScript?.maxLen ?? 0, ...write.args, ...(inScript ? records.flatMap((fields) => [fields.length, ...fields]) : [])];
    const appended = !inScript && this.stream ? Promise.allSettled(records.map((fields) => this.stream!.appendFields(fields))) : undefined;
    this.stage = 'ended';
    let reply: [number, number];
    try {
      reply = await onRedis(() => this.redis.endTurn(keys.length, ...keys, ...args));
    } catch (err) {
      this.stage = 'failed';
      const unrecorded = appended ? (await appended).filter((r) => r.status === 'rejected').length : records.length;
      if (unrecorded > 0) log.error({ err: { name: (err as Error)?.name, message: (err as Error)?.message }, records: unrecorded }, 'decision record not written');
      throw err;
    }
    await aside;
    const unrecorded = reply[1] + (appended ? (await appended).filter((r) => r.status === 'rejected').length : 0);
    if (unrecorded > 0) log.error({ records: unrecorded }, 'decision record not written');
    storage.throwOnConflict(write, reply[0]);
  }
}
