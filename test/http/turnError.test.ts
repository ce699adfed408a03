import { MemoryStorage, type StoreItems } from 'botbuilder';
import { messages } from '../../dialogs';
import { activity, post, startApp } from '../support/http';
import { capturedLog } from '../support/log';

/** A storage that fails its first reads, as a broken dependency would. */
class FailingStorage extends MemoryStorage {
  failures = 1;
  override async read(keys: string[]): Promise<StoreItems> {
    if (this.failures-- > 0) throw new Error('disk on fire');
    return super.read(keys);
  }
}

test('a failed turn apologises in plain words, logs no message text, and the next turn works', async () => {
  const { log, lines } = capturedLog();
  const storage = new FailingStorage();
  const { app, base } = await startApp({}, { log, storage });
  const send = (text: string) => post(base, activity({ text }, 'u', 'broken'));
  try {
    const failed = await send('MARKER-secret-words s42');
    expect(failed.activities.map((a) => a.summary ?? a.text)).toContain(messages.turnError);
    expect(lines().map((l) => l.msg)).toContain('turn failed');
    expect(JSON.stringify(lines())).not.toContain('MARKER-secret-words');
    const next = await send('s42');
    expect(JSON.stringify(next.activities)).toContain('Question 1 of at most 8');
  } finally {
    await app.close();
  }
});
