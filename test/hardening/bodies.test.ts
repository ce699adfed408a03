import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BotProcess } from '../support/botProcess';
import { activity, post, startApp, type Started } from './support';

/** Sends a body with the given headers and reads the answer; a server that closes the connection without
 * reading everything may cut the upload short, which counts as refused. */
function send(base: string, path: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const req = request(`${base}${path}`, { method: 'POST', headers: { ...headers, 'content-length': String(body.length) } }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(body);
  });
}

function multipart(size: number): { headers: Record<string, string>; body: Buffer } {
  const boundary = '----hardening18';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: Buffer.concat([Buffer.from(head), Buffer.alloc(size, 0x61), Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

describe('uploads before authentication (production configuration, its own process)', () => {
  const privateTmp = mkdtempSync(join(tmpdir(), 'sda-bodies-'));
  let bot: BotProcess;
  // TMPDIR is the server's temp dir: whatever it writes there can be counted.
  beforeAll(async () => (bot = await BotProcess.start({ TMPDIR: privateTmp, WEBCHAT_ENABLED: 'true', MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-used' })), 60_000);
  afterAll(async () => {
    await bot.stop();
    rmSync(privateTmp, { recursive: true, force: true });
  });

  test('multipart uploads to /api/messages and the token endpoint get 415 and nothing is written to disk', async () => {
    // tsx, which runs the server, keeps its compile cache there: only what appears after startup counts.
    const atStart = readdirSync(privateTmp);
    const upload = multipart(20 * 1024 * 1024);
    for (const path of ['/api/messages', '/v3/directline/tokens/generate', '/api/messages', '/v3/directline/tokens/generate', '/api/messages']) {
      const res = await send(bot.url, path, upload.headers, upload.body);
      expect([415, 0]).toContain(res.status);
      expect(res.text).not.toMatch(/big\.bin|aaaa/);
    }
    expect(readdirSync(privateTmp)).toEqual(atStart);
    expect(bot.alive).toBe(true);
  });
});

describe('request bodies before authentication', () => {
  let started: Started;
  beforeAll(async () => (started = await startApp({ WEBCHAT_ENABLED: 'true', MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-used' })));
  afterAll(async () => started.app.close());

  test('urlencoded, plain text and unlabelled bodies get 415 with a fixed message', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'application/octet-stream', '']) {
      const res = await send(started.base, '/api/messages', type ? { 'content-type': type } : {}, Buffer.from('type=message&text=secret-marker'));
      expect(res.status).toBe(415);
      expect(res.text).not.toContain('secret-marker');
    }
  });

  test('requests without a body (the local page asks for its token so) are unaffected', async () => {
    const res = await fetch(`${started.base}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(res.status).toBe(200);
  });

  test('a gzip bomb is cut off at 256 KB decompressed (413), without the process holding what it would inflate to', async () => {
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"type":"message","text":"'), Buffer.alloc(100 * 1024 * 1024, 0x61), Buffer.from('"}')]));
    expect(bomb.length).toBeLessThan(256 * 1024);
    global.gc?.();
    const before = process.memoryUsage().rss;
    const answers = await Promise.all(Array.from({ length: 10 }, () => send(started.base, '/api/messages', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, bomb)));
    const grown = process.memoryUsage().rss - before;
    for (const res of answers) expect(res.status).toBe(413);
    // Ten bombs of 100 MB each; without the limit this grew by about 1 GB.
    expect(grown).toBeLessThan(100 * 1024 * 1024);
  });

  test('gzip within the limit is read; other content encodings get 415', async () => {
    const body = gzipSync(Buffer.from(JSON.stringify(activity({ text: 'help' }))));
    expect((await send(started.base, '/api/messages', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body)).status).toBe(401);
    expect((await send(started.base, '/api/messages', { 'content-type': 'application/json', 'content-encoding': 'br' }, body)).status).toBe(415);
  });
});

describe('errors are fixed, plain messages', () => {
  let started: Started;
  beforeAll(async () => (started = await startApp()));
  afterAll(async () => started.app.close());

  test('bad JSON does not echo the body', async () => {
    const reply = await post(started.base, '{"type":"message","text":"secret-marker-in-bad-json"');
    expect(reply.status).toBe(400);
    expect(reply.text).not.toContain('secret-marker');
    expect(JSON.parse(reply.text)).toEqual({ error: 'Bad request: the body is not valid JSON.' });
  });

  test('a body nested thousands deep gets 400 without a RangeError; so does a `from` nested 5,000 deep with expectReplies', async () => {
    const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
    const envelope = JSON.stringify(activity({ text: 'secret-marker' }));
    const bodies = [envelope.replace(/}$/, `,"value":${deep(10_000)}}`), envelope.replace('"from":{', `"from":{"nested":${deep(5_000)},`)];
    for (const body of bodies) {
      const reply = await post(started.base, body);
      expect(reply.status).toBe(400);
      expect(reply.text).not.toMatch(/RangeError|stack|Maximum/);
    }
  });

  test('an unknown path or method is answered without the path asked for', async () => {
    const res = await fetch(`${started.base}/secret-marker-path`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret-marker');
  });
});
