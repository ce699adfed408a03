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
