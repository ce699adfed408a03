import { Writable } from 'node:stream';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { createApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import { messages } from '../../dialogs';

/** A storage that fails its first reads, as a broken dependency would. */
class FailingStorage extends MemoryStorage {
  failures = 1;
  override async read(keys: string[]): Promise<StoreItems> {
    if (this.failures-- > 0) throw new Error('disk on fire');
    return super.read(keys);
  }
}

test('a failed turn apologises in plain words, logs no message text, and the next turn works', async () => {
  const lines: string[] = [];
  const log = createLogger('info', new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
  const storage = new FailingStorage();
  const app = createApp({ config: loadConfig({ PORT: '0', HOST: '127.0.0.1' }), log, storage });
  const { port } = await app.listen();
  const post = (text: string) =>
    fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: 'x', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', deliveryMode: 'expectReplies',
        conversation: { id: 'broken' }, from: { id: 'u' }, recipient: { id: 'bot' }, text,
      }),
    }).then((r) => r.json() as Promise<{ activities: { text?: string; summary?: string }[] }>);
  try {
    const failed = await post('MARKER-secret-words s42');
    expect(failed.activities.map((a) => a.summary ?? a.text)).toContain(messages.turnError);
    expect(lines.join('')).toContain('turn failed');
    expect(lines.join('')).not.toContain('MARKER-secret-words');
    const next = await post('s42');
    expect(JSON.stringify(next.activities)).toContain('Question 1 of at most 8');
  } finally {
    await app.close();
  }
});
