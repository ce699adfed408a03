import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createStateStore } from '../../bot/state/stateStore';
import { messages } from '../../dialogs';
import { pending, submitFor, texts } from '../support/conversation';
import { HttpUser, TEST_SERVER_ENV } from '../support/botProcess';
import { freePort, RedisServer, tempDataDir } from '../support/redisServer';
import { outcomeLabel, questionNumber, S42_OUTCOME_LABEL, S42_ANSWERS } from '../support/s42Walk';

/** Redis going away under a running bot: its own redis-server (keeping its data across the restart, as a
 * production Redis does), the bot in this process over HTTP. */
jest.setTimeout(60_000);

let redis: RedisServer;
let data: ReturnType<typeof tempDataDir>;
let app: App;
let baseUrl: string;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  data = tempDataDir();
  redis = await RedisServer.start({ dataDir: data.dir });
  const config = loadConfig({ PORT: String(await freePort()), HOST: '127.0.0.1', REDIS_URL: redis.url, REDIS_KEY_PREFIX: `test:${randomUUID()}:`, WEBCHAT_ENABLED: 'false', ...TEST_SERVER_ENV });
  const log = pino({ level: 'silent' });
  const store = createStateStore(config, log);
  app = createApp({ config, log, storage: store.storage, gate: store.gate, ready: store.ready, onClose: store.close });
  baseUrl = `http://127.0.0.1:${(await app.listen()).port}`;
  await waitForReady(200);
});
afterAll(async () => {
  await app?.close();
  redis?.resume();
  await redis?.stop('SIGKILL');
  data?.remove();
  process.off('unhandledRejection', onUnhandled);
});

const readyz = () => fetch(`${baseUrl}/readyz`).then((r) => r.status);
async function waitForReady(status: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await readyz()) !== status) {
    if (Date.now() > deadline) throw new Error(`/readyz never answered ${status}`);
    await sleep(100);
  }
}

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const begun = Date.now();
  const value = await work;
  return { value, ms: Date.now() - begun };
}

const answerOf = (replies: Parameters<typeof pending>[0]) => {
  const p = pending(replies);
  return submitFor(p, S42_ANSWERS[p.question]);
};

test('Redis stopped mid-conversation: a plain message fast and /readyz 503; started again: the same conversation finishes', async () => {
  const user = new HttpUser(`conversation-${randomUUID()}`);
  let replies = await user.send(baseUrl, { command: 'start', flow: 's42' });
  for (let i = 0; i < 3; i++) replies = await user.send(baseUrl, answerOf(replies));
  const lastSaved = pending(replies);

  await redis.stop('SIGKILL');
  const down = await timed(user.send(baseUrl, answerOf(replies)));
  expect(texts(down.value)).toEqual([messages.storageUnavailable]);
  expect(down.ms).toBeLessThan(5_000);
  expect(await readyz()).toBe(503);
  // A second try while it is still down gets the same answer, and the process is still serving.
  expect(texts(await user.send(baseUrl, answerOf(replies)))).toEqual([messages.storageUnavailable]);

  await redis.restart();
  await waitForReady(200);
  const resumed = await user.send(baseUrl, 'help');
  expect(pending(resumed)).toEqual(lastSaved);
  expect(questionNumber(resumed)).toBe(4);
  replies = resumed;
  for (let i = 0; i < 20 && !outcomeLabel(replies); i++) replies = await user.send(baseUrl, answerOf(replies));
  expect(outcomeLabel(replies)).toBe(S42_OUTCOME_LABEL);
  expect(unhandled).toEqual([]);
});

test('Redis hung (accepting connections, answering nothing): the turn still fails fast with the plain message', async () => {
  const user = new HttpUser(`conversation-${randomUUID()}`);
  const replies = await user.send(baseUrl, { command: 'start', flow: 's42' });

  redis.pause();
  try {
    const hung = await timed(user.send(baseUrl, answerOf(replies)));
    expect(texts(hung.value)).toEqual([messages.storageUnavailable]);
    expect(hung.ms).toBeLessThan(5_000);
    const ready = await timed(readyz());
    expect(ready.value).toBe(503);
    expect(ready.ms).toBeLessThan(5_000);
  } finally {
    redis.resume();
  }
  await waitForReady(200);
  const after = await user.send(baseUrl, answerOf(replies));
  expect(questionNumber(after)).toBe(2);
  expect(unhandled).toEqual([]);
});
