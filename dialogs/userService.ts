import type { TurnContext } from 'botbuilder';
import type { Team } from '../rules';

/** The user's service for this turn: the host reads it with the turn's state and writes it back when it changed. */
const REMEMBERED = Symbol('the service the user told the bot');
const CHANGED = Symbol('the service the user told the bot this turn');

/** The host holds the user's service (read with the turn's state) for the dialogs to mark their steps. */
export function holdService(context: TurnContext, team: Team | undefined): void {
  context.turnState.set(REMEMBERED, team);
}

/** The service the user told the bot they work in, if they did (in any conversation). */
export const rememberedService = (context: TurnContext): Team | undefined => context.turnState.get(REMEMBERED) as Team | undefined;

/** The service set this turn (`null`: forgotten), for the host to write with the turn's state; undefined when
 * unchanged. */
export const serviceChange = (context: TurnContext): { team: Team | null } | undefined => context.turnState.get(CHANGED) as { team: Team | null } | undefined;

export function changeService(context: TurnContext, team: Team | null): void {
  context.turnState.set(CHANGED, { team });
  holdService(context, team ?? undefined);
}

