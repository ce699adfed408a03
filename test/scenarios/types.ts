import type { AnswerValue, DecisionSettings } from '../../rules/model';

/** Expected due of one step: a London date `YYYY-MM-DD`, a London date-time `YYYY-MM-DDTHH:MM`
 * (hour-based rules), or the words 'immediately' / 'none' (no deadline given) / 'stated' (a rule with no date). */
export type ExpectedDue = string;

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
        /** Steps that must be present, with their owner role (substring) and/or due. */
        steps?: Record<string, { owner?: string; due?: ExpectedDue }>;
        /** docId + section pairs ("kcc-asc-safeguarding-pg §4.1.3") that must be among the references. */
        references?: string[];
        /** Decision facts (id → substring of the value) that must be shown. */
        facts?: Record<string, string>;
      }
    | { errorQuestionIds: string[] };
  /** Run this scenario through the bot too (conversation tests with card submits). */
  conversation?: boolean;
}
