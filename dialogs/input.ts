import { z } from 'zod';

/** Everything a user can send, read once at the edge (DESIGN.md "Card submit data"). */
export type Command = 'start' | 'restart' | 'back' | 'cancel' | 'help' | 'menu' | 'record' | 'steps' | 'resume' | 'remind' | 'cancelReminder' | 'reminders' | 'cancelAllReminders';

export type Carry = Record<string, string | number | string[]>;

export type UserInput =
  | { kind: 'command'; command: Command; flow?: string; carry?: Carry; decision?: string; step?: string; confirm?: boolean }
  | { kind: 'submit'; flow: string; question: string; ask: string; answer?: unknown; answerTime?: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'malformed' }
  | { kind: 'empty' };

const id = z.string().min(1).max(100).regex(/^[A-Za-z0-9_.-]+$/);
const answerValue = z.union([z.string().max(2000), z.number(), z.array(z.string().max(200)).max(50)]);

const commandSchema = z.object({
  command: z.enum(['start', 'restart', 'back', 'cancel', 'help', 'menu', 'record', 'steps', 'resume', 'remind', 'cancelReminder', 'reminders', 'cancelAllReminders']),
  flow: id.optional(),
  carry: z.record(id, answerValue).optional(),
  /** `record`, `steps`, `remind` and `cancelReminder`: the decision's id. */
  decision: id.optional(),
  /** `remind` and `cancelReminder`: the step's id. */
  step: id.optional(),
  /** `start`: the user has agreed to close the check in progress. */
  confirm: z.literal(true).optional(),
});

const submitSchema = z.object({
  flow: id,
  question: id,
  ask: z.string().min(1).max(100),
  answer: answerValue.optional(),
  answer_time: z.string().max(20).optional(),
});

const commandWords: Record<string, Command> = {
  help: 'help',
  '?': 'help',
  cancel: 'cancel',
  stop: 'cancel',
  quit: 'cancel',
  exit: 'cancel',
  restart: 'restart',
  'start again': 'restart',
  'start over': 'restart',
  back: 'back',
  'go back': 'back',
  previous: 'back',
  menu: 'menu',
  'main menu': 'menu',
  reminders: 'reminders',
  'my reminders': 'reminders',
  'show reminders': 'reminders',
  'list reminders': 'reminders',
  'cancel reminders': 'cancelAllReminders',
  'cancel all reminders': 'cancelAllReminders',
  'cancel my reminders': 'cancelAllReminders',
};

export const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}'.?\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function commandFromText(text: string): Command | undefined {
  const words = normalise(text).replace(/[.!]+$/, '');
  return Object.prototype.hasOwnProperty.call(commandWords, words) ? commandWords[words] : undefined;
}

/** Reads an activity's `value` (card submit) or `text`. Unknown shapes are "malformed", never an exception. */
export function interpret(value: unknown, text: string | undefined): UserInput {
  if (value !== undefined && value !== null) {
    if (typeof value !== 'object' || Array.isArray(value)) return { kind: 'malformed' };
    if ('command' in value) {
      const parsed = commandSchema.safeParse(value);
      return parsed.success ? { kind: 'command', ...parsed.data } : { kind: 'malformed' };
    }
    const parsed = submitSchema.safeParse(value);
    if (!parsed.success) return { kind: 'malformed' };
    const { answer_time: answerTime, ...rest } = parsed.data;
    return { kind: 'submit', ...rest, answerTime };
  }
  const typed = (text ?? '').trim();
  if (typed === '') return { kind: 'empty' };
  const command = commandFromText(typed);
  return command ? { kind: 'command', command } : { kind: 'text', text: typed.slice(0, 2000) };
}
