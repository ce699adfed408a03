import type { Ref, Reference } from './model';
import { documents } from './procedures';
import type { ProcedureDocument } from './procedures/types';

const byId = new Map<string, ProcedureDocument>(documents.map((d) => [d.id, d]));

export class UnknownReferenceError extends Error {}

export function procedureDocument(docId: string): ProcedureDocument | undefined {
  return byId.get(docId);
}

/** Turns a flow's citation into what the card shows: the catalogue's heading, and the link to the
 * deployment's own copy of the document (or the source's own public URL) when there is one. */
export function resolveReference(ref: Ref, urls?: Record<string, string>): Reference {
  const doc = byId.get(ref.doc);
  const heading = doc?.sections[ref.section];
  if (!doc || heading === undefined) {
    throw new UnknownReferenceError(`reference ${ref.doc} §${ref.section} is not in the procedure catalogue`);
  }
  const url = urls?.[ref.doc] ?? doc.publicUrl;
  return { docId: ref.doc, section: ref.section, heading, ...(url ? { url } : {}) };
}

export function resolveReferences(refs: Ref[], urls?: Record<string, string>): Reference[] {
  return refs.map((r) => resolveReference(r, urls));
}
