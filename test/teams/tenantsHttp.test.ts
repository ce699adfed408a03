import pino from 'pino';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';

const ALLOWED = '11111111-2222-3333-4444-555555555555';

/** ALLOWED_TENANT_IDS from the environment reaches the bot through createApp. */
describe('ALLOWED_TENANT_IDS on the running server', () => {
  let app: App;
  let base: string;
  beforeAll(async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ALLOWED_TENANT_IDS: `${ALLOWED}, 22222222-2222-2222-2222-222222222222` });
    app = createApp({ config, log: pino({ level: 'silent' }) });
    base = `http://127.0.0.1:${(await app.listen()).port}`;
  });
  afterAll(async () => app.close());

  const post = async (tenant: string) => {
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: `m-${tenant}`,
        text: 'menu',
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:1',
        deliveryMode: 'expectReplies',
        channelData: { tenant: { id: tenant } },
        conversation: { id: `c-${tenant}`, conversationType: 'personal' },
        from: { id: 'u' },
        recipient: { id: 'bot' },
      }),
    });
    const text = await res.text();
    return { status: res.status, activities: (text ? JSON.parse(text).activities : undefined) ?? [] };
  };

  test('a listed tenant gets replies; any other gets none', async () => {
    expect((await post(ALLOWED)).activities.length).toBeGreaterThan(0);
    const refused = await post('33333333-3333-3333-3333-333333333333');
    expect(refused.status).toBeLessThan(500);
    expect(refused.activities).toEqual([]);
  });
});
