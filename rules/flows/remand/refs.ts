import type { Ref } from '../../model';

/** The main source: the Bexley YOS and CSC inter-agency protocol (seed 000). */
export const protocol = (section: string, lines?: string): Ref => ({ doc: 'bexley-yos-csc-protocol', section, ...(lines ? { lines } : {}) });

export const doc = (id: string, section: string, lines?: string): Ref => ({ doc: id, section, ...(lines ? { lines } : {}) });

/** A statute or regulation as it stands now, cited where the protocol is out of date or silent (issue 13 L1–L7). */
export const law = (id: string, section: string): Ref => ({ doc: id, section, lines: 'the law now; not in the protocol' });
