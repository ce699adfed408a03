import { Writable } from 'node:stream';
import { deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { createLogger } from '../../bot/log';
import { messages } from '../../dialogs';
import { flows } from '../../rules';
import { cardOf, submitsOf, type Card } from '../support/conversation';
import { activity, runFlow, s42Answers, startApp, type Reply, type Started } from './support';

/** 10,000 generated requests through the real server over HTTP. The seed is fixed, so that CI runs the same
 * requests every time; FUZZ_SEED=random draws a new one (printed), FUZZ_SEED=<n> replays a run; FUZZ_RUNS
 * changes its size. Each user's requests run in order and the users run side by side, so that a seed gives
 * the same sequence of turns for every user. */
const FIXED_SEED = 20261201;
const SEED = process.env.FUZZ_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FIXED_SEED;
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 10_000;
const USERS = 24;

const unique = <T>(xs: T[]) => [...new Set(xs)];
const flowIds = flows.map((f) => f.id);
const questionIds = unique(flows.flatMap((f) => f.questions.map((q) => q.id)));
const optionValues = unique(flows.flatMap((f) => f.questions.flatMap((q) => (q.options ?? []).map((o) => o.value))));
const optionLabels = unique(flows.flatMap((f) => f.questions.flatMap((q) => (q.options ?? []).map((o) => o.label))));
const hostileKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const words = ['help', '?', 'back', 'cancel', 'restart', 'menu', 'start again', 'yes', 'no', 'Y', '1', '2', '0', '99', '-1', 'does this meet S.42?', 'remand', 'MAPPA', 'marac', 'schedule 1', ...optionLabels];

/** Objects whose own keys are `__proto__` and `constructor`, as JSON.parse makes them from a request body. */
const pollution = fc.constantFrom<Record<string, unknown>>(
  {},
  {},
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
);

const text = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...words) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.tuple(fc.nat({ max: 70_000 }), fc.constantFrom('x', 'é', '😀', '\u0000', '<at>Bot</at> ', '\u202e')).map(([n, c]) => c.repeat(n)) },
);
const idLike = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...questionIds, ...hostileKeys) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) });
const flowLike = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...flowIds, ...hostileKeys, 'no-such-flow') }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) });
const answer = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...optionValues) },
  { weight: 2, arbitrary: fc.constantFrom('2026-03-10', '2026-02-30', '1900-01-01', '9999-12-31', '2026-03-10T10:00', 'yesterday', '', ' ') },
  { weight: 2, arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...optionValues), { maxLength: 6 }).map((xs) => xs.join(',')) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const submit = fc
  .tuple(
    fc.record(
      { flow: flowLike, question: idLike, answer, answer_time: fc.oneof(fc.constantFrom('10:00', '25:61', '23:59'), fc.string({ maxLength: 8 })) },
      { requiredKeys: ['flow', 'question'] },
    ),
    pollution,
  )
  .map(([fields, hostile]) => ({ ...hostile, ...fields }));

const command = fc
  .tuple(
    fc.record(
      {
        command: fc.oneof(fc.constantFrom('start', 'restart', 'back', 'cancel', 'help', 'menu'), fc.string({ maxLength: 10 })),
        flow: flowLike,
        carry: fc.tuple(fc.dictionary(idLike, answer, { maxKeys: 5 }), pollution).map(([carry, hostile]) => ({ ...hostile, ...carry })),
      },
      { requiredKeys: ['command'] },
    ),
    pollution,
  )
  .map(([fields, hostile]) => ({ ...hostile, ...fields }));

/** Values nested deep (past the body's 64 levels, or just within) or wide (thousands of empty objects). */
const deepValue = fc.nat({ max: 200 }).map((depth) => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
});
const wideValue = fc.nat({ max: 6_000 }).map((n) => Array.from({ length: n }, () => ({})));

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: deepValue },
  { weight: 1, arbitrary: wideValue },
  { weight: 4, arbitrary: submit },
  { weight: 2, arbitrary: command },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3, key: fc.oneof(fc.constantFrom(...hostileKeys, 'command', 'flow', 'question', 'ask', 'answer'), fc.string({ maxLength: 8 })) }) },
);

/** Mentions botbuilder cannot read (no `mentioned`, or one without an id) and other entities of the wrong shape. */
const malformedEntity = fc.constantFrom<Record<string, unknown>>(
  { type: 'mention' },
  { type: 'mention', mentioned: 5, text: '<at>Bot</at>' },
  { type: 'mention', mentioned: null },
  { type: 'mention', mentioned: {} },
  { type: 'mention', mentioned: { id: 7 } },
  { type: 'clientInfo', locale: 5 },
);

/** Channel ids shaped like other keys, paths, prototypes or control characters. */
const oddChannelId = fc.oneof(
  fc.constantFrom('lock:emulator', 'ratelimit:x', 'audit', 'emulator/conversations/x', '../..', '%2F', '__proto__', 'constructor', 'emulator\u0000', ' ', 'x'.repeat(64), 'x'.repeat(65)),
  fc.string({ minLength: 1, maxLength: 70 }),
);

const account = fc.record({ id: fc.constantFrom('bot', 'other-user', 'someone'), name: fc.string({ maxLength: 20 }) }, { requiredKeys: ['id'] });

/** Ways an envelope can be wrong: each must get a 4xx, never a 5xx. */
const breakages: ((a: Record<string, unknown>) => void)[] = [
  (a) => delete a.from,
  (a) => (a.from = 7),
  (a) => (a.conversation = null),
  (a) => (a.serviceUrl = 'not a url'),
  (a) => (a.type = 12),
  (a) => delete a.recipient,
  (a) => (a.membersAdded = 'everyone'),
  (a) => (a.entities = [{ type: 7 }]),
  (a) => (a.channelId = ''),
  (a) => (a.serviceUrl = 'http://169.254.169.254/latest/meta-data/'),
];

const envelope = fc.record({
  type: fc.oneof(
    { weight: 10, arbitrary: fc.constant('message') },
    { weight: 2, arbitrary: fc.constantFrom('conversationUpdate', 'invoke', 'event', 'messageReaction', 'typing', 'installationUpdate', 'endOfConversation', 'messageUpdate') },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 10 }) },
  ),
  channelId: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('emulator', 'emulator', 'msteams', 'webchat') }, { weight: 1, arbitrary: oddChannelId }),
  text: fc.option(text, { nil: undefined }),
  value,
  conversationType: fc.constantFrom(undefined, 'personal', 'groupChat', 'channel', 'weird'),
  channelData: fc.oneof(fc.constant(undefined), fc.constantFrom({ tenant: { id: 'tenant-1' } }, { tenant: 'x' }, { tenant: { id: 5 } }), fc.jsonValue({ maxDepth: 2 })),
  entities: fc.option(fc.array(fc.oneof(fc.constant({ type: 'mention', mentioned: { id: 'bot', name: 'Bot' }, text: '<at>Bot</at>' }), malformedEntity, fc.record({ type: fc.string({ maxLength: 10 }) })), { maxLength: 3 }), { nil: undefined }),
  membersAdded: fc.option(fc.array(account, { maxLength: 3 }), { nil: undefined }),
  name: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  locale: fc.option(fc.constantFrom('en-GB', 'cy', '', 'xx-invalid'), { nil: undefined }),
  /** Replays the k-th most recent `ask` this user was sent, if any (an old card's button). */
  replay: fc.option(fc.nat({ max: 6 }), { nil: undefined }),
  breakage: fc.option(fc.nat({ max: breakages.length - 1 }), { freq: 12, nil: undefined }),
});

const rawBody = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '[]', 'null', '"message"', '{"type":', '{"type":"message"}', `${'['.repeat(20_000)}${']'.repeat(20_000)}`, '{"__proto__":{"polluted":"yes"},"type":"message"}'),
);

/** 4 MB of JSON that gzips to a few KB: inflated, it is far past the 256 KB limit. */
const GZIP_BOMB = gzipSync(Buffer.concat([Buffer.from('{"type":"message","text":"'), Buffer.alloc(4 * 1024 * 1024, 0x61), Buffer.from('"}')]));

/** Bodies that are not JSON, or not encoded as the server reads: each must be refused before it is read. */
const upload = fc.oneof(
  fc.tuple(fc.string({ maxLength: 40 }), fc.nat({ max: 64 * 1024 })).map(([name, size]) => {
    const boundary = 'fuzzboundary';
    return {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body: Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name.replace(/["\r\n]/g, '')}"\r\n\r\n`), Buffer.alloc(size, 0x62), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    };
  }),
  fc.string({ maxLength: 200 }).map((text) => ({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`type=message&text=${encodeURIComponent(text)}`) })),
  fc.constantFrom('text/plain', 'application/xml', 'application/octet-stream', 'application/jsonx', 'json').map((type) => ({ headers: { 'content-type': type }, body: Buffer.from('{"type":"message"}') })),
  fc.constant({ headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: GZIP_BOMB }),
  fc.constantFrom('br', 'compress', 'gzip, gzip', 'identity, gzip').map((encoding) => ({ headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body: gzipSync('{"type":"message"}') })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from(bytes)]) })),
);

type Envelope = typeof envelope extends fc.Arbitrary<infer T> ? T : never;
type Upload = typeof upload extends fc.Arbitrary<infer T> ? T : never;
type Encoding = 'none' | 'gzip' | 'deflate';
type Case = { user: number } & ({ kind: 'activity'; fields: Envelope; encoding: Encoding } | { kind: 'raw'; body: string } | { kind: 'upload'; upload: Upload });

const encoding = fc.oneof({ weight: 18, arbitrary: fc.constant<Encoding>('none') }, { weight: 1, arbitrary: fc.constant<Encoding>('gzip') }, { weight: 1, arbitrary: fc.constant<Encoding>('deflate') });

const testCase: fc.Arbitrary<Case> = fc.oneof(
  { weight: 19, arbitrary: fc.record({ user: fc.nat({ max: USERS - 1 }), kind: fc.constant('activity' as const), fields: envelope, encoding }) },
  { weight: 1, arbitrary: fc.record({ user: fc.nat({ max: USERS - 1 }), kind: fc.constant('raw' as const), body: rawBody }) },
  { weight: 1, arbitrary: fc.record({ user: fc.nat({ max: USERS - 1 }), kind: fc.constant('upload' as const), upload }) },
);

/** Anything that tells an attacker about the inside: a stack frame, a source path, an error class or a system error. */
const INTERNAL = /\bat [\w$.<>]+ \(|\(node:|node_modules|\/work\/|\.(ts|js):\d+|TypeError|ReferenceError|RangeError|ENOTFOUND|ECONNREFUSED|Cannot read prop|undefined is not/;

/** The request a case makes: its headers and body as sent. */
function requestOf(c: Case, asks: string[]): { headers: Record<string, string>; body: string | Buffer; shown: string } {
  const json = { 'content-type': 'application/json' };
  if (c.kind === 'upload') return { ...c.upload, shown: `${JSON.stringify(c.upload.headers)} ${c.upload.body.subarray(0, 200).toString()}` };
  const text = bodyOf(c, asks);
  if (c.kind === 'activity' && c.encoding === 'gzip') return { headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync(text), shown: `gzip ${text}` };
  if (c.kind === 'activity' && c.encoding === 'deflate') return { headers: { ...json, 'content-encoding': 'deflate' }, body: deflateSync(text), shown: `deflate ${text}` };
  return { headers: json, body: text, shown: text };
}

/** An upload refused before it is read may have its connection closed while it is still being sent: that
 * is status 0 here, and allowed for uploads only. */
async function send(base: string, request: { headers: Record<string, string>; body: string | Buffer }): Promise<Reply> {
  const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: request.headers, body: request.body }).catch(() => undefined);
  if (!res) return { status: 0, text: '', activities: [] };
  const text = await res.text();
  let activities: Record<string, unknown>[] = [];
  try {
    activities = (JSON.parse(text) as { activities?: Record<string, unknown>[] }).activities ?? [];
  } catch {
    // Not JSON: the status says what happened.
  }
  return { status: res.status, text, activities };
}

function bodyOf(c: Case, asks: string[]): string {
  if (c.kind === 'raw') return c.body;
  if (c.kind === 'upload') return '';
  const { replay, breakage, conversationType, value, ...fields } = c.fields;
  const replayed = replay !== undefined && asks.length > 0 ? asks[Math.max(0, asks.length - 1 - replay)] : undefined;
  const withAsk = value && typeof value === 'object' && 'question' in value ? { ...value, ask: replayed ?? 'not-an-ask' } : value;
  const built = activity({ ...fields, value: withAsk }, `fuzz-user-${c.user}`, `fuzz-conversation-${c.user}`);
  (built.conversation as Record<string, unknown>).conversationType = conversationType;
  if (breakage !== undefined) breakages[breakage](built);
  return JSON.stringify(built);
}

function asksIn(reply: Reply): string[] {
  return reply.activities.flatMap((a) => {
    const card = cardOf(a as never) as Card | undefined;
    return card ? submitsOf(card).flatMap((d) => (typeof d.ask === 'string' ? [d.ask] : [])) : [];
  });
}

describe('fuzzing the running server', () => {
  const logLines: string[] = [];
  const log = createLogger(
    'warn',
    new Writable({
      write(chunk, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    }),
  );
  let started: Started;
  beforeAll(async () => (started = await startApp({ RATE_LIMIT_PER_MINUTE: '100000' }, { log })));
  afterAll(async () => started.app.close());

  test(`${RUNS} generated activities and card submits: no 5xx, nothing internal in any reply, no failed turn, state still valid`, async () => {
    // eslint-disable-next-line no-console
    console.log(`fuzz seed ${SEED}: replay with FUZZ_SEED=${SEED} npx jest test/hardening/fuzz`);
    const generating = Date.now();
    const cases = fc.sample(testCase, { seed: SEED, numRuns: RUNS });
    // eslint-disable-next-line no-console
    console.log(`fuzz: ${RUNS} cases generated in ${Date.now() - generating} ms`);
    const byUser = Array.from({ length: USERS }, (_, u) => cases.map((c, i) => ({ c, i })).filter(({ c }) => c.user === u));
    const failures: string[] = [];
    const started_ = Date.now();

    await Promise.all(
      byUser.map(async (queue) => {
        const asks: string[] = [];
        for (const { c, i } of queue) {
          const request = requestOf(c, asks);
          const reply = await send(started.base, request);
          const problem =
            reply.status >= 500 || (reply.status === 0 && c.kind !== 'upload')
              ? `status ${reply.status}`
              : INTERNAL.test(reply.text)
                ? 'internal detail in the reply'
                : reply.activities.some((a) => a.text === messages.turnError)
                  ? 'a turn failed'
                  : undefined;
          if (problem && failures.length < 5) failures.push(`case ${i} (${problem}): ${request.shown.slice(0, 400)}\n  -> ${reply.status} ${reply.text.slice(0, 400)}`);
          asks.push(...asksIn(reply));
          asks.splice(0, Math.max(0, asks.length - 20));
        }
      }),
    );
    // eslint-disable-next-line no-console
    console.log(`fuzz: ${RUNS} requests in ${Date.now() - started_} ms`);

    expect(failures).toEqual([]);
    expect(logLines.filter((l) => /"level":(50|60)/.test(l)).map((l) => l.slice(0, 300))).toEqual([]);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect((await fetch(`${started.base}/healthz`)).status).toBe(200);

    // Every fuzzed user, whatever state their conversation was left in, can still run a check to its end.
    const outcomes = await Promise.all(byUser.map((_, u) => runFlow(started.base, 's42', s42Answers, {}, `fuzz-user-${u}`, `fuzz-conversation-${u}`)));
    for (const outcome of outcomes) expect(JSON.stringify(outcome.activities)).toContain('S.42 criteria indicated (DSO decides)');
  }, 180_000);
});
