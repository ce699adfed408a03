import type { Reference } from '../rules';
import template from './templates/explanation.json';
import { referencesByDocument } from './references';
import { expand, type Card } from './template';

/** One term explained: what it is, what an acronym stands for, where the sources say so, and what they leave out. */
export interface ExplainedTerm {
  heading: string;
  standsFor?: string;
  definition?: string;
  notDefined?: string;
  references: readonly Reference[];
}

export interface ExplanationView {
  title: string;
  terms: ExplainedTerm[];
  /** Checks to offer beside the explanation: a button each. */
  checks: { flowId: string; title: string }[];
  footnote?: string;
  /** Acronyms the card uses without spelling them out, spelt out: "MAPPA: multi-agency public protection arrangements". */
  abbreviations?: string[];
}

export function explanationCard(view: ExplanationView): Card {
  return expand(template, {
    title: view.title,
    entries: view.terms.map((t) => ({
      heading: t.heading,
      standsFor: t.standsFor ?? '',
      definition: t.definition ?? '',
      notDefined: t.notDefined ?? '',
      references: referencesByDocument(t.references),
    })),
    footnote: view.footnote ?? '',
    abbreviations: view.abbreviations?.length ? `Abbreviations: ${view.abbreviations.join('; ')}.` : '',
    actions: view.checks.map((c) => ({ title: `Start: ${c.title}`, flow: c.flowId })),
  });
}

/** The same explanation as plain text, for channels without cards. */
export function explanationText(view: ExplanationView): string {
  const lines: string[] = [];
  for (const t of view.terms) {
    lines.push(t.heading);
    for (const line of [t.standsFor, t.definition, t.notDefined]) if (line) lines.push(line);
  }
  if (view.abbreviations?.length) lines.push(`Abbreviations: ${view.abbreviations.join('; ')}.`);
  if (view.footnote) lines.push(view.footnote);
  return lines.join('\n');
}

/** Offered when a message during a check names another check: the current one stays open until the button is
 * tapped. */
export function switchOfferCard(current: string, other: { flowId: string; title: string }): Card {
  const card = expand(template, {
    title: `That sounds like another check: "${other.title}"`,
    entries: [],
    abbreviations: '',
    footnote: `Your current check (${current}) stays open: answer the question below to carry on, or tap the button to start the other one instead.`,
    actions: [{ title: `Start: ${other.title}`, flow: other.flowId }],
  });
  // Tapping the offer is the user's answer to "close the current check?": it is not asked again.
  for (const action of (card.actions ?? []) as { data?: Record<string, unknown> }[]) if (action.data) action.data.confirm = true;
  return card;
}
