import type { TurnContext } from 'botbuilder';
import { interpret, type UserInput } from './input';

const INPUT = Symbol('user input of this turn');

/** The turn's activity read as user input, once per turn: MainDialog looks for a command in it before the
 * answer prompt takes the same activity as an answer. */
export function inputOf(context: TurnContext): UserInput {
  const read = context.turnState.get(INPUT) as UserInput | undefined;
  if (read) return read;
  const input = interpret(context.activity.value, context.activity.text);
  context.turnState.set(INPUT, input);
  return input;
}
