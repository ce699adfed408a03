import { format } from 'node:util';
import pino, { type Logger } from 'pino';

/** Keys that may hold what a user typed, a name, a request or its headers: removed from every log line. */
const REDACTED = ['text', 'value', '*.text', '*.value', 'activity', 'from.name', 'recipient.name', 'body', '*.body', 'headers', '*.headers', 'authorization', '*.authorization'];

/** Structured JSON logs. Callers log ids and option values only: never message text, card values or names. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'safeguarding-decision-assistant' },
      redact: { paths: REDACTED, remove: true },
    },
    destination,
  );
}

const errorShape = (err: unknown) => (err instanceof Error ? { name: err.name, message: err.message } : { type: typeof err });

/** The logger restify is given in place of its own (which printed whole requests, headers and bodies, on a
 * formatter error, whatever LOG_LEVEL said): requests appear by method only, errors by name and message. */
export function restifyLogger(log: Logger): Logger {
  return log.child(
    { component: 'http' },
    {
      serializers: {
        req: (req: { method?: string }) => ({ method: req?.method }),
        res: (res: { statusCode?: number }) => ({ statusCode: res?.statusCode }),
        err: errorShape,
      },
    },
  );
}

/** Longest piece of a library's console message kept in the log. */
const CONSOLE_TEXT_LIMIT = 200;

/** What a library writes to the console (the Bot Framework connector calls console.error with whole errors,
 * and console.warn) goes to the log instead: errors by name and message, text cut short, objects by type
 * only, since they may be activities. */
export function routeConsoleToLog(log: Logger): void {
  const describe = (args: unknown[]) => ({
    errors: args.filter((a) => a instanceof Error).map(errorShape),
    detail: format(...args.filter((a) => typeof a === 'string' || typeof a === 'number')).slice(0, CONSOLE_TEXT_LIMIT),
    objects: args.filter((a) => a !== null && typeof a === 'object' && !(a instanceof Error)).length,
  });
  console.error = (...args: unknown[]) => log.error(describe(args), 'a library reported an error');
  console.warn = (...args: unknown[]) => log.warn(describe(args), 'a library reported a warning');
}

export type { Logger };
