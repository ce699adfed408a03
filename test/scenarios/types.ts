import type { AnswerValue, DecisionSettings } from '../../rules/model';

/** Expected due of one step: a London date `YYYY-MM-DD`, a London date-time `YYYY-MM-DDTHH:MM`
 * (hour-based rules), or the words 'immediately' / 'none' (no deadline given) / 'stated' (a rule with no date). */
export type ExpectedDue = string;

/** One step of an outcome, exactly as the spec's step table (as amended by the audit issues) gives it. */
export interface ExpectedStep {
  id: string;
  /** The owner's role and agency, each compared whole. */
  owner: { role: string; agency: string };
  due: ExpectedDue;
  /** True when the deadline is already past at the scenario's `now`. */
  overdue?: true;
}

/** One public scenario of a spec (`<flow>-NN`), as data, so that rule tests and conversation tests share it. */
export interface Scenario {
  id: string;
  title: string;
  answers: Record<string, AnswerValue>;
  /** ISO 8601; defaults to 2026-12-01T10:00:00Z in the tests. */
  now?: string;
  settings?: DecisionSettings;
  /** Either an outcome or the question ids that the error must list. */
  expected:
    | {
        outcome: string;
        /** Exactly these flags, in this order. */
        flags: string[];
        /** `decidedBy.role` must contain this text. */
        decidedBy: string;
        /** Steps that must be present, with their owner role (substring) and/or due. Being replaced by `orderedSteps`. */
        steps?: Record<string, { owner?: string; due?: ExpectedDue }>;
        /** Every step of the Decision, in order: ids, owners and dues typed from the spec, never read from the flow. */
        orderedSteps?: ExpectedStep[];
        /** docId + section pairs ("kcc-asc-safeguarding-pg §4.1.3") that must be among the references. */
        references?: string[];
        /** Decision facts (id → substring of the value) that must be shown. */
        facts?: Record<string, string>;
      }
    | { errorQuestionIds: string[] };
  /** Run this scenario through the bot too (conversation tests with card submits). */
  conversation?: boolean;
}
