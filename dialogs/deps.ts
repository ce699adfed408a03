import type { TurnContext } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { ReminderStepView } from '../cards';
import type { Answers, Decision, DecisionSettings, Due } from '../rules';

/** Finished decisions kept by id, so that "Copy for the case file" (and a reminder, which names a decision and
 * one of its step ids) still works once the conversation's state has expired. A decision holds option values,
 * their labels and what the rules derived from them: nothing typed. */
export interface DecisionStore {
  /** Keeps the decision for the store's time to live (a store may write it with the turn's state); returns its id. */
  keep(decision: Decision, context: TurnContext): Promise<string>;
  /** The decision, or undefined once it has expired or for an unknown id. */
  find(id: string): Promise<Decision | undefined>;
}

/** What setting a reminder came to: when it will be sent, or why there is none. */
export type ReminderResult =
  | { set: Date; durable: boolean }
  | { refused: 'passed' | 'no date' | 'too far' | 'unknown decision' | 'unknown step' | 'no user' | 'unavailable' };

/** A reminder as the user's list shows it: ids and words from the rules only. */
export interface ReminderSummary extends ReminderStepView {
  /** When it will be sent (ISO 8601). */
  fireAt: string;
  address: { conversationId: string };
}

/** Reminders of a kept decision's steps (the host's scheduler behind it). */
export interface ReminderPort {
  /** False when reminders are held in one process only and lost on restart. */
  readonly durable: boolean;
  /** Whether a step's deadline can have a reminder now (dated, still to come, within the horizon). */
  remindable(due: Due): boolean;
  remind(activity: Partial<Activity>, decisionId: string, stepId: string): Promise<ReminderResult>;
  cancel(activity: Partial<Activity>, decisionId: string, stepId: string): Promise<boolean>;
  list(activity: Partial<Activity>): Promise<ReminderSummary[]>;
  cancelAll(activity: Partial<Activity>): Promise<number>;
}

/** What the dialogs need from their host, injected so tests control time and settings. */
export interface DialogDeps {
  clock: () => Date;
  settings: DecisionSettings;
  /** Where finished decisions are kept for the record; without one, outcome cards offer no record. */
  decisions?: DecisionStore;
  /** "Remind me" on outcome cards; without it no card offers reminders. */
  reminders?: ReminderPort;
  /** Called once for each completed decision (e.g. the decision record). Must not throw. */
  onDecision?: (context: TurnContext, decision: Decision, answers: Answers) => Promise<void>;
  /** Called when a flow could not be decided for a reason other than the user's answers (a fault in the rules,
   * the cards or the clock). The user has been told plainly by then; this is for the operators. */
  onDecisionFailed?: (flowId: string, error: unknown) => void;
}
