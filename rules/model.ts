import type { ZodType } from 'zod';

/**
 * The flow model: what a decision flow is made of. A flow file (rules/flows/<id>.ts) declares its
 * questions, rules, outcomes, flags and steps as data in this shape, in the order its spec gives them.
 * Predicates are small pure functions of the answers on the path; nothing here reads a clock or does I/O.
 */

export type Tone = 'urgent' | 'attention' | 'warning' | 'good' | 'info';
export type AnswerType = 'yesno' | 'choice' | 'multichoice' | 'number' | 'date' | 'datetime';

/** yesno/choice: option value; multichoice: option values; number: a number (or a button's value);
 * date: `YYYY-MM-DD` (or a button's value); datetime: ISO 8601 (no offset = Europe/London). */
export type AnswerValue = string | number | string[];
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** A citation as written in a flow: the catalogue supplies the heading (rules/procedures/). */
export interface Ref {
  doc: string;
  section: string;
  /** Seed lines or paragraph, e.g. "l. 413" or "[003 L3342]": shown to reviewers, not users. */
  lines?: string;
}

export interface Option {
  value: string;
  label: string;
}

/** Everything a predicate may look at: the valid answers on the path so far, the flow's resolved
 * settings, and the injected `now` (absent while only the next question is being worked out). */
export interface FlowContext<S = Record<string, unknown>> {
  answers: Answers;
  settings: S;
  now?: Date;
}

export type Predicate<S = any> = (ctx: FlowContext<S>) => boolean;

export interface NumberLimits {
  min?: number;
  /** When true, `min` itself is not allowed (e.g. "a number greater than 0"). */
  minExclusive?: boolean;
  max?: number;
  integer?: boolean;
}

export interface Question<S = any> {
  id: string;
  text: string;
  type: AnswerType;
  /** Choices for yesno/choice/multichoice; for number/date/datetime, fixed-value buttons. */
  options?: Option[];
  /** Blank = always asked (once every earlier question on the path is answered). */
  askedWhen?: Predicate<S>;
  help?: string;
  refs: Ref[];
  number?: NumberLimits;
  /** multichoice: the value that means "none of these" and may not be combined with others. */
  exclusiveOption?: string;
}

/** The services a worker may belong to, so the card can mark that worker's own steps "You".
 * `asker` marks a step that falls to whoever is asking, whatever their service ("Your agency"). */
export const TEAMS = [
  'adult_social_care',
  'childrens_social_care',
  'youth_justice',
  'police',
  'probation',
  'health',
  'education',
  'housing',
] as const;
export type Team = (typeof TEAMS)[number];

export interface Owner {
  role: string;
  agency?: string;
  /** The service that does the step, when it is one of TEAMS; `asker` when it is whoever asks. Absent for
   * owners no user of the bot belongs to (the court, the MARAC meeting, the employer). */
  team?: Team | 'asker';
}

/** Deadline rules, as the specs write them. `from` names an anchor of the flow (or 'now'). */
export type DeadlineRule =
  | { kind: 'immediately' }
  | { kind: 'none' }
  /** `endsAtClose`: the source says the day ends when the office closes, so the deadline shows that time;
   * otherwise only the date is given (a source that says "within 10 working days" names no hour). */
  | { kind: 'workingDays'; n: number; from: string; endsAtClose?: boolean }
  | { kind: 'days'; n: number; from: string }
  | { kind: 'hours'; n: number; from: string }
  | { kind: 'monthsBefore'; n: number; from: string }
  | { kind: 'monthly'; from: string }
  | { kind: 'nextWorkingDay'; from: string; endsAtClose?: boolean }
  /** A rule the bot states but cannot date (e.g. "at least every 16 weeks"). */
  | { kind: 'stated'; text: string };

export type Dynamic<T, S = any> = T | ((ctx: FlowContext<S>, outcomeId: string) => T);

export interface StepDef<S = any> {
  action: Dynamic<string, S>;
  /** False when the answers rule the step's situation out (e.g. an advocate for a person the answers say has
   * capacity): the step is then left off the card. Blank = the step applies wherever its outcome or flag lists it. */
  appliesWhen?: Predicate<S>;
  owner: Dynamic<Owner, S>;
  due: Dynamic<DeadlineRule, S>;
  refs: Ref[];
  /** The step states the law as it stands now, where the source is out of date (cites the statute). */
  lawNow?: boolean;
}

export interface OutcomeDef<S = any> {
  label: string;
  tone: Tone;
  summary: string;
  decidedBy: Owner;
  /** false only where no decision is left to anyone (e.g. call 999). */
  indicative: boolean;
  /** The agency responsible for acting on the outcome, shown on the card (may depend on the answers). */
  agency: Dynamic<string, S>;
  refs: Ref[];
  /** Step ids in the spec's order; flag steps follow, in flag order. */
  steps: Dynamic<string[], S>;
  /** Short statements the card must carry with this outcome (e.g. "Raise the concern whatever this card shows."). */
  notes?: Dynamic<string[], S>;
  /** The outcome states the law as it stands now, where the source is out of date (cites the statute). */
  lawNow?: boolean;
}

export interface RuleDef<S = any> {
  id: string;
  when: Predicate<S>;
  outcome: string;
  refs: Ref[];
}

export interface FlagDef<S = any> {
  id: string;
  label: string;
  text: Dynamic<string, S>;
  when: (ctx: FlowContext<S>, outcomeId: string) => boolean;
  /** A function when some of the flag's steps apply only with certain outcomes or answers. */
  steps: Dynamic<string[], S>;
  refs: Ref[];
  /** A flow this flag offers to start, carrying over the answers the two flows share. */
  startsFlow?: string;
  /** The flag states the law as it stands now, where the source is out of date (cites the statute). */
  lawNow?: boolean;
}

/** A point in time a deadline counts from: the answer to a question, or a value derived from answers. */
export interface Anchor<S = any> {
  label: string;
  /** An ISO date-time or date string, or undefined when the answers do not give it. */
  resolve: (ctx: FlowContext<S>) => string | undefined;
}

/** A flow-specific fact shown on every card (e.g. MAPPA lead agency, indicated level). */
export interface Fact {
  id: string;
  label: string;
  value: string;
  refs: Ref[];
}

export interface Problem {
  questionId: string;
  message: string;
}

export interface FlowDefinition<S = any> {
  id: string;
  title: string;
  /** One line for the menu. */
  description: string;
  /** Phrases (lower case) that start the flow when typed. */
  triggers: string[];
  rulesVersion: string;
  /** The longest path, for "question 2 of at most 8". */
  maxQuestions: number;
  /** Default area settings; a deployment overrides them through `settings[flowId]`. */
  defaultSettings: S;
  /** What a deployment may put in `settings[flowId]`: checked before any decision and at startup. */
  settingsSchema: ZodType;
  questions: Question<S>[];
  outcomes: Record<string, OutcomeDef<S>>;
  rules: RuleDef<S>[];
  flags: FlagDef<S>[];
  steps: Record<string, StepDef<S>>;
  anchors: Record<string, Anchor<S>>;
  /** Checks across answers that a single question's type cannot express. */
  validate?: (ctx: FlowContext<S>) => Problem[];
  facts?: (ctx: FlowContext<S>, outcomeId: string) => Fact[];
  /** The asker's own service when an answer says it (e.g. "Which service are you in?"). */
  askerTeam?: (ctx: FlowContext<S>) => Team | undefined;
  /** Office close used to show working-day deadlines, when the flow has its own setting. */
  officeCloses?: (settings: S) => string;
  /** Notes the bot shows when the user's text contains `phrase` (lower case), e.g. why an outdated term
   * is no longer used. */
  termNotes?: { phrase: string; text: string; refs: Ref[] }[];
}

/** Settings passed to `decide`/`nextQuestion`: per-flow area settings plus deployment-wide ones. */
export interface DecisionSettings {
  /** Base URL of the deployment's own copy of each procedure document, by document id. */
  procedureUrls?: Record<string, string>;
  /** The deployment's own name for a procedure document, by document id, for "Based on" on the card. */
  procedureNames?: Record<string, string>;
  /** Office hours used to show working-day deadlines (HH:MM, Europe/London). */
  office?: { opens?: string; closes?: string };
  [flowId: string]: unknown;
}

// ---- The Decision: what `decide` returns (DESIGN.md, Rules API) ----

export interface Reference {
  docId: string;
  section: string;
  heading: string;
  url?: string;
}

export interface Due {
  /** The rule in words, e.g. "within 1 working day of receipt". */
  rule: string;
  /** ISO 8601 with the Europe/London offset, when the rule gives a computable time. */
  at?: string;
  /** The London calendar date of `at` (YYYY-MM-DD). */
  date?: string;
  /** True when `at` is before `now`, or for a date without a time once that London day has ended
   * (every deadline kind, every flow). */
  overdue?: boolean;
}

export interface NextStep {
  id: string;
  action: string;
  owner: Owner;
  due: Due;
  ref: Reference[];
  /** The flag that added this step, if any. */
  flag?: string;
  /** True when the step states the law as it stands now rather than the source's (out of date) wording. */
  lawNow?: boolean;
}

export interface DecisionFlag {
  id: string;
  label: string;
  text: string;
  ref: Reference[];
  startsFlow?: string;
  /** True when the flag states the law as it stands now rather than the source's (out of date) wording. */
  lawNow?: boolean;
}

export interface TraceEntry {
  questionId: string;
  question: string;
  answer: AnswerValue;
  answerLabel: string;
}

export interface Decision {
  flowId: string;
  flowTitle: string;
  rulesVersion: string;
  outcome: {
    id: string;
    label: string;
    tone: Tone;
    summary: string;
    decidedBy: Owner;
    indicative: boolean;
    agency: string;
    notes: string[];
    /** True when the outcome states the law as it stands now rather than the source's (out of date) wording. */
    lawNow?: boolean;
  };
  flags: DecisionFlag[];
  facts: { id: string; label: string; value: string; ref: Reference[] }[];
  nextSteps: NextStep[];
  /** The asker's service when an answer gives it; otherwise the bot uses the one the user told it. */
  askerTeam?: Team;
  references: Reference[];
  trace: TraceEntry[];
  ruleId: string;
  decidedAt: string;
}
