/** One turn at a time per state key, so two clicks cannot both read the same state and both write it. */
export interface TurnGate {
  /** Runs `turn` holding the key; resolves `undefined` without running it when the key stays busy. */
  run<T>(key: string, turn: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }>;
}

/** Single-process gate: turns for the same key queue behind each other. */
export class LocalTurnGate implements TurnGate {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, turn: () => Promise<T>): Promise<{ ran: true; result: T }> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(turn);
    this.tails.set(key, current);
    try {
      return { ran: true, result: await current };
    } finally {
      if (this.tails.get(key) === current) this.tails.delete(key);
    }
  }
}
