import type { ExplainedTerm, ExplanationView } from '../../cards';
import { acronymFor, acronymsUnexplained, getFlow, resolveReferences, type Lookup, type TermQuestion } from '../../rules';

const quote = (s: string): string => `"${s}"`;

function explained(lookup: Lookup, question: TermQuestion, urls?: Record<string, string>): ExplainedTerm {
  if (lookup.kind === 'acronym') {
    return {
      heading: lookup.acronym.short,
      standsFor: `${lookup.acronym.short} stands for ${lookup.acronym.long}.`,
      notDefined: 'I have no fuller explanation of it.',
      references: [],
    };
  }
  const { term } = lookup;
  const subject = question.kind === 'difference' ? undefined : question.subject;
  const acronym = subject ? acronymFor(subject) : undefined;
  return {
    heading: term.term,
    standsFor: question.kind === 'standFor' && acronym ? `${acronym.short} stands for ${acronym.long}.` : undefined,
    definition: term.definition,
    notDefined: term.notDefined,
    references: resolveReferences(term.refs, urls),
  };
}

/** The explanation card's content for a term question: each term found, a button for each check they relate
 * to, and a plain note for any term not in the glossary. */
export function explanationView(question: TermQuestion, found: Lookup[], unknown: string[], urls?: Record<string, string>): ExplanationView {
  const flowIds = [...new Set(found.flatMap((l) => (l.kind === 'term' && l.term.flow ? [l.term.flow] : [])))];
  const terms = found.map((l) => explained(l, question, urls));
  const said = terms.flatMap((t) => [t.heading, t.standsFor, t.definition, t.notDefined]).filter(Boolean).join(' ');
  return {
    title: question.kind === 'difference' ? 'What each term means' : question.kind === 'standFor' ? 'What it stands for' : 'What it means',
    terms,
    abbreviations: acronymsUnexplained(said).map((a) => `${a.short}: ${a.long}`),
    checks: flowIds.flatMap((id) => {
      const flow = getFlow(id);
      return flow ? [{ flowId: id, title: flow.title }] : [];
    }),
    footnote: unknown.length ? `I have no explanation of ${unknown.map(quote).join(' or ')}.` : undefined,
  };
}
