/** An Adaptive Card as plain JSON. */
export type Card = Record<string, unknown>;
