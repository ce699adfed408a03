import { getFlow, procedureDocument, TEAMS, type AnswerValue, type Decision, type NextStep, type Question, type Team, type Tone } from '../rules';
import { addWorkingDays, formatLondon, londonDate } from '../rules/calendar';
import { dueText } from './deadline';
import { readableAnswer } from './plainWords';
import { referencesByDocument } from './references';
import { ownerText } from './owner';
import { askerService, isAskersStep, serviceLabels, stepsNameAService } from './services';
import { nextStepLines, outcomeDetailLines } from './plainText';
import template from './templates/outcome.json';
import stepsTemplate from './templates/steps.json';
import { expand, type Card } from './template';

const toneColor: Record<Tone, string> = { urgent: 'Attention', attention: 'Warning', warning: 'Warning', good: 'Good', info: 'Accent' };
const toneStyle: Record<Tone, string> = { urgent: 'attention', attention: 'warning', warning: 'warning', good: 'good', info: 'accent' };

export interface OutcomeView {
  decision: Decision;
  /** Titles of the flows a flag can start, by flow id. */
  flowTitles: Record<string, string>;
  /** The id the decision is kept under, for "Copy for the case file"; no button without it. */
  decisionId?: string;
  /** A deployment's own names for the procedure documents, by document id. */
  documentNames?: Record<string, string>;
  /** "Remind me" beside the steps that can have a reminder, and the reminders already set. */
  reminders?: StepReminders;
  /** The service the user told the bot they work in: their steps are marked "You" (an answer that gives the
   * asker's service, `decision.askerTeam`, comes first). Unknown: the card offers to ask, once. */
  service?: Team;
}

/** What the card shows of reminders: which steps can have one, and when those already set will be sent. */
export interface StepReminders {
  remindable: (step: NextStep) => boolean;
  /** By step id: when its reminder will be sent. */
  set: Record<string, Date>;
  /** False when reminders are lost if the bot restarts (no database): the card says so. */
  durable: boolean;
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

export function outcomeCard({ decision, flowTitles, decisionId, documentNames, reminders, service }: OutcomeView): Card {
  const { groups, otherSteps } = stepGroups(decision, decisionId ? reminders : undefined, service);
  // A kept decision sends the other steps on request (a long check's steps would take the card past Teams'
  // message size); without one they are on the card, folded.
  const kept = Boolean(decisionId);
  return expand(template, {
    flowId: decision.flowId,
    outcome: decision.outcome,
    toneColor: toneColor[decision.outcome.tone],
    toneStyle: toneStyle[decision.outcome.tone],
    decidedBy: `Decided by: ${decision.outcome.indicative ? `${decidedByText(decision)} (this is an indication, not a decision)` : decidedByText(decision)}`,
    facts: decision.facts,
    notes: decision.outcome.notes,
    flags: decision.flags.map((f) => ({
      label: f.label,
      text: f.text,
      startsFlow: f.startsFlow && flowTitles[f.startsFlow] ? f.startsFlow : '',
      startsFlowTitle: f.startsFlow ? `Start: ${flowTitles[f.startsFlow] ?? f.startsFlow}` : '',
      carry: f.startsFlow ? carriedAnswers(decision, f.startsFlow) : {},
    })),
    groups,
    otherSteps: kept ? [] : otherSteps,
    moreSteps: kept ? otherSteps.length : 0,
    allStepsTitle: `All steps (${decision.nextSteps.length})`,
    trace: decision.trace.map((t) => ({ question: t.question, answer: readableAnswer(t.answerLabel) })),
    references: referencesByDocument(decision.references).map((d) => ({ document: d.document, sections: d.sections.map((x) => x.text).join('\n\n') })),
    basedOn: basedOnText(decision, documentNames),
    footer: footerText(decision),
    decisionId: decisionId ?? '',
    askService: askerService(decision, service) === undefined && stepsNameAService(decision) ? 'yes' : '',
    services: TEAMS.map((team) => ({ team, label: serviceLabels[team] })),
    serviceData: { command: 'myService', ...(decisionId ? { decision: decisionId } : {}) },
  });
}

/** Every step of a decision, now first, each with its deadline and owner: "All steps (N)" of a kept decision. */
export function stepsCard(decision: Decision, decisionId: string, reminders?: StepReminders, service?: Team): Card {
  const { groups, otherSteps } = stepGroups(decision, reminders, service);
  return expand(stepsTemplate, {
    decisionId,
    title: `All steps (${decision.nextSteps.length})`,
    outcome: decision.outcome.label,
    steps: [...groups.flatMap((g) => g.steps), ...otherSteps],
    footer: footerText(decision),
  });
}

interface StepView {
  id: string;
  number: string;
  /** "You: " and the action, for the asker's own steps. */
  action: string;
  owner: string;
  due: string;
  dueColor: string;
  /** 'yes' for a "Remind me" button. */
  remind: string;
  /** "Reminder set for …" once one is set. */
  reminderSet: string;
}

/** Now first: the steps due now or overdue, then those due by the end of the next working day; the rest open
 * under "All steps (N)". Where none is that close, the first few steps are shown. Numbers follow what is shown. */
function stepGroups(decision: Decision, reminders?: StepReminders, service?: Team): { groups: { heading: string; color: string; steps: StepView[] }[]; otherSteps: StepView[] } {
  const today = londonDate(new Date(decision.decidedAt));
  const nextWorkingDay = addWorkingDays(today, 1);
  const isNow = (s: NextStep) => s.due.rule === 'immediately' || s.due.overdue === true || s.due.date === today;
  const isSoon = (s: NextStep) => !isNow(s) && s.due.date !== undefined && s.due.date <= nextWorkingDay;
  const now = decision.nextSteps.filter(isNow);
  const soon = decision.nextSteps.filter(isSoon);
  const first = now.length + soon.length > 0 ? [] : decision.nextSteps.slice(0, FIRST_STEPS_SHOWN);
  const shown = new Set([...now, ...soon, ...first]);
  const rest = decision.nextSteps.filter((s) => !shown.has(s));
  let number = 0;
  const asker = askerService(decision, service);
  const view = (s: NextStep): StepView => {
    const markedYou = isAskersStep(s, asker);
    return {
      id: s.id,
      number: String(++number),
      action: markedYou ? `${YOU}${s.action}` : s.action,
      owner: ownerText(s.owner, { markedYou }),
      due: dueText(s.due),
      dueColor: s.due.overdue || s.due.rule === 'immediately' ? 'Attention' : 'Default',
      remind: reminders && !reminders.set[s.id] && reminders.remindable(s) ? 'yes' : '',
      reminderSet: reminders?.set[s.id] ? reminderSetText(reminders.set[s.id], reminders.durable) : '',
    };
  };
  const groups = [
    { heading: 'Do now', color: 'Attention', steps: now.map(view) },
    { heading: 'By the end of the next working day', color: 'Default', steps: soon.map(view) },
    { heading: 'Next steps', color: 'Default', steps: first.map(view) },
  ].filter((g) => g.steps.length > 0);
  return { groups, otherSteps: rest.map(view) };
}

const FIRST_STEPS_SHOWN = 3;

/** Put before the action of a step that falls to the asker: the first thing read on the step. */
export const YOU = '**You:** ';

export const reminderSetText = (at: Date, durable: boolean): string =>
  `Reminder set for ${formatLondon(at)}${durable ? '' : ' (lost if this bot restarts)'}`;

/** Whether a step is on the outcome card itself, or only on its "All steps" card. */
export function onOutcomeCard(decision: Decision, stepId: string, kept: boolean): boolean {
  const { groups, otherSteps } = stepGroups(decision);
  return groups.some((g) => g.steps.some((s) => s.id === stepId)) || (!kept && otherSteps.some((s) => s.id === stepId));
}

/** Acts of Parliament and regulations apply everywhere; the local documents are the ones a worker elsewhere
 * needs to check against their own. */
const isLegislation = (publisher: string) => /^(UK Parliament|legislation\.gov\.uk|Statutory instrument)/.test(publisher);

/** "Based on: <document> (<publisher>, <version>)", for the local documents the outcome rests on, so that a
 * worker in another area knows to check their own. A deployment can rename a document (`procedureNames`). */
export function basedOnText(decision: Decision, names: Record<string, string> = {}): string {
  const docs = [...new Set(decision.references.map((r) => r.docId))]
    .map((id) => ({ id, doc: procedureDocument(id) }))
    .filter(({ id, doc }) => names[id] || (doc && !isLegislation(doc.publisher)));
  if (docs.length === 0) return 'Based on: national legislation and guidance.';
  return `Based on: ${docs.map(({ id, doc }) => names[id] ?? `${doc!.title} (${doc!.publisher}; ${doc!.version})`).join('; ')}. Check them against your own area's procedures.`;
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
