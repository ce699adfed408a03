import { z } from 'zod';
import { TEAMS, type Team } from '../rules';

/** Everything a user can send, read once at the edge (DESIGN.md "Card submit data"). */
export type Command = 'start' | 'restart' | 'back' | 'cancel' | 'help' | 'menu' | 'record' | 'steps' | 'resume' | 'remind' | 'cancelReminder' | 'reminders' | 'cancelAllReminders' | 'myService';

export type Carry = Record<string, string | number | string[]>;

export type UserInput =
  | { kind: 'command'; command: Command; flow?: string; carry?: Carry; decision?: string; step?: string; confirm?: boolean; team?: Team | 'none' }
  | { kind: 'submit'; flow: string; question: string; ask: string; answer?: unknown; answerTime?: unknown }
  | { kind: 'text'; text: string }
  /** `unknownService`: a "myService" submit naming no service we know (the user is told so, not just "could not read"). */
  | { kind: 'malformed'; problem?: 'unknownService' }
  | { kind: 'empty' };

const id = z.string().min(1).max(100).regex(/^[A-Za-z0-9_.-]+$/);
const answerValue = z.union([z.string().max(2000), z.number(), z.array(z.string().max(200)).max(50)]);

const commandSchema = z.object({
  command: z.enum(['start', 'restart', 'back', 'cancel', 'help', 'menu', 'record', 'steps', 'resume', 'remind', 'cancelReminder', 'reminders', 'cancelAllReminders', 'myService']),
  flow: id.optional(),
  carry: z.record(id, answerValue).optional(),
  /** `record`, `steps`, `remind` and `cancelReminder`: the decision's id. */
  decision: id.optional(),
  /** `remind` and `cancelReminder`: the step's id. */
  step: id.optional(),
  /** `start`: the user has agreed to close the check in progress. */
  confirm: z.literal(true).optional(),
  /** `myService`: the service the user works in (their steps are marked "You"), or `none` to forget it; absent to
   * be asked. */
  team: z.enum([...TEAMS, 'none']).optional(),
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
  'my service': 'myService',
  'my team': 'myService',
  'change my service': 'myService',
  'mark my steps': 'myService',
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
      if (parsed.success) return { kind: 'command', ...parsed.data };
      const onlyTheService = parsed.error.issues.every((i) => i.path[0] === 'team');
      return (value as { command?: unknown }).command === 'myService' && onlyTheService ? { kind: 'malformed', problem: 'unknownService' } : { kind: 'malformed' };
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
