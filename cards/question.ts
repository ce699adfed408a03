import { answerHints, type FlowDefinition, type NextQuestion, type Option, type Question } from '../rules';
import template from './templates/question.json';
import { slotted } from './slotted';
import { expand, type Card } from './template';

export interface QuestionView {
  flow: FlowDefinition;
  next: NextQuestion;
  /** Unique to this asking of this question (DESIGN.md, card submit data). */
  ask: string;
  canGoBack: boolean;
  /** Why the last answer was refused, in plain words. */
  problem?: string;
}

/** Teams cuts long button titles and shows only a few buttons: longer choices become tappable rows that wrap. */
const BUTTON_LABEL_MAX = 30;
const BUTTONS_MAX = 5;

type Mode = 'buttons' | 'rows' | 'multichoice' | 'number' | 'date' | 'datetime';

function modeOf(q: Question): Mode {
  switch (q.type) {
    case 'yesno':
    case 'choice': {
      const options = q.options ?? [];
      const short = options.length <= BUTTONS_MAX && options.every((o) => o.label.length <= BUTTON_LABEL_MAX);
      return short ? 'buttons' : 'rows';
    }
    default:
      return q.type;
  }
}

/** Buttons with a fixed value beside an input: the question's own (e.g. "Not known"), and "Now" for a time. */
function fixedButtons(q: Question, mode: Mode): Option[] {
  if (mode === 'number' || mode === 'date') return q.options ?? [];
  if (mode === 'datetime') return [...(q.options ?? []), { value: 'now', label: 'Now' }];
  return [];
}

function placeholder(q: Question): string {
  if (q.type !== 'number') return '';
  return q.number?.integer ? 'A whole number' : 'A number';
}

/** How the answer can be typed, where that is not obvious: what a time on its own means, and units. */
function typingHint(flowId: string, q: Question): string {
  const hints = answerHints(flowId, q.id);
  if (q.type === 'datetime') {
    const bare = hints.direction === 'past' ? 'the most recent one that has passed' : 'the next one to come';
    return `You can also type it, for example "yesterday 18:00" or "01:15"; a time on its own means ${bare}.`;
  }
  if (q.type === 'number' && hints.unit === 'months') return 'You can type "18 months" or "2 years".';
  return '';
}

/** Stands for the asking's token in a card made ahead (a private-use character no text of ours holds). */
const ASK_SLOT = '\uE000ask\uE000';

/** A question's cards differ between askings only in their token: each shape (flow, question, position, back,
 * refusal) is expanded once and filled with the token of each asking. */
const madeAhead = new WeakMap<Question, Map<string, (ask: string) => Card>>();
const SHAPES_KEPT = 64;

export function questionCard(view: QuestionView): Card {
  const shape = [view.flow.id, view.next.number, view.next.maxQuestions, view.canGoBack, view.problem ?? ''].join('\n');
  let shapes = madeAhead.get(view.next.question);
  if (!shapes) madeAhead.set(view.next.question, (shapes = new Map()));
  let fill = shapes.get(shape);
  if (!fill) {
    if (shapes.size >= SHAPES_KEPT) shapes.clear();
    fill = slotted(expandQuestionCard({ ...view, ask: ASK_SLOT }), ASK_SLOT);
    shapes.set(shape, fill);
  }
  return fill(view.ask);
}

function expandQuestionCard(view: QuestionView): Card {
  const { flow, next, ask } = view;
  const q = next.question;
  const mode = modeOf(q);
  const choices = mode === 'buttons' || mode === 'rows' || mode === 'multichoice' ? q.options ?? [] : [];
  return expand(template, {
    flowTitle: flow.title,
    progress: `Question ${next.number} of at most ${next.maxQuestions}`,
    problem: view.problem ?? '',
    text: q.text,
    help: [q.help, typingHint(flow.id, q)].filter(Boolean).join(' '),
    mode,
    hasInput: mode === 'multichoice' || mode === 'number' || mode === 'date' || mode === 'datetime',
    options: choices.map((o, i) => ({ ...o, number: i + 1 })),
    buttons: fixedButtons(q, mode),
    placeholder: placeholder(q),
    flow: flow.id,
    question: q.id,
    ask,
    canGoBack: view.canGoBack,
  });
}

/** The question in plain text, for clients that show no cards and for typed answers. */
export function questionText(view: QuestionView): string {
  const q = view.next.question;
  const lines = [`${view.next.number}. ${q.text}`];
  (q.options ?? []).forEach((o, i) => lines.push(`  ${i + 1}. ${o.label}`));
  return lines.join('\n');
}
