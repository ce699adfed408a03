import type { TurnContext } from 'botbuilder';
import type { Answers, Decision, DecisionSettings } from '../rules';

/** What the dialogs need from their host, injected so tests control time and settings. */
export interface DialogDeps {
  clock: () => Date;
  settings: DecisionSettings;
  /** Called once for each completed decision (e.g. the decision record). Must not throw. */
  onDecision?: (context: TurnContext, decision: Decision, answers: Answers) => Promise<void>;
  /** Called when a flow could not be decided for a reason other than the user's answers (a fault in the rules,
   * the cards or the clock). The user has been told plainly by then; this is for the operators. */
  onDecisionFailed?: (flowId: string, error: unknown) => void;
}
