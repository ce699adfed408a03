import { DeliveryModes, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { answeredCard, answeredText, closedCard, questionCard, questionText, type AnsweredView } from '../cards';
import { answerHints, answerLabel, getFlow, type AnswerValue, type FlowDefinition, type Question } from '../rules';
import { messages } from './messages';
import { cardReply, textReply } from './replies';
import { inputOf } from './turnInput';
import { upgradedFlowState } from './storedFlow';
import { parseSubmittedAnswer, parseTypedAnswer } from './typedAnswer';

export interface AnswerPromptOptions {
  flowId: string;
  questionId: string;
  /** Unique to this asking: a submit carrying another token is stale. */
  ask: string;
  number: number;
  maxQuestions: number;
  canGoBack: boolean;
  /** Why the previous answer to this question was refused, shown on the card. */
  problem?: string;
}

/** A question being asked, as the flow's dialog state keeps it: how it was asked, and the ids of the activities
 * that showed it (it is shown again after a refused answer), so that they can all be updated once it is answered. */
export interface PromptState {
  options: AnswerPromptOptions;
  shownCards?: string[];
}

/** Only the last few cards that showed a question are kept. */
const SHOWN_CARDS_KEPT = 5;

/** What the user's message did to the question: answered it, went back, or left it waiting (refused, with the
 * reason said and the question shown again). `reask`: the question no longer exists in the
 * rules (a new rules version was deployed mid-flow). */
export type AnswerResult = { type: 'answer'; questionId: string; value: AnswerValue } | { type: 'back' } | { type: 'reask' } | { type: 'waiting' };

type Resolved = { flow: FlowDefinition; question: Question };

function resolve(options: AnswerPromptOptions): Resolved | undefined {
  const flow = getFlow(options.flowId);
  const question = flow?.questions.find((q) => q.id === options.questionId);
  return flow && question ? { flow, question } : undefined;
}

/** Takes the answer from a card submit or typed text (option label, option number, yes/no). Anything else gets a
 * plain reason and the same question again; nothing changes. */
export async function takeAnswer(context: TurnContext, prompt: PromptState, now: Date): Promise<AnswerResult> {
  const { options } = prompt;
  const resolved = resolve(options);
  if (!resolved) return { type: 'reask' };
  const input = inputOf(context);
  switch (input.kind) {
    case 'command':
      if (input.command !== 'back') return refuse(context, prompt, messages.malformed);
      if (!options.canGoBack) return refuse(context, prompt, messages.nothingToGoBackTo);
      await closeShownCards(context, prompt, messages.closedByBack);
      return { type: 'back' };
    case 'submit': {
      if (input.flow !== options.flowId || input.question !== options.questionId || input.ask !== options.ask) {
        return refuse(context, prompt, messages.stale);
      }
      const parsed = parseSubmittedAnswer(resolved.question, input.answer, input.answerTime, now);
      if (!parsed.ok) return refuse(context, prompt, parsed.message);
      return accept(context, prompt, resolved, parsed.value);
    }
    case 'text': {
      const parsed = parseTypedAnswer(resolved.question, input.text, now, answerHints(options.flowId, resolved.question.id));
      if (!parsed.ok) return refuse(context, prompt, parsed.message);
      if (parsed.echo) await context.sendActivity(textReply(parsed.echo));
      return accept(context, prompt, resolved, parsed.value);
    }
    case 'malformed':
      return refuse(context, prompt, messages.malformed);
    case 'empty':
      return refuse(context, prompt, messages.empty);
  }
}

async function refuse(context: TurnContext, prompt: PromptState, reason: string): Promise<AnswerResult> {
  await context.sendActivity(textReply(reason));
  await showQuestion(context, prompt);
  return { type: 'waiting' };
}

async function accept(context: TurnContext, prompt: PromptState, { flow, question }: Resolved, value: AnswerValue): Promise<AnswerResult> {
  const { options } = prompt;
  const view: AnsweredView = {
    flowTitle: flow.title,
    number: options.number,
    maxQuestions: options.maxQuestions,
    question: question.text,
    answer: answerLabel(question, value),
  };
  await markAnswered(context, prompt.shownCards ?? [], view);
  return { type: 'answer', questionId: question.id, value };
}

/** Sends the question's card, and remembers the activity that showed it. */
export async function showQuestion(context: TurnContext, prompt: PromptState): Promise<void> {
  const { options } = prompt;
  const resolved = resolve(options);
  if (!resolved) return;
  const view = {
    flow: resolved.flow,
    next: { question: resolved.question, number: options.number, maxQuestions: options.maxQuestions },
    ask: options.ask,
    canGoBack: options.canGoBack,
    problem: options.problem,
  };
  const summary = `Question ${options.number}: ${resolved.question.text}`;
  const sent = await context.sendActivity(cardReply(questionCard(view), summary, { channelId: context.activity.channelId, plain: () => questionText(view) }));
  if (sent?.id) prompt.shownCards = [...(prompt.shownCards ?? []), sent.id].slice(-SHOWN_CARDS_KEPT);
}

/** Replaces each card that asked the question with the answered card. Some clients cannot update
 * activities, and an update can fail for a card that is too old: either way the answer stands and the
 * `ask` token still refuses a later click on the old card, so a failure is ignored. */
async function markAnswered(context: TurnContext, activityIds: string[], view: AnsweredView): Promise<void> {
  // A client that asked for its replies in the response body (expectReplies) has no channel to update.
  if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) return;
  for (const id of activityIds) {
    try {
      await context.updateActivity({ ...cardReply(answeredCard(view), answeredText(view), { channelId: context.activity.channelId }), id });
    } catch {
      // Deliberately ignored: see above.
    }
  }
}

/** The question the flow in progress is asking, if any. */
export function pendingPrompt(dc: DialogContext): PromptState | undefined {
  const instance = dc.activeDialog;
  return instance && upgradedFlowState(instance);
}

/** The question pending in a dialog stack: its flow, the question and how it was asked. */
export function pendingQuestion(dc: DialogContext): (Resolved & { options: AnswerPromptOptions }) | undefined {
  const prompt = pendingPrompt(dc);
  const resolved = prompt && resolve(prompt.options);
  return resolved && { ...resolved, options: prompt.options };
}

/** Marks the cards that asked the pending question as closed, so a tap on them cannot be taken for an answer
 * to another check. Failures are ignored for the reasons markAnswered gives. */
export async function closePendingQuestion(dc: DialogContext, reason: string): Promise<void> {
  const prompt = pendingPrompt(dc);
  if (prompt) await closeShownCards(dc.context, prompt, reason);
}

async function closeShownCards(context: TurnContext, prompt: PromptState, reason: string): Promise<void> {
  if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) return;
  const resolved = resolve(prompt.options);
  if (!resolved) return;
  const { options } = prompt;
  const view = { flowTitle: resolved.flow.title, number: options.number, maxQuestions: options.maxQuestions, question: resolved.question.text };
  for (const id of prompt.shownCards ?? []) {
    try {
      await context.updateActivity({ ...cardReply(closedCard(view, reason), `Closed: ${resolved.question.text}`, { channelId: context.activity.channelId }), id });
    } catch {
      // Deliberately ignored: see markAnswered.
    }
  }
}
