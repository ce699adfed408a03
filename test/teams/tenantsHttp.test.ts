import { activity, post, startApp, type Started } from '../support/http';

const ALLOWED = '11111111-2222-3333-4444-555555555555';

/** ALLOWED_TENANT_IDS from the environment reaches the bot through createApp. */
describe('ALLOWED_TENANT_IDS on the running server', () => {
  let started: Started;
  beforeAll(async () => (started = await startApp({ ALLOWED_TENANT_IDS: `${ALLOWED}, 22222222-2222-2222-2222-222222222222` })));
  afterAll(async () => started.app.close());

  const fromTenant = (tenant: string) =>
    post(started.base, activity({ text: 'menu', channelId: 'msteams', channelData: { tenant: { id: tenant } }, conversation: { id: `c-${tenant}`, conversationType: 'personal' } }, 'u'));

  test('a listed tenant gets replies; any other gets none', async () => {
    const allowed = await fromTenant(ALLOWED);
    expect(allowed.status).toBe(200);
    expect(allowed.activities.length).toBeGreaterThan(0);
    const refused = await fromTenant('33333333-3333-3333-3333-333333333333');
    expect(refused.status).toBe(200);
    expect(refused.activities).toEqual([]);
  });
});
