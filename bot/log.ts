import pino, { type Logger } from 'pino';

/** Structured JSON logs. Callers log ids and option values only: never message text, card values or names. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'safeguarding-decision-assistant' },
      redact: { paths: ['text', 'value', '*.text', '*.value', 'activity', 'from.name', 'recipient.name'], remove: true },
    },
    destination,
  );
}

export type { Logger };
