import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Activity } from 'botbuilder';
import { Cluster } from 'ioredis';
import { auditStreamKey } from '../../bot/audit/auditLog';
import { stateKeyOf } from '../../bot/state/dialogState';
import { messages } from '../../dialogs';
import { pending, submitFor, texts } from '../support/conversation';
import { BotProcess, HttpUser } from '../support/botProcess';
import { clusterUnavailable, RedisCluster } from './redisCluster';
import { outcomeLabel, questionNumber, S42_ANSWERS, S42_OUTCOME_LABEL } from '../support/s42Walk';

/** Two bot servers on a real Redis Cluster (three masters, one replica each): conversations walk across
 * both while the master holding one of them is killed and its replica takes over. */
jest.setTimeout(180_000);

const unavailable = clusterUnavailable();
if (unavailable && process.env.CI === 'true') throw new Error(`The Redis Cluster test must run in CI: ${unavailable}`);
if (unavailable) process.stderr.write(`\nSKIPPED the Redis Cluster test: ${unavailable}\n`);
const describeCluster = unavailable ? describe.skip : describe;

describeCluster('on a Redis Cluster', () => {
  const prefix = `cluster-${randomUUID()}:`;
  let cluster: RedisCluster;
  let a: BotProcess;
  let b: BotProcess;
  let client: Cluster;

  beforeAll(async () => {
    cluster = await RedisCluster.start();
    const env = { REDIS_URL: cluster.url, REDIS_CLUSTER: 'true', REDIS_KEY_PREFIX: prefix, RATE_LIMIT_PER_MINUTE: '1000' };
    [a, b] = await Promise.all([BotProcess.start(env), BotProcess.start(env)]);
    client = new Cluster(cluster.ports.slice(0, 2).map((port) => ({ host: '127.0.0.1', port })));
  });
  afterAll(async () => {
    client?.disconnect();
    await Promise.all([a?.stop(), b?.stop()]);
    await cluster?.stop();
  });

  /** A turn, sent again while the user is told the storage cannot be reached, or that their last answer is
   * still being worked on (an attempt that timed out during the failover may still take the turn lock once
   * the replica has taken over; it expires after a few seconds). */
  async function send(user: HttpUser, url: string, input: Record<string, unknown>): Promise<{ replies: Partial<Activity>[]; retries: number }> {
    for (let retries = 0; retries < 60; retries++) {
      const replies = await user.send(url, input);
      if (!texts(replies).some((t) => t === messages.storageUnavailable || t === messages.busy)) return { replies, retries };
      await sleep(250);
    }
    throw new Error('the storage stayed unreachable');
  }

  test("the user's service, in another slot than their conversations, is remembered across them and both servers", async () => {
    const first = new HttpUser(`conversation-${randomUUID()}`);
    expect(texts((await send(first, a.url, { command: 'myService', team: 'probation' })).replies)).toContain(messages.serviceSet('Probation'));
    const later = new HttpUser(`conversation-${randomUUID()}`, first.userId);
    expect(JSON.stringify((await send(later, b.url, { command: 'myService' })).replies)).toContain('Your steps are marked for: Probation.');
    const stranger = new HttpUser(`conversation-${randomUUID()}`);
    expect(JSON.stringify((await send(stranger, b.url, { command: 'myService' })).replies)).toContain('I do not know your service yet');
    expect(a.output + b.output).not.toMatch(/CROSSSLOT|not saved/i);
  });

  test('conversations alternate between two servers, and carry on to the right outcome after a master is killed', async () => {
    const users = Array.from({ length: 6 }, () => new HttpUser(`conversation-${randomUUID()}`));
    const servers = [a.url, b.url];
    const walks = users.map(() => ({ replies: [] as Partial<Activity>[], turn: 0 }));
    const answer = async (i: number) => {
      const walk = walks[i];
      const p = pending(walk.replies);
      const { replies, retries } = await send(users[i], servers[walk.turn++ % 2], submitFor(p, S42_ANSWERS[p.question]));
      walk.replies = replies;
      return retries;
    };
    const step = () => Promise.all(walks.map((w, i) => (outcomeLabel(w.replies) ? 0 : answer(i))));
    const none = walks.map(() => 0);

    expect(await Promise.all(users.map(async (user, i) => (walks[i].replies = (await send(user, servers[i % 2], { command: 'start', flow: 's42' })).replies)))).toHaveLength(6);
    for (let n = 0; n < 3; n++) expect(await step()).toEqual(none);
    for (const walk of walks) expect(questionNumber(walk.replies)).toBe(4);

    // The state, its marker and its lock share one slot: the master holding the first conversation goes.
    const key = `${prefix}${stateKeyOf({ channelId: 'emulator', conversationId: users[0].conversationId })}`;
    expect(await client.exists(key)).toBe(1);
    const master = cluster.masterOf(key);
    await cluster.killMaster(master);

    // The next answers are sent at once, while the replica takes over (a few seconds, during which a user may
    // be told to send again). Nothing was lost: each conversation goes on from its fourth question.
    const failedOver = cluster.failedOver(master);
    const retried = (await step()).reduce((x, y) => x + y, 0);
    await failedOver;
    for (const walk of walks) expect(questionNumber(walk.replies)).toBe(5);

    // Once any lock taken by a timed-out attempt has expired, every turn goes through at the first try.
    await sleep(5_000);
    for (let n = 0; n < 20 && walks.some((w) => !outcomeLabel(w.replies)); n++) expect(await step()).toEqual(none);
    for (const walk of walks) expect(outcomeLabel(walk.replies)).toBe(S42_OUTCOME_LABEL);
    expect(await client.xlen(auditStreamKey(prefix))).toBeGreaterThanOrEqual(users.length);
    expect(a.output + b.output).not.toMatch(/unhandled|UnhandledPromiseRejection|CROSSSLOT/i);

    // The decision records can be exported from the cluster too: a header and a row per decision.
    const csv = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [join(__dirname, '../../node_modules/tsx/dist/cli.mjs'), join(__dirname, '../../scripts/auditExport.ts'), '--since', '2000-01-01'], {
        env: { PATH: process.env.PATH, REDIS_URL: cluster.url, REDIS_CLUSTER: 'true', REDIS_KEY_PREFIX: prefix },
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.resume();
      child.once('exit', (code) => resolve({ code, out }));
    });
    expect(csv.code).toBe(0);
    expect(csv.out.trim().split('\n').length).toBeGreaterThanOrEqual(users.length + 1);
    process.stderr.write(`cluster failover: ${retried} turn(s) sent again while the replica took over\n`);
  });
});
