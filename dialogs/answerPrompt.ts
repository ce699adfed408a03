import { ActivityTypes, DeliveryModes, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import { answeredCard, answeredText, closedCard, questionCard, questionText, type AnsweredView } from '../cards';
import { answerHints, answerLabel, getFlow, type AnswerValue, type FlowDefinition, type Question } from '../rules';
import { messages } from './messages';
import { cardReply, textReply } from './replies';
import { inputOf } from './turnInput';
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

/** The ids of the activities that showed this question (it is shown again after a refused answer), so
 * that they can all be updated once it is answered. Only the last few are kept. */
const SHOWN_CARDS_KEPT = 5;

/** `reask`: the pending question no longer exists in the rules (a new rules version was deployed mid-flow). */
export type AnswerResult = { type: 'answer'; questionId: string; value: AnswerValue } | { type: 'back' } | { type: 'reask' };

/** Asks one question with its card and takes the answer from a card submit or typed text (option label,
 * option number, yes/no). Anything else gets a plain reason and the same question again; nothing changes. */
export class AnswerPrompt extends Dialog<AnswerPromptOptions> {
  constructor(id: string, private readonly clock: () => Date) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, options?: AnswerPromptOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('AnswerPrompt needs options');
    dc.activeDialog!.state.options = options;
    await this.show(dc.context, options, dc.activeDialog!.state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { activity } = dc.context;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const options = dc.activeDialog!.state.options as AnswerPromptOptions;
    const resolved = this.question(options);
    if (!resolved) return dc.endDialog({ type: 'reask' } satisfies AnswerResult);
    const { question } = resolved;
    const input = inputOf(dc.context);
    const now = this.clock();
    switch (input.kind) {
      case 'command':
        if (input.command === 'back') {
          if (options.canGoBack) {
            await closeShownCards(dc.context, dc.activeDialog!.state, messages.closedByBack);
            return dc.endDialog({ type: 'back' } satisfies AnswerResult);
          }
          return this.refuse(dc, options, messages.nothingToGoBackTo);
        }
        return this.refuse(dc, options, messages.malformed);
      case 'submit': {
        if (input.flow !== options.flowId || input.question !== options.questionId || input.ask !== options.ask) {
          return this.refuse(dc, options, messages.stale);
        }
        const parsed = parseSubmittedAnswer(question, input.answer, input.answerTime, now);
        if (!parsed.ok) return this.refuse(dc, options, parsed.message);
        return this.accept(dc, options, resolved, parsed.value);
      }
      case 'text': {
        const parsed = parseTypedAnswer(question, input.text, now, answerHints(options.flowId, question.id));
        if (!parsed.ok) return this.refuse(dc, options, parsed.message);
        if (parsed.echo) await dc.context.sendActivity(textReply(parsed.echo));
        return this.accept(dc, options, resolved, parsed.value);
      }
      case 'malformed':
        return this.refuse(dc, options, messages.malformed);
      case 'empty':
        return this.refuse(dc, options, messages.empty);
    }
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.show(context, instance.state.options as AnswerPromptOptions, instance.state);
  }

  private question(options: AnswerPromptOptions): { flow: FlowDefinition; question: Question } | undefined {
    const flow = getFlow(options.flowId);
    const question = flow?.questions.find((q) => q.id === options.questionId);
    return flow && question ? { flow, question } : undefined;
  }

  private async refuse(dc: DialogContext, options: AnswerPromptOptions, reason: string): Promise<DialogTurnResult> {
    await dc.context.sendActivity(textReply(reason));
    await this.show(dc.context, options, dc.activeDialog!.state);
    return Dialog.EndOfTurn;
  }

  private async accept(
    dc: DialogContext,
    options: AnswerPromptOptions,
    { flow, question }: { flow: FlowDefinition; question: Question },
    value: AnswerValue,
  ): Promise<DialogTurnResult> {
    const view: AnsweredView = {
      flowTitle: flow.title,
      number: options.number,
      maxQuestions: options.maxQuestions,
      question: question.text,
      answer: answerLabel(question, value),
    };
    await markAnswered(dc.context, shownCards(dc.activeDialog!.state), view);
    return dc.endDialog({ type: 'answer', questionId: question.id, value } satisfies AnswerResult);
  }

  private async show(context: TurnContext, options: AnswerPromptOptions, state: Record<string, unknown>): Promise<void> {
    const resolved = this.question(options);
    if (!resolved) return;
    const view = {
      flow: resolved.flow,
      next: { question: resolved.question, number: options.number, maxQuestions: options.maxQuestions },
      ask: options.ask,
      canGoBack: options.canGoBack,
      problem: options.problem,
    };
    const summary = `Question ${options.number}: ${resolved.question.text}`;
    const sent = await context.sendActivity(cardReply(questionCard(view), summary, { channelId: context.activity.channelId, plain: questionText(view) }));
    if (sent?.id) state.shownCards = [...shownCards(state), sent.id].slice(-SHOWN_CARDS_KEPT);
  }
}

const shownCards = (state: Record<string, unknown>): string[] =>
  Array.isArray(state.shownCards) ? state.shownCards.filter((id): id is string => typeof id === 'string') : [];

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

/** The question pending in a dialog stack: its flow, the question and how it was asked. */
export function pendingQuestion(dc: DialogContext): { flow: FlowDefinition; question: Question; options: AnswerPromptOptions; state: Record<string, unknown> } | undefined {
  let inner: DialogContext = dc;
  while (inner.child) inner = inner.child;
  const state = inner.activeDialog?.state as Record<string, unknown> | undefined;
  const options = state?.options as AnswerPromptOptions | undefined;
  if (!state || !options?.questionId) return undefined;
  const flow = getFlow(options.flowId);
  const question = flow?.questions.find((q) => q.id === options.questionId);
  return flow && question ? { flow, question, options, state } : undefined;
}

/** Marks the cards that asked the pending question as closed, so a tap on them cannot be taken for an answer
 * to another check. Failures are ignored for the reasons markAnswered gives. */
export async function closePendingQuestion(dc: DialogContext, reason: string): Promise<void> {
  const pending = pendingQuestion(dc);
  if (pending) await closeShownCards(dc.context, pending.state, reason);
}

async function closeShownCards(context: TurnContext, state: Record<string, unknown>, reason: string): Promise<void> {
  if (context.activity.deliveryMode === DeliveryModes.ExpectReplies) return;
  const options = state.options as AnswerPromptOptions;
  const flow = getFlow(options.flowId);
  const question = flow?.questions.find((q) => q.id === options.questionId);
  if (!flow || !question) return;
  const view = { flowTitle: flow.title, number: options.number, maxQuestions: options.maxQuestions, question: question.text };
  for (const id of shownCards(state)) {
    try {
      await context.updateActivity({ ...cardReply(closedCard(view, reason), `Closed: ${question.text}`, { channelId: context.activity.channelId }), id });
    } catch {
      // Deliberately ignored: see markAnswered.
    }
  }
}
