import type { TurnContext } from 'botbuilder';

/** The turn-state key under which botbuilder-dialogs keeps the memory scopes and path resolvers that every
 * DialogContext's state manager uses (DIALOG_STATE_MANAGER_CONFIGURATION in its memory/dialogStateManager.js,
 * not exported). */
const CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

let shared: unknown;

/** botbuilder-dialogs builds that configuration afresh on every turn through its component registry, a tenth
 * of a turn's time here; its scopes hold no state of their own, so the first turn's is kept and lent to every
 * later turn. Call before the turn's first DialogContext is made. */
export function lendDialogMemoryConfiguration(context: TurnContext): void {
  if (shared !== undefined) context.turnState.set(CONFIGURATION_KEY, shared);
}

/** Keeps the configuration the turn built, once (call after the turn's dialogs ran). */
export function keepDialogMemoryConfiguration(context: TurnContext): void {
  if (shared === undefined) shared = context.turnState.get(CONFIGURATION_KEY);
}
