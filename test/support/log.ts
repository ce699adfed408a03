import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../bot/log';

/** The bot's own logger (with its redaction), writing JSON lines the test can read. */
export function capturedLog(): { log: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return {
    log: createLogger('trace', stream),
    lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
