import { MemoryStorage, type Activity, type StoreItems } from 'botbuilder';
import { StorageUnavailableError } from '../../bot/state/storageErrors';
import { cardOf, cardTexts, Conversation, submitsOf, type Card } from '../support/conversation';
import { BOT } from './support';

const GREETING = 'Hello. I help you check what the safeguarding procedures say. What do you need to check?';

/** The welcome is the menu with the greeting: a button for each check, in the menu's order, and help. */
function expectWelcomeMenu(card: Card | undefined): void {
  expect(card).toBeDefined();
  const texts = cardTexts(card!);
  expect(texts).toContain(GREETING);
  expect(texts).toContain('Does this meet S.42?');
  expect(submitsOf(card!)).toEqual([
    { command: 'start', flow: 's42' },
    { command: 'start', flow: 'marac' },
    { command: 'start', flow: 'rtc' },
    { command: 'start', flow: 'remand' },
    { command: 'start', flow: 'mappa' },
    { command: 'help' },
  ]);
}

const added = (...ids: string[]): Partial<Activity> => ({ type: 'conversationUpdate', recipient: BOT, membersAdded: ids.map((id) => ({ id, name: '' })) });

describe('welcome on install', () => {
  test('Teams installs the app in a personal chat: the welcome card comes once, however often Teams reports it', async () => {
    const chat = new Conversation({ channelId: 'msteams' });
    const first = await chat.send(added(BOT.id));
    expect(first).toHaveLength(1);
    expectWelcomeMenu(cardOf(first[0]));
    expect(first[0].summary).toMatch(/help/);
    expect(first[0].text).toBeUndefined();

    expect(await chat.send(added(BOT.id))).toEqual([]);
    expect(await chat.send(added('user-1'))).toEqual([]);
  });

  test('a client that reports the user and the bot joining separately also gets one welcome', async () => {
    const chat = new Conversation();
    expect(await chat.send(added('user-1'))).toHaveLength(1);
    expect(await chat.send(added(BOT.id))).toEqual([]);
  });

  test('with the storage unreachable the welcome still comes, and no error card', async () => {
    class Unreachable extends MemoryStorage {
      override async read(): Promise<StoreItems> {
        throw new StorageUnavailableError(new Error('connection refused'));
      }
    }
    const chat = new Conversation({ storage: new Unreachable() });
    const replies = await chat.send(added(BOT.id));
    expect(replies).toHaveLength(1);
    expectWelcomeMenu(cardOf(replies[0]));
  });

  test('each personal chat gets its own welcome', async () => {
    const storage = new MemoryStorage();
    const one = new Conversation({ storage, conversationId: 'a:personal-1' });
    const two = new Conversation({ storage, conversationId: 'a:personal-2' });
    expect(await one.send(added(BOT.id))).toHaveLength(1);
    expect(await two.send(added(BOT.id))).toHaveLength(1);
    expect(await one.send(added(BOT.id))).toEqual([]);
  });

  test.each(['groupChat', 'channel'] as const)('in a %s: one short note when the bot is added, nothing when people join', async (conversationType) => {
    const chat = new Conversation({ conversationType, channelId: 'msteams' });
    expect(await chat.send(added('user-2'))).toEqual([]);
    const note = await chat.send(added(BOT.id, 'user-3'));
    expect(note).toHaveLength(1);
    expect(note[0].text).toContain(`Mention @${BOT.name}`);
    expect(cardOf(note[0])).toBeUndefined();
    expect(await chat.send(added(BOT.id))).toEqual([]);
  });
});
