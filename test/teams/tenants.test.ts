import { MemoryStorage, type Activity } from 'botbuilder';
import { Conversation } from '../support/conversation';
import { capturedLog } from '../support/log';
import { BOT } from './support';
import { stateKeyOf } from '../../bot/state/dialogState';

const ALLOWED = '11111111-2222-3333-4444-555555555555';
const OTHER = '99999999-8888-7777-6666-555555555555';
const SECRET = 'Jane Example born 01/02/2003';

describe('ALLOWED_TENANT_IDS', () => {
  test('a message from another tenant is refused before any processing and logged without its content', async () => {
    const storage = new MemoryStorage();
    const { log, lines } = capturedLog();
    const chat = new Conversation({ channelId: 'msteams', tenantId: OTHER, allowedTenantIds: [ALLOWED], storage, log });

    expect(await chat.send(`does this meet s42? ${SECRET}`)).toEqual([]);
    expect(await chat.send({ command: 'start', flow: 's42' })).toEqual([]);
    expect(await storage.read([stateKeyOf({ channelId: 'msteams', conversationId: 'conversation-1' })])).toEqual({});

    const refused = lines().filter((l) => l.msg === 'activity refused: tenant not allowed');
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatchObject({ tenantId: OTHER, channelId: 'msteams', activityType: 'message' });
    expect(JSON.stringify(lines())).not.toMatch(/Jane|2003|s42|start/);
  });

  test('an install from another tenant gets no welcome and is not remembered', async () => {
    const storage = new MemoryStorage();
    const refused = new Conversation({ channelId: 'msteams', tenantId: OTHER, allowedTenantIds: [ALLOWED], storage });
    const install: Partial<Activity> = { type: 'conversationUpdate', recipient: BOT, membersAdded: [{ id: BOT.id, name: '' }] };
    expect(await refused.send(install)).toEqual([]);

    const allowed = new Conversation({ channelId: 'msteams', tenantId: ALLOWED, allowedTenantIds: [ALLOWED], storage });
    expect(await allowed.send(install)).toHaveLength(1);
  });

  test('with a list set, an activity that names no tenant is refused', async () => {
    const chat = new Conversation({ allowedTenantIds: [ALLOWED] });
    expect(await chat.send('menu')).toEqual([]);
  });

  test('a listed tenant is served, whether Teams gives it in channelData or the conversation carries it', async () => {
    const teams = new Conversation({ channelId: 'msteams', tenantId: ALLOWED.toUpperCase(), allowedTenantIds: [ALLOWED, OTHER] });
    expect((await teams.send('menu')).length).toBeGreaterThan(0);

    const other = new Conversation({ allowedTenantIds: [ALLOWED] });
    const replies = await other.send({ type: 'message', text: 'menu', conversation: { id: 'c-2', tenantId: ALLOWED, isGroup: false, conversationType: 'personal', name: '' } });
    expect(replies.length).toBeGreaterThan(0);
  });

  test('with no list every tenant is served', async () => {
    const chat = new Conversation({ channelId: 'msteams', tenantId: OTHER });
    expect((await chat.send('menu')).length).toBeGreaterThan(0);
  });
});
