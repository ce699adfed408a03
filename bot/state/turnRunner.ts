import type { Storage, StoreItems, TurnContext } from 'botbuilder';
import type { AuditLog } from '../audit/auditLog';
import type { Logger } from '../log';
import type { TurnGate } from './turnGate';
import type { TurnLimiter } from './turnLimiter';

/** What a message turn reads its state through and writes it back through. */
export interface TurnSession {
  /** The keys named in the TurnRequest are read with the turn's start. */
  read(keys: string[]): Promise<StoreItems>;
  /** The turn's own write, the last thing it does to the store; refused like Storage.write on an eTag conflict. */
  write(changes: StoreItems): Promise<void>;
}

export interface TurnRequest {
  /** The state key: one turn at a time per key. */
  key: string;
  /** What the turn will read first. */
  reads: string[];
  /** Counted against the user's turn limit before the turn may start. */
  userKey?: string;
}

export type TurnOutcome<T> = { ran: true; result: T } | { ran: false; reason: 'busy' | 'limited' };

/** Runs one message turn: the user's turn limit, the key's lock, the turn's reads and its write. */
export interface TurnRunner {
  run<T>(context: TurnContext, request: TurnRequest, turn: (session: TurnSession) => Promise<T>): Promise<TurnOutcome<T>>;
}

export interface TurnRunnerParts {
  storage: Storage;
  gate: TurnGate;
  limiter?: TurnLimiter;
  /** The decision records: a stream on the state's Redis is written with the turn's state. */
  audit?: AuditLog;
  log: Logger;
}

/** Each part on its own: the limiter, then the gate, then the storage's reads and writes as the turn makes them. */
export class ComposedTurnRunner implements TurnRunner {
  constructor(private readonly parts: TurnRunnerParts) {}

  async run<T>(_context: TurnContext, request: TurnRequest, turn: (session: TurnSession) => Promise<T>): Promise<TurnOutcome<T>> {
    const { limiter, gate, storage } = this.parts;
    if (limiter && request.userKey && !(await limiter.allow(request.userKey))) return { ran: false, reason: 'limited' };
    const outcome = await gate.run(request.key, () => turn(storage));
    return outcome.ran ? outcome : { ran: false, reason: 'busy' };
  }
}
