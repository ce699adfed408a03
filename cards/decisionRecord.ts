import { procedureDocument, type Decision, type Reference } from '../rules';
import { formatLondon } from '../rules/calendar';
import { ownerText } from './owner';
import { nextStepLines, outcomeDetailLines } from './plainText';
import { basedOnText } from './outcome';
import { readableAnswer } from './plainWords';
import { sectionLabel } from './references';

const referenceLine = (ref: Reference): string => {
  const title = procedureDocument(ref.docId)?.title ?? ref.docId;
  return `- ${title}, ${sectionLabel(ref)}${ref.url ? ` (${ref.url})` : ''}`;
};

/** The decision as plain text for the worker to paste into the case record: when, which check, each
 * question with the answer given, the outcome and who decides, the steps with their deadlines, the
 * procedure references and the rules version. It holds only what the bot itself showed: no names. */
export function decisionRecordText(decision: Decision): string {
  return [
    'Decision support record (Safeguarding Decision Assistant)',
    `Date and time: ${formatLondon(new Date(decision.decidedAt))} (UK time)`,
    `Check: ${decision.flowTitle}`,
    '',
    'Answers:',
    ...decision.trace.map((t) => `- ${t.question} ${readableAnswer(t.answerLabel)}`),
    '',
    `Outcome: ${decision.outcome.label}`,
    decision.outcome.summary,
    `Decided by: ${ownerText(decision.outcome.decidedBy)}${decision.outcome.indicative ? ' (this is an indication, not a decision)' : ''}`,
    `Responsible agency: ${decision.outcome.agency}`,
    ...outcomeDetailLines(decision),
    '',
    'Next steps:',
    ...nextStepLines(decision),
    '',
    'Procedure references:',
    ...decision.references.map(referenceLine),
    basedOnText(decision),
    '',
    `Rules version: ${decision.rulesVersion}`,
    `Decision support only: the decision rests with ${ownerText(decision.outcome.decidedBy)}.`,
  ].join('\n');
}
