import type { TurnContext } from 'botbuilder';
import type { DecisionRecord } from './decisionRecord';

/** Where a decision made during a turn is recorded. */
export interface RecordSink {
  append(record: DecisionRecord): Promise<void>;
}

const SINK = Symbol('decision records of this turn');

/** A turn runner that writes the turn's decision records together with its state sets itself here for the
 * turn; without one, records go straight to the audit log. */
export const recordSinkOf = (context: TurnContext): RecordSink | undefined => context.turnState.get(SINK);

export function setRecordSink(context: TurnContext, sink: RecordSink): void {
  context.turnState.set(SINK, sink);
}

const UNRECORDED = Symbol('decisions of this turn are not recorded');

/** For turns nobody authenticated (the local web chat): their decisions are kept out of the decision
 * record, so that they can neither fill it nor push genuine records out of it. */
export function leaveUnrecorded(context: TurnContext): void {
  context.turnState.set(UNRECORDED, true);
}

export const isUnrecorded = (context: TurnContext): boolean => context.turnState.get(UNRECORDED) === true;
