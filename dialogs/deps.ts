import type { TurnContext } from 'botbuilder';
import type { Answers, Decision, DecisionSettings } from '../rules';

/** What the dialogs need from their host, injected so tests control time and settings. */
export interface DialogDeps {
  clock: () => Date;
  settings: DecisionSettings;
  /** Called once for each completed decision (e.g. the decision record). Must not throw. */
  onDecision?: (context: TurnContext, decision: Decision, answers: Answers) => Promise<void>;
}
