import type { Ref } from '../../model';

/** The main source: the Bexley YOS and CSC inter-agency protocol (seed 000). */
export const protocol = (section: string, lines?: string): Ref => ({ doc: 'bexley-yos-csc-protocol', section, ...(lines ? { lines } : {}) });

export const doc = (id: string, section: string, lines?: string): Ref => ({ doc: id, section, ...(lines ? { lines } : {}) });
