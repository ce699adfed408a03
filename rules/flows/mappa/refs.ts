import type { Ref } from '../../model';

/** Citations by document id (rules/procedures/mappa-rtc.ts). `section` is a section key of that catalogue
 * (numbered documents: the catalogue's number or range; unnumbered ones: the heading); `lines` keeps the
 * paragraph and seed lines the spec cites. */
const citing =
  (doc: string) =>
  (section: string, lines?: string): Ref => ({ doc, section, ...(lines ? { lines } : {}) });

export const national = citing('mappa-guidance-national');
export const national2012 = citing('mappa-guidance-national-2012');
export const cheshire = citing('mappa-briefing-cheshire');
export const westMidlands = citing('mappa-memorandum-west-midlands');
export const riskToChildren = citing('rtc-procedure-1-4-15');
export const schedule15: Ref = { doc: 'cja-2003-schedule-15', section: 'Schedule 15' };

