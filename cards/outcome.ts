import { getFlow, type AnswerValue, type Decision, type Question, type Tone } from '../rules';
import { decisionRecordText } from './decisionRecord';
import { dueText } from './deadline';
import { referencesByDocument } from './references';
import { ownerText } from './owner';
import { nextStepLines, outcomeDetailLines } from './plainText';
import template from './templates/outcome.json';
import { expand, type Card } from './template';

const toneColor: Record<Tone, string> = { urgent: 'Attention', attention: 'Warning', warning: 'Warning', good: 'Good', info: 'Accent' };
const toneStyle: Record<Tone, string> = { urgent: 'attention', attention: 'warning', warning: 'warning', good: 'good', info: 'accent' };

export interface OutcomeView {
  decision: Decision;
  /** Titles of the flows a flag can start, by flow id. */
  flowTitles: Record<string, string>;
}

const sameQuestion = (a: Question, b: Question) =>
  a.text === b.text && a.type === b.type && JSON.stringify((a.options ?? []).map((o) => o.value)) === JSON.stringify((b.options ?? []).map((o) => o.value));

/** Answers the linked flow asks in exactly the same words and options, so the user is not asked twice.
 * A question with the same id but other wording (e.g. a narrower "under 18") is asked again. */
function carriedAnswers(decision: Decision, targetFlowId: string): Record<string, AnswerValue> {
  const source = getFlow(decision.flowId);
  const target = getFlow(targetFlowId);
  const carry: Record<string, AnswerValue> = {};
  for (const entry of decision.trace) {
    const from = source?.questions.find((q) => q.id === entry.questionId);
    const to = target?.questions.find((q) => q.id === entry.questionId);
    if (from && to && sameQuestion(from, to)) carry[entry.questionId] = entry.answer;
  }
  return carry;
}

function decidedByText(decision: Decision): string {
  return ownerText(decision.outcome.decidedBy);
}

export function footerText(decision: Decision): string {
  const rests = decision.outcome.indicative
    ? `decision support: the decision rests with ${decidedByText(decision)}`
    : `decision support: ${decidedByText(decision)}`;
  return `Rules ${decision.rulesVersion} · ${rests}`;
}

export function outcomeCard({ decision, flowTitles }: OutcomeView): Card {
  return expand(template, {
    flowId: decision.flowId,
    outcome: decision.outcome,
    toneColor: toneColor[decision.outcome.tone],
    toneStyle: toneStyle[decision.outcome.tone],
    decidedBy: decision.outcome.indicative ? `${decidedByText(decision)} (this is an indication, not a decision)` : decidedByText(decision),
    facts: decision.facts,
    notes: decision.outcome.notes,
    flags: decision.flags.map((f) => ({
      label: f.label,
      text: f.text,
      startsFlow: f.startsFlow && flowTitles[f.startsFlow] ? f.startsFlow : '',
      startsFlowTitle: f.startsFlow ? `Start: ${flowTitles[f.startsFlow] ?? f.startsFlow}` : '',
      carry: f.startsFlow ? carriedAnswers(decision, f.startsFlow) : {},
    })),
    steps: decision.nextSteps.map((s, i) => ({
      number: String(i + 1),
      action: s.action,
      owner: ownerText(s.owner),
      due: dueText(s.due),
      dueColor: s.due.overdue || s.due.rule === 'immediately' ? 'Attention' : 'Default',
    })),
    trace: decision.trace,
    ruleId: decision.ruleId,
    references: referencesByDocument(decision.references),
    footer: footerText(decision),
    decisionRecord: decisionRecordText(decision),
  });
}

/** The same outcome, decider and steps in plain text, for clients without cards and for the case record. */
export function outcomeText(decision: Decision): string {
  const lines = [
    decision.outcome.label,
    decision.outcome.summary,
    `Decided by: ${decidedByText(decision)}`,
    `Responsible agency: ${decision.outcome.agency}`,
    ...outcomeDetailLines(decision),
    'Next steps:',
    ...nextStepLines(decision),
    footerText(decision),
  ];
  return lines.join('\n');
}
