import { createServer, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { isLoopbackHost, loadConfig, startupWarnings } from '../../bot/config';
import { createLogger, restifyLogger, routeConsoleToLog } from '../../bot/log';
import { activity, post, startApp, type Started } from './support';

function capturedLog(level = 'info') {
  const lines: string[] = [];
  const log = createLogger(
    level,
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  );
  return { log, lines };
}

describe('without an app id: this machine only', () => {
  let started: Started;
  let listener: Server;
  let received: string[];
  let listenerPort: number;
  beforeAll(async () => {
    received = [];
    listener = createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"1"}');
    });
    await new Promise<void>((resolve) => listener.listen(0, '0.0.0.0', resolve));
    listenerPort = (listener.address() as { port: number }).port;
    started = await startApp();
  });
  afterAll(async () => {
    listener.closeAllConnections();
    await new Promise((resolve) => listener.close(resolve));
    await started.app.close();
  });

  test('HOST defaults to 127.0.0.1 without an app id, to all interfaces with one', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'x' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });

  test('replies are never posted to a caller-chosen serviceUrl off this machine: the listener receives nothing', async () => {
    for (const serviceUrl of [`http://0.0.0.0:${listenerPort}/steal?x=1`, `http://[::ffff:127.0.0.1]:${listenerPort}/`, `http://127.0.0.1.nip.io:${listenerPort}/`]) {
      const reply = await post(started.base, activity({ text: 'help', serviceUrl, deliveryMode: undefined }));
      expect(reply.status).toBe(400);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toEqual([]);
  });

  test('a loopback serviceUrl still gets its replies (the Emulator, the local client)', async () => {
    const reply = await post(started.base, activity({ text: 'help', serviceUrl: `http://127.0.0.1:${listenerPort}`, deliveryMode: undefined }));
    expect(reply.status).toBe(200);
    expect(received.length).toBeGreaterThan(0);
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '10.0.0.1', 'example.org', '127.0.0.1.nip.io', 'localhost.example.org'].some(isLoopbackHost)).toBe(false);
  });

  test('startup warns when HOST opens the unauthenticated bot to the network, and when ALLOWED_TENANT_IDS is set without an app id', () => {
    expect(startupWarnings(loadConfig({}))).toEqual([]);
    expect(startupWarnings(loadConfig({ HOST: '0.0.0.0' })).join('\n')).toMatch(/HOST is 0\.0\.0\.0 without MicrosoftAppId/);
    expect(startupWarnings(loadConfig({ ALLOWED_TENANT_IDS: 'tenant-a' })).join('\n')).toMatch(/ALLOWED_TENANT_IDS is set without MicrosoftAppId/);
    const withAppId = { MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'x' };
    expect(startupWarnings(loadConfig({ ...withAppId, ALLOWED_TENANT_IDS: 'tenant-a' }))).toEqual([]);
  });
});

describe('logs: restify and the console go through the redacting logger', () => {
  const MARKER = 'Jane-Marker-Doe';
  const AUTH = 'Bearer secret-token-marker';

  test("restify's request logging carries no headers, body or text, and follows LOG_LEVEL", () => {
    const { log, lines } = capturedLog('warn');
    const req = { method: 'POST', url: `/api/messages?name=${MARKER}`, headers: { authorization: AUTH }, body: { text: MARKER, from: { name: MARKER } } };
    const http = restifyLogger(log);
    http.warn({ req, err: Object.assign(new Error('formatter failed'), { body: req.body }) }, 'error retrieving formatter');
    http.info({ req }, 'below the level');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('formatter failed');
    expect(lines[0]).not.toContain(MARKER);
    expect(lines[0]).not.toContain('secret-token-marker');
  });

  test("what the Bot Framework connector writes to console.error reaches the log without the activity", () => {
    const { log, lines } = capturedLog();
    const saved = { error: console.error, warn: console.warn };
    try {
      routeConsoleToLog(log);
      console.error({ type: 'message', text: MARKER, from: { name: MARKER }, headers: { authorization: AUTH } });
      console.error(new Error('jwt failed'));
      console.warn('BadRequest: Missing activity or activity type.');
    } finally {
      Object.assign(console, saved);
    }
    expect(lines).toHaveLength(3);
    expect(lines.join('')).not.toContain(MARKER);
    expect(lines.join('')).not.toContain('secret-token-marker');
    expect(lines[1]).toContain('jwt failed');
    expect(lines[2]).toContain('Missing activity');
  });

  test('the attack: `from` nested 5,000 deep with expectReplies, a name and an Authorization header, leaves none of them in the log', async () => {
    const { log, lines } = capturedLog('trace');
    const started = await startApp({}, { log });
    try {
      const envelope = JSON.stringify(activity({ text: MARKER }));
      const body = envelope.replace('"from":{', `"from":{"name":"${MARKER}","nested":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)},`);
      const res = await fetch(`${started.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: AUTH }, body });
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain(MARKER);
    } finally {
      await started.app.close();
    }
    expect(lines.join('')).not.toContain(MARKER);
    expect(lines.join('')).not.toContain('secret-token-marker');
  });
});
