import { AutoSaveStateMiddleware, ConversationState, MessageFactory, TestAdapter, type Storage } from 'botbuilder';
import { Dialog, DialogSet, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { RedisStorage } from '../../bot/state/redisStorage';
import { eventually } from '../support/deferred';
import { RedisMonitor } from '../support/redisMonitor';
import { sharedRedisUrl } from '../support/redisServer';

/** The cases of botbuilder-core's storage conformance tests (storageBaseTests), against a real Redis. */
let redis: Redis;
let prefix: string;
let storage: RedisStorage;

beforeAll(() => {
  redis = new Redis(sharedRedisUrl());
});
afterAll(async () => {
  await redis.quit();
});
beforeEach(() => {
  prefix = `test:${randomUUID()}:`;
  storage = new RedisStorage(redis, { prefix, ttlSeconds: 600 });
});

describe('RedisStorage: the botbuilder storage conformance cases', () => {
  test('reading an unknown key returns no items', async () => {
    expect(await storage.read(['unknown'])).toEqual({});
  });

  test('null keys are refused when reading', async () => {
    await expect(storage.read(null as unknown as string[])).rejects.toThrow(new ReferenceError('Keys are required when reading.'));
  });

  test('null changes are refused when writing', async () => {
    await expect(storage.write(null as unknown as Record<string, unknown>)).rejects.toThrow(new ReferenceError('Changes are required when writing.'));
  });

  test('writing no items succeeds', async () => {
    await expect(storage.write({})).resolves.toBeUndefined();
    await expect(storage.write([] as unknown as Record<string, unknown>)).resolves.toBeUndefined();
  });

  test('created items read back with an eTag', async () => {
    await storage.write({ createPoco: { id: 1 }, createPocoStoreItem: { id: 2 } });
    const items = await storage.read(['createPoco', 'createPocoStoreItem']);
    expect(items.createPoco.id).toBe(1);
    expect(items.createPocoStoreItem.id).toBe(2);
    expect(typeof items.createPoco.eTag).toBe('string');
    expect(typeof items.createPocoStoreItem.eTag).toBe('string');
  });

  test('odd keys are stored as they are', async () => {
    const key = '!@#$%^&*()~/\\><,.?\';"`~ \u00e9\u{1F600}';
    await storage.write({ [key]: { id: 1 } });
    const items = await storage.read([key]);
    expect(items[key].id).toBe(1);
    expect(await redis.exists(`${prefix}${key}`)).toBe(1);
  });

  test('updates: a matching eTag writes, a stale eTag is refused with botbuilder\'s message, no eTag or * always writes', async () => {
    await storage.write({ pocoItem: { id: 1, count: 1 }, pocoStoreItem: { id: 1, count: 1 } });
    const loaded = await storage.read(['pocoItem', 'pocoStoreItem']);
    const pocoItem = loaded.pocoItem;
    delete pocoItem.eTag;
    const pocoStoreItem = loaded.pocoStoreItem;
    const firstETag = pocoStoreItem.eTag;

    pocoItem.count++;
    pocoStoreItem.count++;
    await storage.write(loaded);
    const reloaded = await storage.read(['pocoItem', 'pocoStoreItem']);
    expect(typeof reloaded.pocoItem.eTag).toBe('string');
    expect(reloaded.pocoStoreItem.eTag).not.toBe(firstETag);
    expect(reloaded.pocoItem.count).toBe(2);
    expect(reloaded.pocoStoreItem.count).toBe(2);

    pocoItem.count = 123;
    await expect(storage.write({ pocoItem })).resolves.toBeUndefined();

    pocoStoreItem.count = 123;
    await expect(storage.write({ pocoStoreItem })).rejects.toThrow('Storage: error writing "pocoStoreItem" due to eTag conflict.');

    const afterConflict = await storage.read(['pocoItem', 'pocoStoreItem']);
    expect(afterConflict.pocoItem.count).toBe(123);
    expect(afterConflict.pocoStoreItem.count).toBe(2);

    afterConflict.pocoItem.count = 100;
    afterConflict.pocoStoreItem.count = 100;
    afterConflict.pocoStoreItem.eTag = '*';
    delete afterConflict.pocoItem.eTag;
    await storage.write(afterConflict);
    const final = await storage.read(['pocoItem', 'pocoStoreItem']);
    expect(final.pocoItem.count).toBe(100);
    expect(final.pocoStoreItem.count).toBe(100);
  });

  test('a batch with one stale item writes none of it', async () => {
    await storage.write({ a: { n: 1 }, b: { n: 1 } });
    const { a, b } = await storage.read(['a', 'b']);
    await storage.write({ b: { ...b, n: 2 } });
    await expect(storage.write({ a: { ...a, n: 9 }, b: { ...b, n: 9 } })).rejects.toThrow('Storage: error writing "b" due to eTag conflict.');
    const after = await storage.read(['a', 'b']);
    expect([after.a.n, after.b.n]).toEqual([1, 2]);
  });

  test('deleted items are gone', async () => {
    await storage.write({ delete1: { id: 1, count: 1 } });
    const items = await storage.read(['delete1']);
    expect(typeof items.delete1.eTag).toBe('string');
    expect(items.delete1.count).toBe(1);
    await storage.delete(['delete1']);
    expect((await storage.read(['delete1'])).delete1).toBeUndefined();
  });

  test('deleting an unknown key succeeds', async () => {
    await expect(storage.delete(['unknown_key'])).resolves.toBeUndefined();
  });

  test('batch write, read and delete', async () => {
    await storage.write({ batch1: { count: 10 }, batch2: { count: 20 }, batch3: { count: 30 } });
    const items = await storage.read(['batch1', 'batch2', 'batch3']);
    expect([items.batch1.count, items.batch2.count, items.batch3.count]).toEqual([10, 20, 30]);
    for (const item of Object.values(items)) expect(typeof (item as { eTag?: unknown }).eTag).toBe('string');
    await storage.delete(['batch1', 'batch2', 'batch3']);
    expect(await storage.read(['batch1', 'batch2', 'batch3'])).toEqual({});
  });

  test('a waterfall with a retrying prompt proceeds through the store', async () => {
    await proceedsThroughWaterfall(storage);
  });
});

describe('RedisStorage: Redis specifics', () => {
  test('values are JSON under the prefix, and keep JSON types exactly', async () => {
    const value = { list: [], empty: {}, nested: { a: [1, 'two', null, true] }, text: 'line\nbreak "quoted"' };
    await storage.write({ item: value });
    const raw = await redis.get(`${prefix}item`);
    const stored = JSON.parse(raw!);
    const { eTag, ...rest } = stored;
    expect(rest).toEqual(value);
    expect(typeof eTag).toBe('string');
    expect((await storage.read(['item'])).item).toEqual({ ...value, eTag });
  });

  test('every write sets the TTL again', async () => {
    const short = new RedisStorage(redis, { prefix, ttlSeconds: 100 });
    await short.write({ item: { n: 1 } });
    await redis.expire(`${prefix}item`, 5);
    await short.write({ item: { n: 2 } });
    const ttl = await redis.ttl(`${prefix}item`);
    expect(ttl).toBeGreaterThan(90);
    expect(ttl).toBeLessThanOrEqual(100);
  });

  test('the TTL can depend on the key', async () => {
    const perKey = new RedisStorage(redis, { prefix, ttlSeconds: (key) => (key.endsWith('/long') ? 500 : 50) });
    await perKey.write({ 'x/long': {}, 'x/short': {} });
    const long = await redis.ttl(`${prefix}x/long`);
    const short = await redis.ttl(`${prefix}x/short`);
    expect(long).toBeGreaterThan(490);
    expect(long).toBeLessThanOrEqual(500);
    // -1 (no TTL) or -2 (no key) must fail here too.
    expect(short).toBeGreaterThan(40);
    expect(short).toBeLessThanOrEqual(50);
  });

  test('items expire after their TTL', async () => {
    const brief = new RedisStorage(redis, { prefix, ttlSeconds: 1 });
    await brief.write({ item: { n: 1 } });
    expect(await brief.read(['item'])).toEqual({ item: expect.objectContaining({ n: 1 }) });
    await eventually(async () => (await redis.exists(`${prefix}item`)) === 0, 5_000, 'the item never expired');
    expect(await brief.read(['item'])).toEqual({});
  });

  test('a batch read is one MGET', async () => {
    await storage.write({ k1: { n: 1 }, k2: { n: 2 } });
    const monitor = await RedisMonitor.start(sharedRedisUrl());
    await storage.read(['k1', 'k2', 'missing']);
    await monitor.settled();
    await monitor.stop();
    const commands = monitor.commands.filter((args) => args.some((a) => a.startsWith(prefix))).map((args) => args[0].toLowerCase());
    expect(commands).toEqual(['mget']);
  });

  test('keys of other prefixes are untouched', async () => {
    const other = new RedisStorage(redis, { prefix: `${prefix}other:`, ttlSeconds: 600 });
    await storage.write({ same: { who: 'first' } });
    await other.write({ same: { who: 'second' } });
    expect((await storage.read(['same'])).same.who).toBe('first');
    await other.delete(['same']);
    expect((await storage.read(['same'])).same.who).toBe('first');
  });
});

async function proceedsThroughWaterfall(store: Storage): Promise<void> {
  const convoState = new ConversationState(store);
  const dialogs = new DialogSet(convoState.createProperty('dialogState'));
  const adapter = new TestAdapter(async (turnContext) => {
    const dc = await dialogs.createContext(turnContext);
    await dc.continueDialog();
    if (!turnContext.responded) await dc.beginDialog('waterfallDialog');
  }).use(new AutoSaveStateMiddleware(convoState));

  dialogs.add(
    new TextPrompt('textPrompt', async (prompt) => {
      if (prompt.recognized.value!.length > 3) {
        await prompt.context.sendActivity(MessageFactory.text(`You got it at the ${prompt.attemptCount}th try!`));
        return true;
      }
      await prompt.context.sendActivity(MessageFactory.text(`Please send a name that is longer than 3 characters. ${prompt.attemptCount}`));
      return false;
    }),
  );
  const stepIndexIsNumber = (step: WaterfallStepContext) => expect(typeof step.activeDialog!.state.stepIndex).toBe('number');
  dialogs.add(
    new WaterfallDialog('waterfallDialog', [
      async (step) => {
        stepIndexIsNumber(step);
        await step.context.sendActivity('step1');
        return Dialog.EndOfTurn;
      },
      async (step) => {
        stepIndexIsNumber(step);
        return step.prompt('textPrompt', { prompt: MessageFactory.text('Please type your name.') });
      },
      async (step) => {
        stepIndexIsNumber(step);
        await step.context.sendActivity('step3');
        return Dialog.EndOfTurn;
      },
    ]),
  );

  await adapter
    .send('hello')
    .assertReply('step1')
    .send('hello')
    .assertReply('Please type your name.')
    .send('hi')
    .assertReply('Please send a name that is longer than 3 characters. 1')
    .send('hi')
    .assertReply('Please send a name that is longer than 3 characters. 2')
    .send('hi')
    .assertReply('Please send a name that is longer than 3 characters. 3')
    .send('Kyle')
    .assertReply('You got it at the 4th try!')
    .assertReply('step3')
    .startTest();
}
