import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import pino from 'pino';
import { csvCell } from '../../bot/audit/auditCsv';
import { auditStreamKey, MemoryAuditLog, RedisAuditLog } from '../../bot/audit/auditLog';
import type { DecisionRecord } from '../../bot/audit/decisionRecord';
import { createRedisClient } from '../../bot/state/redisClient';
import { sharedRedisUrl } from '../support/redisServer';
import { activity, post, runFlow, s42Answers, startApp, type Started } from '../support/http';

const KEY = 'k'.repeat(40);
/** What s42-03 decides, typed from its scenario (test/scenarios/s42.ts) and the S.42 rules (R9: criteria met). */
const S42_03 = { outcome: 'S42_CRITERIA_INDICATED', rule: 'R9', flags: ['REPORT_TO_POLICE', 'CAPACITY_AND_ADVOCACY_CHECK'] };
const RULES_VERSION = /^s42-\d{4}\.\d+\.\d+$/;
const teams = (tenant: string) => ({ channelData: { tenant: { id: tenant } } });
const hmac = (userKey: string) => createHmac('sha256', KEY).update(userKey).digest('hex');

async function all(records: AsyncIterable<DecisionRecord>): Promise<DecisionRecord[]> {
  const out: DecisionRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

const sample = (i: number): DecisionRecord => ({
  time: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  flow: 's42',
  rulesVersion: 'v',
  outcome: `o${i}`,
  rule: 'r',
  flags: [],
  answers: { q: 'yes' },
  tenant: '',
  user: '',
});

describe('decision records with in-memory state', () => {
  const now = new Date('2026-03-10T11:30:00Z');
  let started: Started;
  beforeAll(async () => (started = await startApp({ AUDIT_HMAC_KEY: KEY }, { clock: () => now })));
  afterAll(async () => started.app.close());

  test('each completed decision is recorded: time, flow, rules version, answers as option values, outcome, flags, tenant, HMAC of the user id', async () => {
    await runFlow(started.base, 's42', s42Answers, { ...teams('tenant-a'), from: { id: 'audit-user', name: 'Audit Person' } }, 'audit-user');
    const records = await all(started.app.audit.between(new Date(0)));
    expect(records).toHaveLength(1);
    expect(records[0]).toEqual({
      time: '2026-03-10T11:30:00.000Z',
      flow: 's42',
      rulesVersion: expect.stringMatching(RULES_VERSION),
      outcome: S42_03.outcome,
      rule: S42_03.rule,
      flags: S42_03.flags,
      answers: s42Answers,
      tenant: 'tenant-a',
      user: hmac('emulator:audit-user'),
    });
    expect(JSON.stringify(records)).not.toMatch(/audit-user|Audit Person/);
  });

  test('an unfinished or cancelled check leaves no record', async () => {
    const before = (await all(started.app.audit.between(new Date(0)))).length;
    await post(started.base, activity({ value: { command: 'start', flow: 's42' } }, 'quitter', 'conversation-q'));
    await post(started.base, activity({ text: 'no' }, 'quitter', 'conversation-q'));
    await post(started.base, activity({ text: 'cancel' }, 'quitter', 'conversation-q'));
    expect(await all(started.app.audit.between(new Date(0)))).toHaveLength(before);
  });

  test('the in-memory list keeps only the latest AUDIT_STREAM_MAXLEN records', async () => {
    const log = new MemoryAuditLog(3);
    for (let i = 0; i < 5; i++) await log.append(sample(i));
    expect((await all(log.between(new Date(0)))).map((r) => r.outcome)).toEqual(['o2', 'o3', 'o4']);
  });
});

describe('decision records in Redis', () => {
  const prefix = `audit-test-${process.pid}-${Date.now()}:`;
  const log = pino({ level: 'silent' });
  let redis: Redis;
  let started: Started;
  beforeAll(async () => {
    redis = createRedisClient(sharedRedisUrl(), log);
    started = await startApp({ AUDIT_HMAC_KEY: KEY, REDIS_KEY_PREFIX: prefix }, { redis });
  });
  afterAll(async () => {
    await started.app.close();
    await redis.quit();
  });

  const exportCsv = (...args: string[]) =>
    spawnSync(process.execPath, [join(__dirname, '../../node_modules/tsx/dist/cli.mjs'), join(__dirname, '../../scripts/auditExport.ts'), ...args], {
      env: { PATH: process.env.PATH, REDIS_URL: sharedRedisUrl(), REDIS_KEY_PREFIX: prefix },
      encoding: 'utf8',
      timeout: 30_000,
    });

  test('a completed decision is appended to the stream, and audit:export writes it as CSV', async () => {
    await runFlow(started.base, 's42', s42Answers, teams('tenant-b'), 'stream-user');
    const entries = await redis.xrange(auditStreamKey(prefix), '-', '+');
    expect(entries).toHaveLength(1);
    const fields = Object.fromEntries(entries[0][1].flatMap((v, i, a) => (i % 2 === 0 ? [[v, a[i + 1]]] : [])));
    expect(fields).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      flow: 's42',
      rulesVersion: expect.stringMatching(RULES_VERSION),
      outcome: S42_03.outcome,
      rule: S42_03.rule,
      flags: JSON.stringify(S42_03.flags),
      answers: JSON.stringify(s42Answers),
      tenant: 'tenant-b',
      user: hmac('emulator:stream-user'),
    });

    const today = new Date().toISOString().slice(0, 10);
    const result = exportCsv('--since', today);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('time,flow,rules_version,outcome,rule,flags,answers,tenant,user_hmac');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',s42,');
    expect(lines[1]).toContain('"{""immediate_danger"":""no""');
    expect(lines[1]).toContain(`,tenant-b,${hmac('emulator:stream-user')}`);

    expect(exportCsv('--since', '2999-01-01').stdout.trim().split('\n')).toHaveLength(1);
  });

  test('audit:export refuses bad arguments with the problems and exit code 2', () => {
    const cases: [string[], RegExp][] = [
      [[], /--since: /],
      [['--since', 'yesterday'], /--since: must be a date/],
      [['--since', '2026-02-30'], /--since: is not a real date/],
      [['--since', '2026-01-01', '--format', 'xml'], /format/],
    ];
    for (const [args, problem] of cases) {
      const result = exportCsv(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(problem);
      expect(result.stderr).toMatch(/Usage: npm run --silent audit:export/);
      expect(result.stdout).toBe('');
    }
  });

  test('the stream is capped at about AUDIT_STREAM_MAXLEN entries (MAXLEN ~), never fewer', async () => {
    const key = `${prefix}capped`;
    const capped = new RedisAuditLog(redis, key, 100);
    for (let i = 0; i < 1000; i++) await capped.append(sample(i % 50));
    const length = await redis.xlen(key);
    expect(length).toBeGreaterThanOrEqual(100);
    expect(length).toBeLessThan(300);
  });
});

describe('CSV cells', () => {
  test('quote commas, quotes and line breaks, and defuse anything a spreadsheet would run as a formula', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1`)).toBe(`'${start}1`);
  });
});
