import { procedureDocument, type Reference } from '../rules';

/** Numbered sections: "4.1.2", "App 1", "P.12", "reg 9", "Schedule 15". */
const NUMBERED = /^(\d|[A-Za-z]{1,3}\.\s?\d|(reg|app|annex|appendix|schedule|part|para)\b)/i;

/** A section as "§4.1.2 Receiving the Referral". A citation of a whole document says so instead of
 * "§(whole document)"; a section named by words rather than a number reads "Category 1: Registered Sex
 * Offenders" (never "§Category 1 Category 1 : …"), or "Routing note: Send to …" where the heading does not
 * repeat its name. Plain text, for the card's links and the decision record alike. */
export function sectionLabel(ref: Reference): string {
  const heading = ref.heading.replace(/\s+:\s+/g, ': ');
  if (/^\(whole\b/i.test(ref.section)) return 'Whole document';
  if (ref.section.startsWith('(') || heading.toLowerCase().startsWith(ref.section.toLowerCase())) return heading;
  return NUMBERED.test(ref.section) ? `§${ref.section} ${heading}` : `${ref.section}: ${heading}`;
}

function sectionText(ref: Reference): string {
  const text = sectionLabel(ref);
  return ref.url ? `[${text}](${ref.url})` : text;
}

/** References by document, in the order the decision cites them: a flow cites many sections of one long-titled
 * document, and repeating that title on every line made the list the longest part of the card on a phone. */
export function referencesByDocument(refs: readonly Reference[]): { document: string; sections: { text: string }[] }[] {
  const groups = new Map<string, { document: string; sections: { text: string }[] }>();
  for (const ref of refs) {
    const group = groups.get(ref.docId) ?? { document: procedureDocument(ref.docId)?.title ?? ref.docId, sections: [] };
    group.sections.push({ text: sectionText(ref) });
    groups.set(ref.docId, group);
  }
  return [...groups.values()];
}
