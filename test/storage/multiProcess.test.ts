import { randomUUID } from 'node:crypto';
import { pending, submitFor } from '../support/conversation';
import { BotProcess, HttpUser } from '../support/botProcess';
import { sharedRedisUrl } from '../support/redisServer';
import { applied, hasCard, outcomeLabel, questionNumber, S42_OUTCOME_LABEL, S42_ANSWERS, toldNotApplied } from '../support/s42Walk';

/** Two bot server processes sharing one Redis, as behind a load balancer; driven over HTTP. */
jest.setTimeout(120_000);

let a: BotProcess;
let b: BotProcess;

beforeAll(async () => {
  const env = { REDIS_URL: sharedRedisUrl(), REDIS_KEY_PREFIX: `test:${randomUUID()}:` };
  [a, b] = await Promise.all([BotProcess.start(env), BotProcess.start(env)]);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

const answerOf = (replies: Parameters<typeof pending>[0]) => {
  const p = pending(replies);
  return submitFor(p, S42_ANSWERS[p.question]);
};

test('turns alternating between the two servers reach the right outcome; one killed with SIGKILL mid-flow and started again carries on', async () => {
  const user = new HttpUser(`conversation-${randomUUID()}`);
  let replies = await user.send(a.url, { command: 'start', flow: 's42' });
  for (let turn = 0; turn < 3; turn++) replies = await user.send((turn % 2 === 0 ? b : a).url, answerOf(replies));
  expect(questionNumber(replies)).toBe(4);

  await b.stop('SIGKILL');
  // While b is down, a carries the conversation on its own.
  replies = await user.send(a.url, answerOf(replies));
  await b.restart();
  for (let turn = 0; !outcomeLabel(replies) && turn < 20; turn++) replies = await user.send((turn % 2 === 0 ? b : a).url, answerOf(replies));
  expect(outcomeLabel(replies)).toBe(S42_OUTCOME_LABEL);
  expect(a.output + b.output).not.toMatch(/unhandled|UnhandledPromiseRejection/i);
});

test('20 parallel submits of one card, split over both servers, record one answer and produce one next question', async () => {
  const user = new HttpUser(`conversation-${randomUUID()}`);
  const first = await user.send(a.url, { command: 'start', flow: 's42' });
  const card = answerOf(await user.send(b.url, answerOf(first)));
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => user.send((i % 2 ? a : b).url, card)));

  expect(results.filter(applied)).toHaveLength(1);
  for (const r of results.filter((r) => !applied(r))) expect(toldNotApplied(r)).toBe(true);
  const asks = new Set(results.filter(hasCard).map((r) => pending(r).ask));
  expect(asks.size).toBe(1);
  const now = await user.send(a.url, 'help');
  expect(questionNumber(now)).toBe(3);
  expect(pending(now).ask).toBe([...asks][0]);
});
