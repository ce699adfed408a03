/** A source procedure document as its catalogue (shared/specs/procedures-*.md) lists it. The project
 * never holds the procedure's text: only its identity, its section headings and where a deployment's copy lives. */
export interface ProcedureDocument {
  id: string;
  title: string;
  publisher: string;
  version: string;
  /** A full public https URL printed by the source itself, used when the deployment configures none. */
  publicUrl?: string;
  /** Section number (as cited, e.g. "4.1.3", "App I", "s.42(1)") → heading. */
  sections: Record<string, string>;
}
