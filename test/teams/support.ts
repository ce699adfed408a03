import type { Activity } from 'botbuilder';
import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

export const BOT = { id: 'bot', name: 'Safeguarding Assistant' };

/** A message as Teams sends it in a group chat or channel: the bot's @mention in the text and as an entity. */
export function mentioning(text: string, where: 'start' | 'end' = 'start'): Partial<Activity> {
  const tag = `<at>${BOT.name}</at>`;
  return {
    type: 'message',
    text: where === 'start' ? `${tag} ${text}` : `${text} ${tag}`,
    recipient: BOT,
    entities: [{ type: 'mention', text: tag, mentioned: BOT }],
  };
}

/** A logger whose JSON lines the test can read. */
export function capturedLog(): { log: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return {
    log: pino({ level: 'info' }, stream),
    lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
