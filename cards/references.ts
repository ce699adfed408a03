import { procedureDocument, type Reference } from '../rules';

/** A section as "§4.1.2 Receiving the Referral"; a citation of a whole document says so instead of "§(whole document)".
 * Plain text, for the card's links and the decision record alike. */
export function sectionLabel(ref: Reference): string {
  return ref.section.startsWith('(') ? 'Whole document' : `§${ref.section} ${ref.heading}`;
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
